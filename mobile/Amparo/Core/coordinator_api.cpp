#include "coordinator_api.hpp"

#include <QCoreApplication>
#include <QNetworkReply>

#include "amparo/domain/records.hpp"
#include "sync_client.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;


// VISIT_TYPE_DETENTION → "detention": the lower-case names the server reads.
QString lowerName(const std::string& schemaName, const std::string& prefix) {
  if (schemaName.rfind(prefix, 0) != 0) return {};
  return QString::fromStdString(schemaName.substr(prefix.size())).toLower();
}

}  // namespace

QString ApiError::describe(const QString& language) const {
  if (fieldErrors.empty()) return message;
  QStringList lines;
  for (const auto& field : fieldErrors) lines << (language == u"es" ? field.messageEs : field.messageEn);
  return lines.join(u'\n');
}

QUrlQuery RecordQueryFilter::toQuery() const {
  QUrlQuery query;
  const auto add = [&](const char* key, const QString& value) {
    if (!value.isEmpty()) query.addQueryItem(QString::fromLatin1(key), value);
  };
  add("office", office);
  if (kind > 0) add("kind", QString::fromUtf8(domain::kindName(static_cast<domain::RecordKind>(kind)).data()));
  add("site", siteId);
  if (siteType > 0 && rec::SiteType_IsValid(siteType))
    add("site_type", lowerName(rec::SiteType_Name(static_cast<rec::SiteType>(siteType)), "SITE_TYPE_"));
  if (visitType > 0 && rec::VisitType_IsValid(visitType))
    add("visit_type", lowerName(rec::VisitType_Name(static_cast<rec::VisitType>(visitType)), "VISIT_TYPE_"));
  add("from", from);
  add("to", to);
  add("author", author);
  add("review_status", reviewStatus);
  if (alertsOnly) add("alert", QStringLiteral("true"));
  if (conflictsOnly) add("conflict", QStringLiteral("true"));
  return query;
}

bool CoordinatorApi::isReady() const { return m_sync != nullptr && !m_sync->target().base.isEmpty(); }

ApiError CoordinatorApi::errorOf(const ServerConnection::Reply& reply) {
  ApiError error;
  error.status = reply.status;
  if (reply.networkError) {
    error.message = reply.error.isEmpty() ? tr("Cannot reach the server.") : reply.error;
    return error;
  }
  if (reply.status >= 200 && reply.status < 300) return error;
  if (reply.details) {
    for (const auto& field : reply.details->field_errors()) {
      error.fieldErrors.push_back({QString::fromStdString(field.path()), QString::fromStdString(field.message()),
                                   QString::fromStdString(field.message_es())});
    }
  }
  switch (reply.status) {
    case 400: error.message = tr("The server refused the request as malformed."); break;
    case 401: error.message = tr("This device is no longer signed in: sign in again."); break;
    case 403: error.message = tr("Your account may not see this (another office or role)."); break;
    case 404: error.message = tr("The server does not have this record."); break;
    case 409: error.message = tr("The record changed meanwhile: reload it and try again."); break;
    case 503: error.message = tr("The server is busy or its storage is unavailable; try again later."); break;
    default: error.message = tr("The server answered with an error (%1).").arg(reply.status); break;
  }
  return error;
}

QNetworkReply* CoordinatorApi::send(QObject* context, const QString& method, const QString& path,
                                    const std::string& body, const QByteArray& accept,
                                    std::function<void(const ServerConnection::Reply&)> handler) {
  QPointer<QObject> guard(context);
  const auto target = m_sync ? m_sync->target() : ServerConnection::Target{};
  if (target.base.isEmpty() || m_sync == nullptr) {
    // Not signed in (or locked): answered right away, asynchronously like a reply.
    ServerConnection::Reply reply;
    reply.networkError = true;
    reply.error = tr("Sign in to the server first.");
    QMetaObject::invokeMethod(
        context, [guard, handler, reply] { if (guard) handler(reply); }, Qt::QueuedConnection);
    return nullptr;
  }
  return m_sync->connection()->send(
      target, method, path, body, [guard, handler](const ServerConnection::Reply& reply) {
        if (guard) handler(reply);
      },
      accept);
}

template <class Message>
QNetworkReply* CoordinatorApi::fetch(QObject* context, const QString& method, const QString& path,
                                     const std::string& body, Done<Message> done) {
  return send(context, method, path, body, QByteArrayLiteral("application/x-protobuf"),
              [done](const ServerConnection::Reply& reply) {
                ApiError error = errorOf(reply);
                if (!error.ok()) {
                  done(std::nullopt, error);
                  return;
                }
                Message message;
                if (!message.ParseFromString(reply.body)) {
                  error.message = tr("The server's answer could not be read.");
                  done(std::nullopt, error);
                  return;
                }
                done(std::move(message), error);
              });
}

QNetworkReply* CoordinatorApi::listRecords(QObject* context, const RecordQueryFilter& filter, int pageSize,
                                           const QString& pageToken, Done<query::v1::ListRecordsResponse> done,
                                           bool newestFirst) {
  QUrlQuery query = filter.toQuery();
  query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
  if (newestFirst) query.addQueryItem(QStringLiteral("order"), QStringLiteral("newest"));
  if (!pageToken.isEmpty()) query.addQueryItem(QStringLiteral("page_token"), pageToken);
  return fetch<query::v1::ListRecordsResponse>(context, QStringLiteral("GET"),
                                               QStringLiteral("v1/records?") + query.toString(QUrl::FullyEncoded), {},
                                               std::move(done));
}

QNetworkReply* CoordinatorApi::getRecord(QObject* context, const QString& id, const QString& reason,
                                         Done<query::v1::GetRecordResponse> done) {
  QString path = QStringLiteral("v1/records/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
  if (!reason.isEmpty()) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reveal"), QStringLiteral("personal"));
    query.addQueryItem(QStringLiteral("reason"), reason);
    path += u'?' + query.toString(QUrl::FullyEncoded);
  }
  return fetch<query::v1::GetRecordResponse>(context, QStringLiteral("GET"), path, {}, std::move(done));
}

QNetworkReply* CoordinatorApi::stats(QObject* context, const RecordQueryFilter& filter,
                                     Done<query::v1::StatsResponse> done) {
  RecordQueryFilter statsFilter = filter;
  // GET /v1/stats reads no kind, review status, alert or conflict filter.
  statsFilter.kind = 0;
  statsFilter.reviewStatus.clear();
  statsFilter.alertsOnly = false;
  statsFilter.conflictsOnly = false;
  const QString query = statsFilter.toQuery().toString(QUrl::FullyEncoded);
  return fetch<query::v1::StatsResponse>(context, QStringLiteral("GET"),
                                         QStringLiteral("v1/stats") + (query.isEmpty() ? QString() : u'?' + query), {},
                                         std::move(done));
}

QNetworkReply* CoordinatorApi::resolve(QObject* context, const QString& id,
                                       const query::v1::ResolveConflictRequest& request,
                                       Done<query::v1::ResolveConflictResponse> done) {
  std::string body;
  request.SerializeToString(&body);
  return fetch<query::v1::ResolveConflictResponse>(
      context, QStringLiteral("POST"),
      QStringLiteral("v1/records/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QStringLiteral("/resolve"),
      body, std::move(done));
}

QNetworkReply* CoordinatorApi::download(QObject* context, const QUrlQuery& query,
                                        std::function<void(QByteArray, const ApiError&)> done) {
  return send(context, QStringLiteral("GET"), QStringLiteral("v1/export?") + query.toString(QUrl::FullyEncoded), {},
              QByteArrayLiteral("*/*"), [done](const ServerConnection::Reply& reply) {
                const ApiError error = errorOf(reply);
                done(error.ok() ? QByteArray(reply.body.data(), static_cast<qsizetype>(reply.body.size()))
                                : QByteArray(),
                     error);
              });
}

}  // namespace amparo::mobile
