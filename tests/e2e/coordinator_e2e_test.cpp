// The coordinator workspace end to end: the real amparo-server (TLS on
// loopback, temp data, --demo accounts) against the real app core. A monitor
// syncs a seeded set; the coordinator's device pages through the visit log
// with filters, opens records with their history, reviews one and several
// records (the reviews reach the monitor's device), reveals personal data
// for a reason, reads the statistics, exports a file and resolves a conflict.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <google/protobuf/util/time_util.h>

#include <map>
#include <memory>

#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "case_records.hpp"
#include "coordinator_api.hpp"
#include "e2e_support.hpp"
#include "export_controller.hpp"
#include "record_detail.hpp"
#include "record_view.hpp"
#include "review_composer.hpp"
#include "site_catalog.hpp"
#include "stats_model.hpp"
#include "test_support.hpp"
#include "visit_log_model.hpp"

namespace amparo::mobile {
namespace {

using e2e::kWaitMs;
using google::protobuf::util::TimeUtil;

const QString kMonitor = QStringLiteral("demo-monitor");
const QString kMonitorPassword = QStringLiteral("amparo-monitor");
constexpr int kSeeded = 130;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Loads every page of the log; false on an error or a time-out.
bool loadAll(VisitLogModel& log) {
  QSignalSpy pages(&log, &VisitLogModel::pageLoaded);
  if (!log.loading() && log.count() == 0 && !log.hasMore()) log.refresh();
  for (int guard = 0; guard < 1000; ++guard) {
    if (!QTest::qWaitFor([&] { return !log.loading(); }, kWaitMs)) return false;
    if (!log.error().isEmpty()) {
      qWarning("visit log: %s", qPrintable(log.error()));
      return false;
    }
    if (!log.hasMore()) return true;
    log.loadMore();
  }
  return false;
}

bool waitLoaded(VisitLogModel& log) {
  QSignalSpy pages(&log, &VisitLogModel::pageLoaded);
  return QTest::qWaitFor([&] { return pages.count() > 0 || !log.error().isEmpty(); }, kWaitMs) &&
         log.error().isEmpty();
}

bool waitDetail(RecordDetail& detail) {
  return QTest::qWaitFor([&] { return !detail.loading() && (detail.loaded() || !detail.error().isEmpty()); }, kWaitMs);
}

QSet<QString> idsOf(const VisitLogModel& log) {
  QSet<QString> ids;
  for (int row = 0; row < log.count(); ++row) ids.insert(log.data(log.index(row), VisitLogModel::IdRole).toString());
  return ids;
}

}  // namespace

class CoordinatorEndToEndTest : public QObject {
  Q_OBJECT

private:
  e2e::Server m_server;
  std::unique_ptr<e2e::Device> m_monitor;
  std::unique_ptr<e2e::Device> m_coordinator;
  // The seeded visits: id → envelope as sent.
  std::map<QString, domain::RecordEnvelope> m_visits;
  QSet<QString> m_alertVisits;
  QSet<QString> m_detentionVisits;
  QSet<QString> m_oldVisits;  // started 60 to 69 days ago
  QString m_screeningVisit;
  QString m_screeningId;
  QString m_identifiedScreeningId;

  // An offline visit of the monitor's device (author filled on send).
  domain::RecordEnvelope visit(int i, qint64 atMs) {
    std::vector<const SiteInfo*> sites;
    for (const auto& site : SiteCatalog::demoSites())
      if (site.officeCode == u"TAP") sites.push_back(&site);
    const SiteInfo& site = *sites[static_cast<std::size_t>(i) % sites.size()];
    auto envelope = test::sampleVisit(site.id, atMs, site.siteType);
    envelope.set_author("unenrolled");
    envelope.set_device_id(m_monitor->store.setting(QStringLiteral("device_id")).toStdString());
    envelope.mutable_visit()->set_people_interviewed(2 + i % 7);
    if (site.siteType == records::v1::VISIT_TYPE_BORDER) envelope.mutable_visit()->mutable_border();
    if (site.siteType == records::v1::VISIT_TYPE_SHELTER) envelope.mutable_visit()->mutable_shelter();
    if (site.siteType == records::v1::VISIT_TYPE_DETENTION && i % 3 == 0) {
      // Children in detention: an alert for the coordinators.
      auto* detention = envelope.mutable_visit()->mutable_detention();
      detention->set_official_capacity(300);
      auto* population = detention->mutable_population();
      population->set_women(100);
      population->set_men(210);
      population->set_girls(6);
      population->set_boys(4);
      population->set_total(320);
    }
    sync::seal(envelope);
    return envelope;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_server.start(QStringLiteral(AMPARO_SERVER)));
    m_monitor = std::make_unique<e2e::Device>();
    m_coordinator = std::make_unique<e2e::Device>();
    QVERIFY(m_monitor->enroll(m_server, kMonitor, kMonitorPassword));
    QVERIFY(m_coordinator->enroll(m_server, QStringLiteral("demo-coordinator"), QStringLiteral("amparo-coordinator")));
    QCOMPARE(m_coordinator->client.role(), QStringLiteral("coordinator"));
    QVERIFY(m_coordinator->sync());  // the office's sites, for their names

    // A seeded set over ten weeks, newest last.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<domain::RecordEnvelope> visits;
    for (int i = 0; i < kSeeded; ++i) {
      const qint64 at = now - qint64(kSeeded - i) * kDayMs / 2 - 3600000;
      auto envelope = visit(i, at);
      const auto findings = validation::validate(envelope);
      QVERIFY2(findings.ok(), findings.errors().empty() ? "" : (findings.errors().front().path + " " +
                                                               findings.errors().front().code).c_str());
      const QString id = qs(envelope.id());
      if (recordRaisesAlert(envelope)) m_alertVisits.insert(id);
      if (envelope.visit().visit_type() == records::v1::VISIT_TYPE_DETENTION) m_detentionVisits.insert(id);
      if (at <= now - 60 * kDayMs && at > now - 70 * kDayMs) m_oldVisits.insert(id);
      m_visits[id] = envelope;
      visits.push_back(std::move(envelope));
    }
    QVERIFY(!m_alertVisits.isEmpty());
    QVERIFY(!m_oldVisits.isEmpty());
    // A screening of the last visit, and an identified case with its person.
    m_screeningVisit = qs(visits.back().id());
    const std::string author = "unenrolled";
    auto screening = server::testing::makeScreening(author, "TAP", visits.back().id());
    screening.set_device_id(m_monitor->store.setting(QStringLiteral("device_id")).toStdString());
    sync::seal(screening);
    m_screeningId = qs(screening.id());
    auto person = server::testing::makePerson(author, "TAP");
    auto identified = server::testing::makeScreening(author, "TAP", visits.back().id(), person.id());
    m_identifiedScreeningId = qs(identified.id());
    QVERIFY(validation::validate(screening).ok());
    QVERIFY(validation::validate(identified).ok());
    visits.push_back(person);
    visits.push_back(screening);
    visits.push_back(identified);
    QVERIFY(m_monitor->store.saveAll(visits, LocalStore::Waiting));
    QVERIFY(m_monitor->sync());
    QCOMPARE(m_monitor->store.outboxCount(), 0);
  }

  void visitLogPagesThroughEverything() {
    VisitLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setPageSize(40);
    log.setOffice(QStringLiteral("TAP"));
    log.setSync(&m_coordinator->client);
    log.setStore(&m_coordinator->store);
    QVERIFY(waitLoaded(log));
    QCOMPARE(log.count(), 40);  // one page, not everything
    QVERIFY(log.hasMore());
    QVERIFY(loadAll(log));
    const auto ids = idsOf(log);
    QCOMPARE(ids.size(), log.count());  // nothing twice across pages
    for (const auto& [id, envelope] : m_visits) QVERIFY2(ids.contains(id), qPrintable(id));
    // Only visits (the default kind), with their site's name from the synced sites.
    int named = 0;
    for (int row = 0; row < log.count(); ++row) {
      QCOMPARE(log.data(log.index(row), VisitLogModel::KindRole).toInt(), int(domain::RecordKind::RECORD_KIND_VISIT));
      if (!log.data(log.index(row), VisitLogModel::SiteNameRole).toString().isEmpty()) ++named;
    }
    QVERIFY(named > 0);
  }

  void visitLogFilters() {
    VisitLogModel log;
    log.setPageSize(500);
    log.setSync(&m_coordinator->client);
    log.setVisitType(records::v1::VISIT_TYPE_DETENTION);
    QVERIFY(loadAll(log));
    QVERIFY(idsOf(log).contains(m_detentionVisits));
    for (int row = 0; row < log.count(); ++row)
      QCOMPARE(log.data(log.index(row), VisitLogModel::VisitTypeRole).toInt(), int(records::v1::VISIT_TYPE_DETENTION));

    // Alerts only: children in detention.
    log.setVisitType(0);
    log.setAlertsOnly(true);
    QVERIFY(waitLoaded(log));
    QVERIFY(loadAll(log));
    QVERIFY(idsOf(log).contains(m_alertVisits));
    for (int row = 0; row < log.count(); ++row) QVERIFY(log.data(log.index(row), VisitLogModel::AlertRole).toBool());

    // A date range (creation day, inclusive).
    log.setAlertsOnly(false);
    const QDate today = QDate::currentDate();
    log.setDateFrom(today.addDays(-69).toString(Qt::ISODate));
    log.setDateTo(today.addDays(-61).toString(Qt::ISODate));
    QVERIFY(waitLoaded(log));
    QVERIFY(loadAll(log));
    const auto inRange = idsOf(log);
    QVERIFY(!inRange.isEmpty());
    for (const QString& id : inRange) {
      if (!m_visits.count(id)) continue;  // other tests' records
      const QDate day = QDateTime::fromSecsSinceEpoch(m_visits[id].created_at().seconds(), Qt::UTC).date();
      QVERIFY2(day >= today.addDays(-70) && day <= today.addDays(-60), qPrintable(day.toString(Qt::ISODate)));
    }
    // The monitor filter: the seeded visits are all the demo monitor's.
    log.setDateFrom({});
    log.setDateTo({});
    log.setAuthor(QStringLiteral("nobody-here"));
    QVERIFY(waitLoaded(log));
    QCOMPARE(log.count(), 0);
    log.setAuthor(kMonitor);
    QVERIFY(waitLoaded(log));
    QVERIFY(loadAll(log));
    QVERIFY(idsOf(log).contains(QSet<QString>(m_alertVisits)));
  }

  void detailShowsContentHistoryAndLinkedRecords() {
    // The monitor changes the visit that has screenings: two revisions.
    auto second = sync::nextRevision(*m_monitor->store.load(m_screeningVisit));
    second.mutable_visit()->set_partner_organisation("Casa del Migrante");
    sync::seal(second);
    QVERIFY(m_monitor->store.save(second, LocalStore::Waiting));
    QVERIFY(m_monitor->sync());

    RecordDetail detail;
    detail.setSync(&m_coordinator->client);
    detail.setStore(&m_coordinator->store);
    detail.setRecordId(m_screeningVisit);
    QVERIFY(waitDetail(detail));
    QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
    QCOMPARE(detail.kind(), int(domain::RecordKind::RECORD_KIND_VISIT));
    QCOMPARE(detail.revision(), qs(second.revision()));
    QCOMPARE(detail.author(), kMonitor);
    const auto history = detail.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toMap().value(QStringLiteral("generation")).toInt(), 1);
    QVERIFY(history.at(1).toMap().value(QStringLiteral("winner")).toBool());
    QCOMPARE(history.at(1).toMap().value(QStringLiteral("author")).toString(), kMonitor);
    // Who and when for the old revision too, not only the heads.
    QCOMPARE(history.at(0).toMap().value(QStringLiteral("author")).toString(), kMonitor);
    QVERIFY(history.at(0).toMap().value(QStringLiteral("modifiedAt")).toDateTime().isValid());
    bool partner = false;
    for (const auto& line : detail.fields()) {
      const auto map = line.toMap();
      if (map.value(QStringLiteral("path")).toString() == u"visit.partner_organisation")
        partner = map.value(QStringLiteral("value")).toString() == u"Casa del Migrante";
    }
    QVERIFY(partner);
    // Its two screenings, found on the server.
    QVERIFY(QTest::qWaitFor([&] { return !detail.linkedLoading(); }, kWaitMs));
    QSet<QString> linked;
    for (const auto& item : detail.linked()) linked.insert(item.toMap().value(QStringLiteral("recordId")).toString());
    QVERIFY(linked.contains(m_screeningId));
    QVERIFY(linked.contains(m_identifiedScreeningId));
  }

  void reviewRoundTripMonitorCoordinatorMonitor() {
    const QString target = m_screeningVisit;
    RecordDetail detail;
    detail.setSync(&m_coordinator->client);
    detail.setRecordId(target);
    QVERIFY(waitDetail(detail));

    ReviewComposer composer;
    composer.setStore(&m_coordinator->store);
    composer.setSync(&m_coordinator->client);
    composer.setLanguage(QStringLiteral("en"));
    // A flag needs a comment: refused, nothing stored.
    const int outboxBefore = m_coordinator->store.outboxCount();
    QVERIFY(composer.submit({detail.reviewTarget()}, ReviewComposer::Flagged, QString(), QString()).isEmpty());
    QVERIFY(!composer.lastError().isEmpty());
    QCOMPARE(m_coordinator->store.outboxCount(), outboxBefore);

    const QStringList ids = composer.submit({detail.reviewTarget()}, ReviewComposer::Flagged,
                                            QStringLiteral("Check the population counts"), QString());
    QCOMPARE(ids.size(), 1);
    QVERIFY(m_coordinator->settle());  // the composer started the sync
    QCOMPARE(m_coordinator->store.row(ids.front())->syncState, int(LocalStore::Synced));

    // The server lists it as flagged and shows the review with the record.
    VisitLogModel flagged;
    flagged.setSync(&m_coordinator->client);
    flagged.setReviewStatus(QStringLiteral("flagged"));
    QVERIFY(loadAll(flagged));
    QVERIFY(idsOf(flagged).contains(target));
    detail.reload();
    QVERIFY(waitDetail(detail));
    QVERIFY(QTest::qWaitFor([&] { return !detail.loading(); }, kWaitMs));
    QCOMPARE(detail.reviews().size(), 1);
    QCOMPARE(detail.reviews().front().toMap().value(QStringLiteral("comment")).toString(),
             QStringLiteral("Check the population counts"));

    // The monitor's device has it after its sync, pointing at its record.
    QVERIFY(m_monitor->sync());
    const auto arrived = m_monitor->store.load(ids.front());
    QVERIFY(arrived);
    QCOMPARE(qs(arrived->review().target_record_id()), target);
    QCOMPARE(int(arrived->review().verdict()), int(records::v1::REVIEW_VERDICT_FLAGGED));
    RecordFilter reviews;
    reviews.kind = domain::RecordKind::RECORD_KIND_REVIEW;
    reviews.parentId = target;
    QCOMPARE(m_monitor->store.count(reviews), 1);
  }

  void bulkReview() {
    VisitLogModel log;
    log.setSync(&m_coordinator->client);
    log.setAuthor(kMonitor);
    log.setReviewStatus(QStringLiteral("unreviewed"));
    log.setPageSize(20);
    QVERIFY(waitLoaded(log));
    QVERIFY(log.count() >= 6);
    for (int row = 0; row < 6; ++row) log.setSelected(row, true);
    QCOMPARE(log.selectedCount(), 6);
    const QVariantList targets = log.selectedTargets();
    QSet<QString> chosen;
    for (const auto& target : targets) chosen.insert(target.toMap().value(QStringLiteral("recordId")).toString());

    ReviewComposer composer;
    composer.setStore(&m_coordinator->store);
    composer.setSync(&m_coordinator->client);
    const QStringList ids = composer.submit(targets, ReviewComposer::Reviewed, QString(), QString());
    QCOMPARE(ids.size(), 6);
    QVERIFY(m_coordinator->settle());

    VisitLogModel reviewed;
    reviewed.setSync(&m_coordinator->client);
    reviewed.setReviewStatus(QStringLiteral("reviewed"));
    reviewed.setPageSize(500);
    QVERIFY(loadAll(reviewed));
    QVERIFY(idsOf(reviewed).contains(chosen));

    QVERIFY(m_monitor->sync());
    for (const QString& id : ids) QVERIFY2(m_monitor->store.load(id), qPrintable(id));
  }

  void revealNeedsAReasonAndReturnsThePerson() {
    RecordDetail detail;
    detail.setSync(&m_coordinator->client);
    detail.setRecordId(m_identifiedScreeningId);
    QVERIFY(waitDetail(detail));
    QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
    QVERIFY(detail.personalDataWithheld());
    QVERIFY(detail.personFields().isEmpty());
    // No reason, no data: refused before anything is asked.
    QVERIFY(!detail.reveal(QString()));
    QVERIFY(!detail.reveal(QStringLiteral("curiosity")));
    QVERIFY(!detail.revealed());
    // The server refuses an unknown reason too, naming the field.
    std::optional<ApiError> refused;
    QObject context;
    CoordinatorApi(&m_coordinator->client)
        .getRecord(&context, m_identifiedScreeningId, QStringLiteral("curiosity"),
                   [&](std::optional<query::v1::GetRecordResponse>, const ApiError& error) { refused = error; });
    QVERIFY(QTest::qWaitFor([&] { return refused.has_value(); }, kWaitMs));
    QCOMPARE(refused->status, 400);
    QVERIFY(!refused->fieldErrors.empty());
    QCOMPARE(refused->fieldErrors.front().path, QStringLiteral("reason"));

    QVERIFY(detail.reveal(QStringLiteral("case_management")));
    QVERIFY(QTest::qWaitFor([&] { return !detail.loading(); }, kWaitMs));
    QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
    QVERIFY(detail.revealed());
    QVERIFY(!detail.personalDataWithheld());
    QString names;
    for (const auto& line : detail.personFields()) names += line.toMap().value(QStringLiteral("value")).toString() + u' ';
    QVERIFY2(names.contains(QStringLiteral("Marisol")), qPrintable(names));
    // Hidden again: gone from memory.
    detail.hidePersonalData();
    QVERIFY(QTest::qWaitFor([&] { return !detail.loading(); }, kWaitMs));
    QVERIFY(!detail.revealed());
    QVERIFY(detail.personFields().isEmpty());
  }

  void statsModelShowsTheServersFigures() {
    StatsModel stats;
    stats.setLanguage(QStringLiteral("en"));
    QSignalSpy changed(&stats, &StatsModel::statsChanged);
    stats.setStore(&m_coordinator->store);
    stats.setSync(&m_coordinator->client);
    QVERIFY(QTest::qWaitFor([&] { return changed.count() > 0 || !stats.error().isEmpty(); }, kWaitMs));
    QVERIFY2(stats.error().isEmpty(), qPrintable(stats.error()));
    QVERIFY(stats.activity().value(QStringLiteral("visits")).toLongLong() >= kSeeded);
    QVERIFY(stats.visitsByType()->count() > 0);
    double detention = 0;
    for (const auto& bar : stats.visitsByType()->bars())
      if (bar.label == u"Detention") detention = bar.value;
    QVERIFY(detention >= m_detentionVisits.size());
    // Children in detention: the centre is marked, the open alerts counted.
    QVERIFY(stats.openAlerts() > 0);
    bool alert = false;
    for (const auto& bar : stats.detentionCentres()->bars()) alert = alert || bar.alert;
    QVERIFY(alert);
    const auto chart = stats.detentionChart(stats.detentionCentres()->bars().front().key);
    QVERIFY(!chart.value(QStringLiteral("labels")).toStringList().isEmpty());
    // Two screenings: every people and needs cell is under 5, so suppressed.
    QVERIFY(stats.specificNeeds()->count() > 0);
    for (const auto& bar : stats.specificNeeds()->bars()) {
      QVERIFY(bar.suppressed);
      QCOMPARE(bar.value, 0.0);
    }
    QVERIFY(stats.specificNeeds()->hasSuppressed());
    QVERIFY(!stats.trendChart().value(QStringLiteral("labels")).toStringList().isEmpty());
  }

  void exportDownloadsAFile() {
    QTemporaryDir downloads;
    ExportController exporter;
    exporter.setSync(&m_coordinator->client);
    exporter.setDirectory(downloads.path());
    exporter.setFormat(QStringLiteral("csv"));
    exporter.setKind(domain::RecordKind::RECORD_KIND_VISIT);
    QSignalSpy finished(&exporter, &ExportController::finished);
    exporter.start(nullptr);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, kWaitMs));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(exporter.error()));
    QVERIFY(exporter.savedPath().startsWith(downloads.path()));
    QVERIFY(exporter.savedPath().endsWith(QStringLiteral(".csv")));
    const QByteArray csv = test::readAll(exporter.savedPath());
    QVERIFY(csv.count('\n') > kSeeded);  // a header, HXL tags and a row per visit
    QVERIFY(csv.contains('#'));
    // A second export never overwrites the first.
    exporter.setFormat(QStringLiteral("xlsx"));
    exporter.start(nullptr);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 1; }, kWaitMs));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(exporter.error()));
    QVERIFY(test::readAll(exporter.savedPath()).startsWith("PK"));  // a zip: the workbook
    QCOMPARE(QDir(downloads.path()).entryList(QDir::Files).size(), 2);
  }

  void conflictQueueAndResolution() {
    // The monitor's second tablet and the first both edit a visit offline.
    e2e::Device other;
    QVERIFY(other.enroll(m_server, kMonitor, kMonitorPassword));
    QVERIFY(other.sync());
    const QString id = m_visits.begin()->first;
    auto mine = sync::nextRevision(*m_monitor->store.load(id));
    mine.mutable_visit()->set_partner_organisation("first tablet");
    mine.mutable_visit()->set_people_interviewed(11);
    sync::seal(mine);
    QVERIFY(m_monitor->store.save(mine, LocalStore::Waiting));
    auto theirs = sync::nextRevision(*other.store.load(id));
    theirs.mutable_visit()->set_partner_organisation("second tablet");
    sync::seal(theirs);
    QVERIFY(other.store.save(theirs, LocalStore::Waiting));
    QVERIFY(m_monitor->sync());
    QVERIFY(other.sync());

    VisitLogModel queue;
    queue.setSync(&m_coordinator->client);
    queue.setKind(0);
    queue.setConflictsOnly(true);
    QVERIFY(loadAll(queue));
    QVERIFY(idsOf(queue).contains(id));

    RecordDetail detail;
    detail.setSync(&m_coordinator->client);
    detail.setRecordId(id);
    QVERIFY(waitDetail(detail));
    QVERIFY(detail.inConflict());
    // Side by side: the differing fields are marked.
    QString leftPartner;
    QString rightPartner;
    for (const auto& item : detail.conflictFields()) {
      const auto field = item.toMap();
      if (field.value(QStringLiteral("field")).toString() != u"partner_organisation") continue;
      QVERIFY(field.value(QStringLiteral("differs")).toBool());
      leftPartner = field.value(QStringLiteral("left")).toString();
      rightPartner = field.value(QStringLiteral("right")).toString();
    }
    QVERIFY(leftPartner != rightPartner);
    // Merge: the right side's partner, the rest of the left side.
    const QString leftRevision = detail.leftHead().value(QStringLiteral("revision")).toString();
    QSignalSpy resolved(&detail, &RecordDetail::resolved);
    detail.resolveMerge({QStringLiteral("partner_organisation")});
    QVERIFY(QTest::qWaitFor([&] { return resolved.count() > 0 || !detail.error().isEmpty(); }, kWaitMs));
    QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
    QVERIFY(QTest::qWaitFor([&] { return !detail.loading() && detail.loaded(); }, kWaitMs));
    QVERIFY(!detail.inConflict());
    QVERIFY(detail.revision() != leftRevision);
    for (const auto& item : detail.fields()) {
      const auto line = item.toMap();
      if (line.value(QStringLiteral("path")).toString() == u"visit.partner_organisation")
        QVERIFY(rightPartner.endsWith(line.value(QStringLiteral("value")).toString()));
    }
    // Out of the queue.
    queue.refresh();
    QVERIFY(loadAll(queue));
    QVERIFY(!idsOf(queue).contains(id));
  }

  void cleanupTestCase() { m_server.stop(); }
};

}  // namespace amparo::mobile

QTEST_MAIN(amparo::mobile::CoordinatorEndToEndTest)
#include "coordinator_e2e_test.moc"
