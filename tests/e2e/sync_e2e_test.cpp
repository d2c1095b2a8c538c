// End-to-end sync: the real amparo-server (TLS on loopback, temp data,
// --demo accounts) against the real app core (LocalStore + SyncClient).
// Records are made offline, synced, and looked up on the server as the demo
// coordinator; the server is SIGKILLed mid-push and restarted; a rejected
// record comes back as a draft; a revoked device wipes itself.
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

#include <map>
#include <memory>

#include <google/protobuf/util/time_util.h>

#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "conflict_model.hpp"
#include "e2e_support.hpp"
#include "local_store.hpp"
#include "sync_client.hpp"
#include "test_support.hpp"

namespace amparo::mobile {
namespace {

const QString kMonitor = QStringLiteral("demo-monitor");
const QString kMonitorPassword = QStringLiteral("amparo-monitor");

QString qs(const std::string& text) { return QString::fromStdString(text); }

using e2e::Device;
using e2e::kWaitMs;
using e2e::Server;

// Raw HTTPS as a coordinator or admin (the token comes from an enrolled
// device's encrypted store), trusting the pinned certificate only.
struct Response {
  int status = 0;
  QByteArray body;
};

Response request(QNetworkAccessManager& network, const Server& server, const QString& token,
                 const QByteArray& method, const QString& path) {
  QNetworkRequest req(QUrl(server.url()).resolved(QUrl(path)));
  req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
  req.setRawHeader("Accept", "application/x-protobuf");
  req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
  QNetworkReply* reply = network.sendCustomRequest(req, method, QByteArray());
  const QByteArray pin = ServerConnection::parseFingerprint(server.fingerprint());
  QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>& errors) {
    if (!errors.isEmpty() && errors.first().certificate().digest(QCryptographicHash::Sha256) == pin)
      reply->ignoreSslErrors(errors);
  });
  if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs)) reply->abort();
  Response out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
  reply->deleteLater();
  return out;
}

}  // namespace

class SyncEndToEndTest : public QObject {
  Q_OBJECT

private:
  QNetworkAccessManager m_network;
  Server m_server;
  std::unique_ptr<Device> m_coordinator;
  std::unique_ptr<Device> m_admin;
  QString m_coordinatorToken;
  QString m_adminToken;

  // Every TAP visit on the server, by id → how many times it is listed.
  std::map<std::string, int> serverVisits() {
    std::map<std::string, int> seen;
    QString token;
    for (int page = 0; page < 1000; ++page) {
      const auto response =
          request(m_network, m_server, m_coordinatorToken, "GET",
                  QStringLiteral("v1/records?office=TAP&kind=visit&page_size=500&page_token=") + token);
      if (response.status != 200) return {};
      query::v1::ListRecordsResponse list;
      if (!list.ParseFromArray(response.body.constData(), static_cast<int>(response.body.size()))) return {};
      for (const auto& record : list.records()) ++seen[record.id()];
      if (list.next_page_token().empty()) break;
      token = qs(list.next_page_token());
    }
    return seen;
  }

  std::optional<query::v1::GetRecordResponse> serverRecord(const std::string& id) {
    const auto response = request(m_network, m_server, m_coordinatorToken, "GET", QStringLiteral("v1/records/") + qs(id));
    if (response.status != 200) return std::nullopt;
    query::v1::GetRecordResponse record;
    if (!record.ParseFromArray(response.body.constData(), static_cast<int>(response.body.size())))
      return std::nullopt;
    return record;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_server.start(QStringLiteral(AMPARO_SERVER)));
    m_coordinator = std::make_unique<Device>();
    QVERIFY(m_coordinator->enroll(m_server, QStringLiteral("demo-coordinator"), QStringLiteral("amparo-coordinator"),
                                  m_server.fingerprint()));
    m_coordinatorToken = m_coordinator->store.secret(QStringLiteral("device_token"));
    m_admin = std::make_unique<Device>();
    QVERIFY(m_admin->enroll(m_server, QStringLiteral("demo-admin"), QStringLiteral("amparo-admin"),
                            m_server.fingerprint()));
    m_adminToken = m_admin->store.secret(QStringLiteral("device_token"));
    QVERIFY(!m_coordinatorToken.isEmpty());
    QVERIFY(!m_adminToken.isEmpty());
    // The role and offices the server named decide which workspace opens.
    QCOMPARE(m_coordinator->client.role(), QStringLiteral("coordinator"));
    QCOMPARE(m_coordinator->client.offices(), (QStringList{QStringLiteral("TAP"), QStringLiteral("TEN")}));
    QCOMPARE(m_admin->client.role(), QStringLiteral("admin"));
  }

  void tokenIsNotInClear() {
    // The token lives encrypted in the store: not in the file's bytes.
    QVERIFY(!test::readAll(m_coordinator->store.path()).contains(m_coordinatorToken.toUtf8()));
    QVERIFY(!test::readAll(m_coordinator->store.path() + QStringLiteral("-wal")).contains(m_coordinatorToken.toUtf8()));
  }

  void untrustedCertificateIsRefused() {
    Device device;
    // Self-signed and not pinned: the system store does not trust it.
    QVERIFY(!device.enroll(m_server, kMonitor, kMonitorPassword, {}));
    QCOMPARE(device.client.seenFingerprint(), m_server.fingerprint());
    // Pinned to another certificate.
    QString wrong = m_server.fingerprint();
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    QVERIFY(!device.enroll(m_server, kMonitor, kMonitorPassword, wrong));
    QVERIFY(!device.client.isEnrolled());
    // A wrong password enrolls nothing.
    QVERIFY(!device.enroll(m_server, kMonitor, QStringLiteral("not-the-password"), m_server.fingerprint()));
    QVERIFY(!device.client.isEnrolled());
    QVERIFY(device.store.secret(QStringLiteral("device_token")).isEmpty());
    // Plain HTTP is never used.
    QSignalSpy spy(&device.client, &SyncClient::enrollFinished);
    device.client.enroll(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port()), kMonitor, kMonitorPassword,
                         QStringLiteral("x"), m_server.fingerprint());
    QVERIFY(QTest::qWaitFor([&] { return spy.count() > 0; }, kWaitMs));
    QVERIFY(!spy.at(0).at(0).toBool());
  }

  void recordOfflineSyncAndFindOnServer() {
    Device device;
    std::vector<domain::RecordEnvelope> visits;
    for (int i = 0; i < 25; ++i) visits.push_back(device.recordVisit());
    for (const auto& visit : visits) QVERIFY(validation::validate(visit, {}).ok());
    QVERIFY(device.store.saveAll(visits, LocalStore::Waiting));
    // A working draft stays on the device.
    const auto draft = device.recordVisit();
    QVERIFY(device.store.save(draft, LocalStore::Draft));
    // A second finalized revision of one visit: parents go first.
    auto second = sync::nextRevision(visits.front());
    second.mutable_visit()->set_partner_organisation("second revision");
    sync::seal(second);
    QVERIFY(device.store.save(second, LocalStore::Waiting));
    QCOMPARE(device.store.outboxCount(), 26);

    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QCOMPARE(device.client.role(), QStringLiteral("monitor"));
    QVERIFY(device.sync());
    QCOMPARE(device.client.recordsSent(), 26);
    QCOMPARE(device.store.outboxCount(), 0);
    QVERIFY(device.client.bytesSent() > 0);
    QVERIFY(device.client.lastSuccess().isValid());

    visits.front() = second;
    for (const auto& visit : visits) {
      const auto onServer = serverRecord(visit.id());
      QVERIFY2(onServer, visit.id().c_str());
      QCOMPARE(qs(onServer->record().content_hash()), qs(visit.content_hash()));
      QCOMPARE(qs(onServer->record().revision()), qs(visit.revision()));
      QCOMPARE(qs(onServer->record().author()), kMonitor);
      QCOMPARE(device.store.row(qs(visit.id()))->syncState, int(LocalStore::Synced));
    }
    QCOMPARE(serverRecord(visits.front().id())->revisions_size(), 2);
    QVERIFY(!serverRecord(draft.id()));
    QCOMPARE(device.store.row(qs(draft.id()))->syncState, int(LocalStore::Draft));

    // The same sync again sends nothing and duplicates nothing.
    const qint64 sentBefore = device.client.recordsSent();
    QVERIFY(device.sync());
    QCOMPARE(device.client.recordsSent(), sentBefore);
    const auto listed = serverVisits();
    for (const auto& visit : visits) QCOMPARE(listed.count(visit.id()) ? listed.at(visit.id()) : 0, 1);
    QCOMPARE(device.store.revisionCount(qs(visits.front().id())), 2);
  }

  void otherDeviceOfTheMonitorReceivesTheRecords() {
    Device first;
    const auto visit = first.recordVisit();
    QVERIFY(first.store.save(visit, LocalStore::Waiting));
    QVERIFY(first.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(first.sync());

    Device second;
    QVERIFY(second.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(second.sync());
    QVERIFY(second.client.recordsReceived() > 0);
    const auto row = second.store.row(qs(visit.id()));
    QVERIFY(row);
    QCOMPARE(row->syncState, int(LocalStore::Synced));
    QCOMPARE(qs(second.store.load(qs(visit.id()))->content_hash()), qs(visit.content_hash()));
    QCOMPARE(second.store.outboxCount(), 0);
    // The demo sites of the office came too.
    RecordFilter sites;
    sites.kind = domain::RecordKind::RECORD_KIND_SITE;
    QVERIFY(second.store.count(sites) > 0);
    // Pulling again from the saved cursor brings nothing twice.
    const qint64 received = second.client.recordsReceived();
    QVERIFY(second.sync());
    QCOMPARE(second.client.recordsReceived(), received);

    // Both edit it offline: the conflict is kept and shown on both.
    auto mine = sync::nextRevision(*first.store.load(qs(visit.id())));
    mine.mutable_visit()->set_partner_organisation("first device");
    sync::seal(mine);
    QVERIFY(first.store.save(mine, LocalStore::Waiting));
    auto theirs = sync::nextRevision(*second.store.load(qs(visit.id())));
    theirs.mutable_visit()->set_partner_organisation("second device");
    sync::seal(theirs);
    QVERIFY(second.store.save(theirs, LocalStore::Waiting));
    QVERIFY(first.sync());
    QVERIFY(second.sync());
    QVERIFY(first.sync());
    QCOMPARE(second.store.row(qs(visit.id()))->syncState, int(LocalStore::Conflict));
    QCOMPARE(first.store.row(qs(visit.id()))->syncState, int(LocalStore::Conflict));
    const auto onServer = serverRecord(visit.id());
    QVERIFY(onServer);
    QVERIFY(onServer->in_conflict());

    // Both devices see both versions, field by field.
    for (Device* device : {&first, &second}) {
      ConflictModel conflict;
      conflict.setStore(&device->store);
      conflict.setRecordId(qs(visit.id()));
      QVERIFY(conflict.inConflict());
      QCOMPARE(conflict.rowCount(), 1);
      QCOMPARE(conflict.data(conflict.index(0), ConflictModel::PathRole).toString(),
               QStringLiteral("visit.partner_organisation"));
      const QString own = device == &first ? QStringLiteral("first device") : QStringLiteral("second device");
      QCOMPARE(conflict.data(conflict.index(0), ConflictModel::MineRole).toString(), own);
    }
    // Resolved on the second device ("keep mine"); after sync everyone agrees.
    {
      ConflictModel conflict;
      conflict.setStore(&second.store);
      conflict.setRecordId(qs(visit.id()));
      QVERIFY(conflict.keepMine());
    }
    QVERIFY(second.sync());
    QVERIFY(first.sync());
    const auto settled = serverRecord(visit.id());
    QVERIFY(settled);
    QVERIFY(!settled->in_conflict());
    QCOMPARE(qs(settled->record().visit().partner_organisation()), QStringLiteral("second device"));
    for (Device* device : {&first, &second}) {
      const auto settledRow = device->store.row(qs(visit.id()));
      QCOMPARE(settledRow->syncState, int(LocalStore::Synced));
      QCOMPARE(settledRow->revision, qs(settled->record().revision()));
      QCOMPARE(qs(device->store.load(qs(visit.id()))->visit().partner_organisation()), QStringLiteral("second device"));
      QCOMPARE(device->store.outboxCount(), 0);
    }
  }

  void referenceDataArrivesOnceAndIsUsed() {
    Device device;
    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(!device.store.hasReceivedReferenceData());
    QSignalSpy received(&device.store, &LocalStore::referenceDataChanged);
    QVERIFY(device.sync());
    // The first pull brings the server's vocabularies, kept in the store.
    QCOMPARE(received.count(), 1);
    QVERIFY(device.store.hasReceivedReferenceData());
    QCOMPARE(device.store.referenceData().versionToken(), domain::ReferenceData::builtin().versionToken());
    QVERIFY(!device.store.referenceData().agencies().empty());
    // The device names what it has: the same versions are not sent again.
    const qint64 bytesBefore = device.client.bytesReceived();
    QVERIFY(device.sync());
    QCOMPARE(received.count(), 1);
    QVERIFY(device.client.bytesReceived() - bytesBefore < 4096);
  }

  void coordinatorDevicePullsOnlyItsOwnRecords() {
    // Monitors' visits exist on the server by now.
    Device monitor;
    QVERIFY(monitor.store.save(monitor.recordVisit(), LocalStore::Waiting));
    QVERIFY(monitor.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(monitor.sync());

    Device coordinator;
    QVERIFY(coordinator.enroll(m_server, QStringLiteral("demo-coordinator"), QStringLiteral("amparo-coordinator"),
                               m_server.fingerprint()));
    QVERIFY(coordinator.sync());
    RecordFilter visits;
    visits.kind = domain::RecordKind::RECORD_KIND_VISIT;
    QCOMPARE(coordinator.store.count(visits), 0);
    RecordFilter sites;
    sites.kind = domain::RecordKind::RECORD_KIND_SITE;
    QVERIFY(coordinator.store.count(sites) > 0);
    // Its own reviews come back (the coordinator device made one earlier).
    RecordFilter reviews;
    reviews.kind = domain::RecordKind::RECORD_KIND_REVIEW;
    QCOMPARE(coordinator.store.count(reviews), m_coordinator->store.count(reviews));
  }

  void coordinatorReviewReachesTheMonitor() {
    Device monitor;
    const auto visit = monitor.recordVisit();
    QVERIFY(monitor.store.save(visit, LocalStore::Waiting));
    QVERIFY(monitor.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(monitor.sync());

    // The coordinator's device reviews it and syncs.
    domain::RecordEnvelope review;
    review.set_id(sync::newRecordId());
    review.set_kind(domain::RecordKind::RECORD_KIND_REVIEW);
    review.set_author("demo-coordinator");
    review.set_office_code("TAP");
    *review.mutable_created_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
    *review.mutable_modified_at() = review.created_at();
    review.mutable_review()->set_target_record_id(visit.id());
    review.mutable_review()->set_target_revision(visit.revision());
    review.mutable_review()->set_verdict(records::v1::REVIEW_VERDICT_REVIEWED);
    review.set_data_class(domain::defaultDataClass(review));
    sync::seal(review);
    QVERIFY(validation::validate(review, {}).ok());
    QVERIFY(m_coordinator->store.save(review, LocalStore::Waiting));
    QVERIFY(m_coordinator->sync());
    QCOMPARE(m_coordinator->store.row(qs(review.id()))->syncState, int(LocalStore::Synced));

    QVERIFY(monitor.sync());
    const auto arrived = monitor.store.load(qs(review.id()));
    QVERIFY(arrived);
    QCOMPARE(qs(arrived->review().target_record_id()), qs(visit.id()));
    QCOMPARE(qs(arrived->content_hash()), qs(review.content_hash()));
  }

  void rejectedRecordComesBackAsDraft() {
    Device device;
    auto bad = device.recordVisit();
    bad.mutable_visit()->clear_site_id();
    sync::seal(bad);
    const auto findings = validation::validate(bad, {});
    QVERIFY(!findings.ok());
    QVERIFY(device.store.save(bad, LocalStore::Waiting));
    const auto good = device.recordVisit();
    QVERIFY(device.store.save(good, LocalStore::Waiting));

    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(device.sync());
    QCOMPARE(device.store.row(qs(bad.id()))->syncState, int(LocalStore::Draft));
    QCOMPARE(device.store.row(qs(good.id()))->syncState, int(LocalStore::Synced));
    const auto errors = device.store.fieldErrors(qs(bad.id()));
    QVERIFY(!errors.empty());
    const QString path = qs(errors.front().path());
    QVERIFY(!device.client.fieldError(qs(bad.id()), path, QStringLiteral("es")).isEmpty());
    QVERIFY(!serverRecord(bad.id()));
    // A draft is not sent again.
    QCOMPARE(device.store.outboxCount(), 0);
  }

  void refusedRecordIsSetAsideAndTheRestGoes() {
    // A monitor may not send sites: the server refuses the batch (403) and
    // names the record; the device keeps it Rejected and sends the rest.
    Device device;
    domain::RecordEnvelope site;
    site.set_id(sync::newRecordId());
    site.set_kind(domain::RecordKind::RECORD_KIND_SITE);
    site.set_author("unenrolled");
    site.set_office_code("TAP");
    site.mutable_site()->set_name("Punto nuevo");
    site.mutable_site()->set_office_code("TAP");
    site.set_data_class(domain::defaultDataClass(site));
    sync::seal(site);
    QVERIFY(device.store.save(site, LocalStore::Waiting));
    const auto visit = device.recordVisit();
    QVERIFY(device.store.save(visit, LocalStore::Waiting));

    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(device.sync());
    QCOMPARE(device.store.row(qs(site.id()))->syncState, int(LocalStore::Rejected));
    QVERIFY(!device.store.fieldErrors(qs(site.id())).empty());
    QCOMPARE(device.store.row(qs(visit.id()))->syncState, int(LocalStore::Synced));
    QVERIFY(serverRecord(visit.id()));
    QCOMPARE(device.store.outboxCount(), 0);
  }

  void serverKilledMidPush() {
    Device device;
    std::vector<domain::RecordEnvelope> visits;
    for (int i = 0; i < 3000; ++i) visits.push_back(device.recordVisit());
    QVERIFY(device.store.saveAll(visits, LocalStore::Waiting));
    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));

    // SIGKILL once the first batch is acknowledged and the next one is on
    // the wire, its answer not yet in.
    bool killed = false;
    auto connection = connect(&device.client, &SyncClient::pushUploaded, this, [&] {
      if (!killed && device.client.recordsSent() > 0) {
        killed = true;
        m_server.kill();
      }
    });
    QVERIFY(!device.sync());
    disconnect(connection);
    QVERIFY(killed);
    QVERIFY(!m_server.running());
    QVERIFY(device.store.outboxCount() > 0);

    const int port = m_server.port();
    QVERIFY(m_server.start(QStringLiteral(AMPARO_SERVER), port));
    bool synced = false;
    for (int attempt = 0; attempt < 5 && !synced; ++attempt) synced = device.sync();
    QVERIFY(synced);
    QCOMPARE(device.store.outboxCount(), 0);

    const auto listed = serverVisits();
    int found = 0;
    for (const auto& visit : visits) {
      const auto it = listed.find(visit.id());
      QVERIFY(it != listed.end());
      QCOMPARE(it->second, 1);
      ++found;
    }
    QCOMPARE(found, 3000);
    for (int i : {0, 1499, 2999}) {
      const auto onServer = serverRecord(visits[static_cast<std::size_t>(i)].id());
      QVERIFY(onServer);
      QCOMPARE(onServer->revisions_size(), 1);
      QCOMPARE(qs(onServer->record().content_hash()), qs(visits[static_cast<std::size_t>(i)].content_hash()));
    }
  }

  void connectionCutMidPullResumesFromTheCursor() {
    // The monitor's feed now holds thousands of records: many pages.
    Device reference;
    QVERIFY(reference.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(reference.sync());
    const qint64 total = reference.client.recordsReceived();
    QVERIFY(total > 2 * SyncClient::kPullLimit);
    const int records = reference.store.count({});

    Device device;
    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    bool killed = false;
    auto connection = connect(&device.client, &SyncClient::progressChanged, this, [&] {
      if (!killed && device.client.state() == SyncClient::Pulling && device.client.recordsReceived() > 0) {
        killed = true;
        m_server.kill();
      }
    });
    QVERIFY(!device.sync());
    disconnect(connection);
    QVERIFY(killed);
    const qint64 firstPass = device.client.recordsReceived();
    QVERIFY(firstPass > 0 && firstPass < total);
    QVERIFY(!device.store.pullCursor().isEmpty());

    QVERIFY(m_server.start(QStringLiteral(AMPARO_SERVER), m_server.port()));
    bool synced = false;
    for (int attempt = 0; attempt < 5 && !synced; ++attempt) synced = device.sync();
    QVERIFY(synced);
    // Resumed from the saved cursor: no page came twice, none is missing.
    QCOMPARE(device.client.recordsReceived(), total);
    QCOMPARE(device.store.count({}), records);
  }

  void revokedDeviceWipesItself() {
    Device device;
    QVERIFY(device.store.save(device.recordVisit(), LocalStore::Waiting));
    QVERIFY(device.enroll(m_server, kMonitor, kMonitorPassword, m_server.fingerprint()));
    QVERIFY(device.sync());
    const QString deviceId = device.store.setting(QStringLiteral("device_id"));
    QVERIFY(!deviceId.isEmpty());
    const auto revoke =
        request(m_network, m_server, m_adminToken, "POST", QStringLiteral("v1/admin/devices/%1/revoke").arg(deviceId));
    QCOMPARE(revoke.status, 200);

    QVERIFY(device.store.save(device.recordVisit(), LocalStore::Waiting));
    QSignalSpy wiped(&device.client, &SyncClient::wiped);
    QVERIFY(!device.sync());
    QCOMPARE(wiped.count(), 1);
    QVERIFY(!device.store.isInitialized());
    QVERIFY(!device.store.isUnlocked());
    QVERIFY(!device.client.isEnrolled());
    QCOMPARE(device.store.count({}), 0);
    QVERIFY(device.store.checkIntegrity());
  }

  void cleanupTestCase() { m_server.stop(); }
};

}  // namespace amparo::mobile

QTEST_GUILESS_MAIN(amparo::mobile::SyncEndToEndTest)
#include "sync_e2e_test.moc"
