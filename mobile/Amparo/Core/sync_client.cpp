#include "sync_client.hpp"

#include <QCryptographicHash>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <map>

#include "amparo/auth/v1/auth.pb.h"
#include "amparo/wire/compression.hpp"

namespace amparo::mobile {
namespace {

namespace v1 = amparo::sync::v1;

constexpr int kMaxBackoffMs = 30 * 60 * 1000;
constexpr int kFirstBackoffMs = 15 * 1000;
const QString kUnenrolledAuthor = QStringLiteral("unenrolled");

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString roleName(auth::v1::Role role) {
  switch (role) {
    case auth::v1::ROLE_COORDINATOR:
      return QStringLiteral("coordinator");
    case auth::v1::ROLE_ADMIN:
      return QStringLiteral("admin");
    default:
      return QStringLiteral("monitor");
  }
}

QString officeList(const google::protobuf::RepeatedPtrField<std::string>& codes) {
  QStringList out;
  for (const auto& code : codes) out << QString::fromStdString(code);
  return out.join(u',');
}

QByteArray bytes(const std::string& text) { return QByteArray(text.data(), static_cast<qsizetype>(text.size())); }

}  // namespace

SyncClient::SyncClient(LocalStore* store, QObject* parent) : QObject(parent), m_store(store) {
  m_timer.setSingleShot(true);
  connect(&m_connection, &ServerConnection::seenFingerprintChanged, this, &SyncClient::seenFingerprintChanged);
  connect(&m_timer, &QTimer::timeout, this, &SyncClient::syncNow);
  // Records saved or finalized change what is waiting.
  if (m_store) {
    // A push answer settles up to 1,000 records at once: one progress update
    // per event-loop turn, not one `pending` count query per record.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(0);
    connect(&m_progressTimer, &QTimer::timeout, this, &SyncClient::progressChanged);
    connect(m_store, &LocalStore::recordSaved, &m_progressTimer, qOverload<>(&QTimer::start));
    connect(m_store, &LocalStore::stateChanged, this, [this] {
      emit enrolledChanged();
      emit progressChanged();
    });
  }
}

SyncClient::~SyncClient() = default;

bool SyncClient::isEnrolled() const {
  return m_store && !m_store->setting(QStringLiteral("server_url")).isEmpty();
}

QString SyncClient::serverUrl() const {
  const QString stored = m_store ? m_store->setting(QStringLiteral("server_url")) : QString();
  return stored.isEmpty() ? m_suggestedUrl : stored;
}

void SyncClient::suggestServer(const QString& url, const QString& fingerprint) {
  m_suggestedUrl = url;
  m_suggestedFingerprint = fingerprint;
  emit enrolledChanged();
}

QString SyncClient::role() const { return m_store ? m_store->setting(QStringLiteral("role")) : QString(); }

QStringList SyncClient::offices() const {
  return m_store ? m_store->setting(QStringLiteral("offices")).split(u',', Qt::SkipEmptyParts) : QStringList();
}

QString SyncClient::username() const { return m_store ? m_store->setting(QStringLiteral("username")) : QString(); }

QString SyncClient::fingerprint() const {
  const QString stored = m_store ? m_store->setting(QStringLiteral("server_fingerprint")) : QString();
  return stored.isEmpty() ? m_suggestedFingerprint : stored;
}

int SyncClient::pending() const { return m_store && m_store->isUnlocked() ? m_store->outboxCount() : 0; }

QDateTime SyncClient::lastSuccess() const {
  if (!m_store) return {};
  return QDateTime::fromString(m_store->setting(QStringLiteral("last_sync")), Qt::ISODateWithMs);
}

void SyncClient::setAutoSync(bool on) {
  if (on == m_autoSync) return;
  m_autoSync = on;
  emit autoSyncChanged();
  // Back online (where the platform tells: Android, NetworkManager): sync
  // now rather than at the next tick or backoff.
  if (on && !m_watchingReachability &&
      QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
    m_watchingReachability = true;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
              if (m_autoSync && reachability == QNetworkInformation::Reachability::Online) syncNow();
            });
  }
  if (on) scheduleNext();
  else m_timer.stop();
}

void SyncClient::setState(State state, const QString& error) {
  m_state = state;
  m_lastError = error;
  emit stateChanged();
}

QString SyncClient::errorText(const Reply& reply) const {
  if (!reply.error.isEmpty()) return reply.error;
  return tr("The server answered with status %1").arg(reply.status);
}

ServerConnection::Target SyncClient::target() const {
  if (!isEnrolled() || !m_store->isUnlocked()) return {};
  return {QUrl(serverUrl()), ServerConnection::parseFingerprint(fingerprint()),
          m_store->secret(QStringLiteral("device_token"))};
}

QNetworkReply* SyncClient::send(const QString& method, const QString& path, const std::string& body, bool authorized,
                                const Handler& handler) {
  ServerConnection::Target to;
  if (m_state == Enrolling) {
    to = {m_pendingUrl, m_pendingPin, {}};
  } else {
    to = {QUrl(serverUrl()), ServerConnection::parseFingerprint(fingerprint()), {}};
    if (authorized) to.token = m_store->secret(QStringLiteral("device_token"));
  }
  return m_connection.send(to, method, path, body, [this, handler](const Reply& reply) {
    m_bytesSent += reply.bytesSent;
    m_bytesReceived += reply.bytesReceived;
    emit progressChanged();
    handler(reply);
  });
}

void SyncClient::enroll(const QString& serverUrl, const QString& username, const QString& password,
                        const QString& deviceLabel, const QString& fingerprint) {
  if (m_state == Enrolling || m_state == Pushing || m_state == Pulling) return;
  if (!m_store || !m_store->isUnlocked()) {
    setState(Failed, tr("Unlock the app first"));
    emit enrollFinished(false, m_lastError);
    return;
  }
  // "monitoreo.example.org:8443" means https; an explicit http:// is refused.
  const QString typed = serverUrl.trimmed();
  QUrl url = QUrl::fromUserInput(typed.contains(QStringLiteral("://")) ? typed : QStringLiteral("https://") + typed);
  if (!url.path().endsWith(u'/')) url.setPath(url.path() + u'/');
  const QByteArray pin = ServerConnection::parseFingerprint(fingerprint);
  if (!fingerprint.trimmed().isEmpty() && pin.isEmpty()) {
    setState(Failed, tr("The fingerprint must be 64 hexadecimal digits"));
    emit enrollFinished(false, m_lastError);
    return;
  }
  m_pendingUrl = url;
  m_pendingPin = pin;
  setState(Enrolling);
  auth::v1::EnrollRequest request;
  request.set_username(username.trimmed().toStdString());
  request.set_password(password.toStdString());
  request.set_device_label(deviceLabel.toStdString());
  send(QStringLiteral("POST"), QStringLiteral("v1/devices/enroll"), request.SerializeAsString(), false,
       [this, url, pin](const Reply& reply) {
         auth::v1::EnrollResponse response;
         if (reply.status != 200 || !response.ParseFromString(reply.body) || response.token().empty()) {
           const QString error = reply.status == 401 ? tr("Wrong username or password") : errorText(reply);
           setState(Failed, error);
           emit enrollFinished(false, error);
           return;
         }
         // The token only inside the encrypted store; the rest is not secret.
         bool ok = m_store->setSecret(QStringLiteral("device_token"), qs(response.token())) &&
                   m_store->setSetting(QStringLiteral("server_url"), url.toString()) &&
                   m_store->setSetting(QStringLiteral("server_fingerprint"),
                                       pin.isEmpty() ? QString() : ServerConnection::formatFingerprint(pin)) &&
                   m_store->setSetting(QStringLiteral("username"), qs(response.username())) &&
                   m_store->setSetting(QStringLiteral("role"), roleName(response.role())) &&
                   m_store->setSetting(QStringLiteral("offices"), officeList(response.office_codes())) &&
                   m_store->setSetting(QStringLiteral("author"), qs(response.username())) &&
                   m_store->setSetting(QStringLiteral("device_id"), qs(response.device_id()));
         const QString office = m_store->setting(QStringLiteral("office_code"));
         const auto& offices = response.office_codes();
         if (ok && !offices.empty() &&
             std::find(offices.begin(), offices.end(), office.toStdString()) == offices.end()) {
           ok = m_store->setSetting(QStringLiteral("office_code"), qs(offices.Get(0)));
         }
         if (!ok) {
           setState(Failed, m_store->errorString());
           emit enrollFinished(false, m_lastError);
           return;
         }
         setState(Idle);
         emit enrolledChanged();
         emit enrollFinished(true, {});
         if (m_autoSync) scheduleNext();
       });
}

void SyncClient::signOut() {
  if (!m_store) return;
  m_timer.stop();
  m_store->setSecret(QStringLiteral("device_token"), QString());
  for (const auto* key : {"server_url", "server_fingerprint", "username", "role", "offices"})
    m_store->setSetting(QString::fromLatin1(key), QString());
  emit enrolledChanged();
}

void SyncClient::syncNow() {
  if (m_state == Enrolling || m_state == Pushing || m_state == Pulling) return;
  if (!m_store || !m_store->isUnlocked() || !isEnrolled()) {
    // Nothing to do yet; the timer tries again later.
    scheduleNext();
    return;
  }
  m_timer.stop();
  m_lastFirstRevision.clear();
  setState(Pushing);
  pushNext();
}

void SyncClient::pushNext() {
  if (!m_store || !m_store->isUnlocked()) return finishSync(false, tr("The app was locked"));
  auto batch = m_store->outbox(m_batchSize, kMaxBatchBytes);
  emit progressChanged();
  if (batch.empty()) {
    setState(Pulling);
    pullNext();
    return;
  }
  const std::string first = batch.front().id() + '/' + batch.front().revision();
  if (first == m_lastFirstRevision && m_batchSize == 1) {
    return finishSync(false, tr("The server did not acknowledge a record"));
  }
  m_lastFirstRevision = first;
  const std::string author = username().toStdString();
  const std::string device = m_store->setting(QStringLiteral("device_id")).toStdString();
  v1::PushRequest request;
  for (auto& envelope : batch) {
    // Records made before signing in carry no author yet; author and device
    // are outside the seal (the revision hashes id, parent and content).
    if (envelope.author().empty() || envelope.author() == kUnenrolledAuthor.toStdString())
      envelope.set_author(author);
    if (envelope.device_id().empty()) envelope.set_device_id(device);
    // The server recomputes the content hash, and the revision id already
    // covers it: leaving it out saves ~40 bytes per record on slow links.
    envelope.clear_content_hash();
    *request.add_records() = std::move(envelope);
  }
  const int sent = request.records_size();
  const std::string body = request.SerializeAsString();
  auto sentRequest = std::make_shared<v1::PushRequest>(std::move(request));
  QNetworkReply* inFlight = send(QStringLiteral("POST"), QStringLiteral("v1/sync/push"), body, true,
       [this, sent, sentRequest](const Reply& reply) {
         if (handleAuthFailure(reply)) return;
         if (reply.status == 403 && setAsideRefused(reply, *sentRequest)) return pushNext();
         if (reply.status == 413 && m_batchSize > 1) {
           m_batchSize = std::max(1, m_batchSize / 2);
           return pushNext();
         }
         v1::PushResponse response;
         if (reply.status != 200 || !response.ParseFromString(reply.body)) {
           // Slow or broken link: smaller batches next time.
           m_batchSize = std::max(1, m_batchSize / 2);
           return finishSync(false, errorText(reply));
         }
         if (!m_store->applyPushResults(response)) return finishSync(false, m_store->errorString());
         m_recordsSent += sent;
         m_batchSize = std::min(kMaxBatchRecords, m_batchSize * 2);
         emit progressChanged();
         pushNext();
       });
  if (inFlight) {
    connect(inFlight, &QNetworkReply::uploadProgress, this, [this, sent](qint64 done, qint64 total) {
      if (total > 0 && done == total) emit pushUploaded(sent);
    });
  }
}

void SyncClient::pullNext() {
  QUrlQuery query;
  const QByteArray cursor = m_store->pullCursor();
  if (!cursor.isEmpty()) {
    query.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(cursor.toBase64(QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals)));
  }
  query.addQueryItem(QStringLiteral("limit"), QString::number(kPullLimit));
  // What this device pushed it holds already: not sent back.
  query.addQueryItem(QStringLiteral("echo"), QStringLiteral("false"));
  // The vocabularies the device has ("name=version,…"), so the server sends
  // its own only when they differ; "none" until the server's first arrive.
  query.addQueryItem(QStringLiteral("reference"),
                     m_store->hasReceivedReferenceData()
                         ? QString::fromStdString(m_store->referenceData().versionToken())
                         : QStringLiteral("none"));
  // Coordinators and admins keep only their own records (their reviews)
  // plus sites: their workspace queries the server for the rest.
  const QString accountRole = role();
  if (accountRole == u"coordinator" || accountRole == u"admin")
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("own"));
  send(QStringLiteral("GET"), QStringLiteral("v1/sync/pull?") + query.toString(QUrl::FullyEncoded), {}, true,
       [this](const Reply& reply) {
         if (handleAuthFailure(reply)) return;
         v1::PullResponse response;
         if (reply.status != 200 || !response.ParseFromString(reply.body)) return finishSync(false, errorText(reply));
         if (response.wipe()) return doWipe();
         std::vector<domain::RecordEnvelope> records(response.records().begin(), response.records().end());
         // The cursor (and any new reference data) is saved with the page,
         // in one transaction.
         if (!m_store->storePulled(records, bytes(response.next_cursor()),
                                   response.has_reference_data() ? &response.reference_data() : nullptr))
           return finishSync(false, m_store->errorString());
         m_recordsReceived += static_cast<qint64>(records.size());
         emit progressChanged();
         if (response.has_more()) return pullNext();
         finishSync(true, {});
       });
}

bool SyncClient::handleAuthFailure(const Reply& reply) {
  if (reply.status != 401) return false;
  if (reply.error == u"DEVICE_REVOKED") {
    doWipe();
  } else {
    finishSync(false, tr("The server no longer accepts this device: sign in again"));
  }
  return true;
}

bool SyncClient::setAsideRefused(const Reply& reply, const v1::PushRequest& request) {
  if (!reply.details) return false;
  // Field paths name the refused records: "records[3].kind".
  std::map<int, std::vector<const v1::FieldError*>> refused;
  for (const auto& error : reply.details->field_errors()) {
    const std::string& path = error.path();
    if (path.rfind("records[", 0) != 0) continue;
    const auto close = path.find(']');
    if (close == std::string::npos) continue;
    int index = -1;
    try {
      index = std::stoi(path.substr(8, close - 8));
    } catch (...) {
      continue;
    }
    if (index >= 0 && index < request.records_size()) refused[index].push_back(&error);
  }
  if (refused.empty()) return false;
  v1::PushResponse response;
  for (const auto& [index, errors] : refused) {
    const auto& record = request.records(index);
    auto* result = response.add_results();
    result->set_record_id(record.id());
    result->set_revision(record.revision());
    result->set_outcome(v1::PUSH_OUTCOME_REJECTED);
    result->mutable_error()->set_code(v1::ERROR_CODE_PERMISSION_DENIED);
    result->mutable_error()->set_message(reply.details->message());
    for (const auto* error : errors) {
      auto* kept = result->add_field_errors();
      *kept = *error;
      // "records[3].kind" → "kind": the record's own field.
      kept->set_path(error->path().substr(error->path().find('.') + 1));
    }
  }
  return m_store->applyPushResults(response);
}

void SyncClient::doWipe() {
  m_timer.stop();
  m_store->wipe();
  m_recordsSent = m_recordsReceived = m_bytesSent = m_bytesReceived = 0;
  setState(Idle);
  emit enrolledChanged();
  emit progressChanged();
  emit wiped();
  emit syncFinished(false, tr("This device was revoked: its data was deleted"));
}

void SyncClient::finishSync(bool ok, const QString& error) {
  if (ok) {
    m_failures = 0;
    m_store->setSetting(QStringLiteral("last_sync"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // What the server now holds may have passed its grace period.
    m_store->purgePersonalData();
    setState(Idle);
  } else {
    ++m_failures;
    setState(Failed, error);
  }
  emit progressChanged();
  scheduleNext();
  emit syncFinished(ok, error);
}

int SyncClient::nextDelayMs(int failures, int intervalMs, double unit) {
  if (failures <= 0) return intervalMs;
  const int exponent = std::min(failures - 1, 10);
  const qint64 base = std::min<qint64>(kMaxBackoffMs, qint64(kFirstBackoffMs) << exponent);
  return static_cast<int>(static_cast<double>(base) * (0.5 + std::clamp(unit, 0.0, 1.0)));
}

void SyncClient::scheduleNext() {
  if (!m_autoSync) return;
  // Exponential backoff with jitter after failures, so many tablets coming
  // back online at once do not knock together.
  m_timer.start(nextDelayMs(m_failures, m_intervalMs, QRandomGenerator::global()->generateDouble()));
}

QString SyncClient::fieldError(const QString& recordId, const QString& path, const QString& language) const {
  if (!m_store) return {};
  for (const auto& error : m_store->fieldErrors(recordId)) {
    if (qs(error.path()) == path) return qs(language == u"en" ? error.message() : error.message_es());
  }
  return {};
}

}  // namespace amparo::mobile
