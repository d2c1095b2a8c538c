#include "coordinator_shots.hpp"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <google/protobuf/util/time_util.h>

#include <cstdio>
#include <functional>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "app_controller.hpp"
#include "site_catalog.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;
namespace common = amparo::common::v1;
using google::protobuf::util::TimeUtil;

int g_problems = 0;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const QLatin1String category(context.category ? context.category : "");
  const bool problem = type == QtCriticalMsg || type == QtFatalMsg ||
                       (type == QtWarningMsg && !category.startsWith(QLatin1String("qt.qpa")) &&
                        !message.startsWith(QLatin1String("QStandardPaths:")));
  if (problem) ++g_problems;
  std::fprintf(stderr, "%s%s\n", problem ? "COORDINATOR SHOTS PROBLEM: " : "", qPrintable(message));
}

void problem(const char* what) {
  std::fprintf(stderr, "COORDINATOR SHOTS PROBLEM: %s\n", what);
  ++g_problems;
}

void settle(int ms = 300) {
  const QDeadlineTimer deadline(ms);
  while (!deadline.hasExpired()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
}

bool waitFor(const std::function<bool()>& done, int ms = 60000) {
  const QDeadlineTimer deadline(ms);
  while (!done()) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

// amparo-server on a free loopback port with the demo accounts.
class DemoServer {
public:
  ~DemoServer() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) m_process.kill();
  }
  bool start(const QString& binary) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary, {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo-activity")});
    if (!m_process.waitForStarted(20000)) return false;
    QByteArray output;
    const bool ready = waitFor([&] {
      output += m_process.readAll();
      return output.contains("Stop with") || m_process.state() == QProcess::NotRunning;
    });
    const QString text = QString::fromUtf8(output);
    const auto port = QRegularExpression(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/")).match(text);
    const auto digest = QRegularExpression(QStringLiteral("SHA-256:\\s+([0-9A-F:]{95})")).match(text);
    if (!ready || !port.hasMatch() || !digest.hasMatch()) return false;
    url = QStringLiteral("https://127.0.0.1:%1/").arg(port.captured(1));
    fingerprint = digest.captured(1);
    return true;
  }
  QString url;
  QString fingerprint;

private:
  QTemporaryDir m_data;
  QProcess m_process;
};

// A monitor's tablet, in process: its own store and sync client.
struct MonitorDevice {
  MonitorDevice() {
    store.open(dir.filePath(QStringLiteral("amparo.sqlite")));
    store.initialize("screenshots monitor", KdfParams::minimal());
    store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
    store.setSetting(QStringLiteral("author"), QStringLiteral("unenrolled"));
  }
  bool enroll(const DemoServer& server) {
    bool done = false;
    bool ok = false;
    QObject::connect(&client, &SyncClient::enrollFinished, &client, [&](bool success) {
      done = true;
      ok = success;
    });
    client.enroll(server.url, QStringLiteral("demo-monitor"), QStringLiteral("amparo-monitor"),
                  QStringLiteral("Tablet 2"), server.fingerprint);
    return waitFor([&] { return done; }) && ok;
  }
  bool sync() { return syncClient(client); }
  static bool syncClient(SyncClient& client) {
    bool done = false;
    bool ok = false;
    const auto connection = QObject::connect(&client, &SyncClient::syncFinished, &client, [&](bool success) {
      done = true;
      ok = success;
    });
    client.syncNow();
    const bool finished = waitFor([&] { return done; });
    QObject::disconnect(connection);
    return finished && ok;
  }
  QTemporaryDir dir;
  LocalStore store;
  SyncClient client{&store};
};

void fill(domain::RecordEnvelope& envelope, domain::RecordKind kind, qint64 atMs) {
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(kind);
  envelope.set_author("unenrolled");
  envelope.set_device_id("tablet-2");
  envelope.set_office_code("TAP");
  *envelope.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  *envelope.mutable_modified_at() = envelope.created_at();
}

// About four months of a Tapachula team's work: visits to every kind of
// site (children found twice in detention, a full shelter) and anonymous
// interviews with realistic nationalities, ages and needs.
// The server's own site records (as pulled), so seeded visits and the demo
// activity point at the same sites.
std::vector<SiteInfo> officeSites(const LocalStore& store, const QString& office) {
  std::vector<SiteInfo> out;
  RecordFilter filter;
  filter.kind = domain::RecordKind::RECORD_KIND_SITE;
  for (const auto& row : store.query(filter, 0, 500)) {
    const auto site = store.load(row.id);
    if (!site || !site->has_site() || QString::fromStdString(site->office_code()) != office) continue;
    out.push_back({row.id, QString::fromStdString(site->site().name()), site->site().site_type(), office, {}});
  }
  return out;
}

std::vector<domain::RecordEnvelope> seed(const std::vector<SiteInfo>& known, std::vector<QString>& alertVisits) {
  QRandomGenerator random(20260301);
  std::vector<const SiteInfo*> sites;
  for (const auto& site : known)
    if (site.siteType >= rec::VISIT_TYPE_BORDER && site.siteType <= rec::VISIT_TYPE_URBAN) sites.push_back(&site);
  if (sites.empty()) {
    for (const auto& site : SiteCatalog::demoSites())
      if (site.officeCode == u"TAP") sites.push_back(&site);
  }
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::vector<domain::RecordEnvelope> out;
  const char* nationalities[] = {"HND", "HND", "HND", "GTM", "GTM", "SLV", "VEN", "VEN", "HTI", "HTI", "CUB", "NIC"};
  const char* needs[] = {"WR-WR", "SC-UC", "SC-SC", "SM-CI", "LP-ND", "LP-RR", "SP-PT", "ER-NF", "DS-LBM", "CR-LW"};
  int detentionVisits = 0;
  for (int i = 0; i < 72; ++i) {
    const SiteInfo& site = *sites[static_cast<std::size_t>(i) % sites.size()];
    const qint64 at = now - qint64(72 - i) * 40 * 3600 * 1000LL;
    domain::RecordEnvelope visit;
    fill(visit, domain::RecordKind::RECORD_KIND_VISIT, at);
    auto* body = visit.mutable_visit();
    body->set_visit_type(static_cast<rec::VisitType>(site.siteType));
    body->set_site_id(site.id.toStdString());
    *body->mutable_started_at() = visit.created_at();
    body->set_access(i % 17 == 5 ? rec::ACCESS_OBTAINED_DENIED : rec::ACCESS_OBTAINED_YES);
    body->set_people_interviewed(2 + static_cast<int>(random.bounded(9)));
    if (site.siteType == rec::VISIT_TYPE_DETENTION) {
      auto* detention = body->mutable_detention();
      detention->set_official_capacity(960);
      auto* population = detention->mutable_population();
      // Children found twice: the alert coordinators must see.
      ++detentionVisits;
      const int children = (detentionVisits == 4 || detentionVisits == 11) ? 14 : 0;
      population->set_women(220 + static_cast<int>(random.bounded(80)));
      population->set_men(640 + static_cast<int>(random.bounded(200)));
      population->set_girls(children / 2);
      population->set_boys(children - children / 2);
      population->set_total(population->women() + population->men() + children);
      if (children > 0) alertVisits.push_back(QString::fromStdString(visit.id()));
    } else if (site.siteType == rec::VISIT_TYPE_SHELTER) {
      auto* shelter = body->mutable_shelter();
      shelter->set_capacity(150);
      auto* occupancy = shelter->mutable_occupancy();
      occupancy->set_total(110 + static_cast<int>(random.bounded(60)));
      shelter->set_refusals_of_entry(static_cast<int>(random.bounded(6)));
    } else if (site.siteType == rec::VISIT_TYPE_BORDER) {
      body->mutable_border();
    }
    visit.set_data_class(domain::defaultDataClass(visit));
    sync::seal(visit);
    if (!validation::validate(visit).ok()) continue;
    // Interviews during the visit.
    const int interviews = static_cast<int>(body->people_interviewed());
    for (int k = 0; k < interviews; ++k) {
      domain::RecordEnvelope screening;
      fill(screening, domain::RecordKind::RECORD_KIND_SCREENING, at + k * 600000LL);
      auto* s = screening.mutable_screening();
      s->set_visit_id(visit.id());
      s->set_mode(rec::SCREENING_MODE_ANONYMOUS);
      *s->mutable_interviewed_at() = screening.created_at();
      auto* consent = s->add_consents();
      consent->set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
      consent->set_given(true);
      *consent->mutable_recorded_at() = screening.created_at();
      auto* respondent = s->mutable_respondent();
      respondent->set_sex(random.bounded(5) < 2 ? common::SEX_MALE : common::SEX_FEMALE);
      respondent->set_nationality(nationalities[random.bounded(12)]);
      const int band = random.bounded(10);
      respondent->set_age_band(band < 7 ? common::AGE_BAND_18_59 : band < 9 ? common::AGE_BAND_12_17 : common::AGE_BAND_60_PLUS);
      auto* household = s->mutable_household();
      household->set_travel_mode(random.bounded(2) ? rec::TRAVEL_MODE_WITH_FAMILY : rec::TRAVEL_MODE_ALONE);
      if (household->travel_mode() == rec::TRAVEL_MODE_WITH_FAMILY) {
        household->set_adults(1 + static_cast<int>(random.bounded(2)));
        household->set_children(static_cast<int>(random.bounded(4)));
      }
      s->add_flight_reasons(random.bounded(2) ? rec::FLIGHT_REASON_THREATS : rec::FLIGHT_REASON_GENERAL_VIOLENCE);
      if (random.bounded(3) == 0) {
        auto* need = s->add_specific_needs();
        need->set_code(needs[random.bounded(10)]);
        need->set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
      }
      screening.set_data_class(domain::defaultDataClass(screening));
      sync::seal(screening);
      if (validation::validate(screening).ok()) out.push_back(std::move(screening));
    }
    out.insert(out.begin(), std::move(visit));
  }
  return out;
}

class Shots {
public:
  Shots(QQmlApplicationEngine& engine, QString dir) : m_engine(engine), m_dir(std::move(dir)) {}

  QQuickWindow* window() const {
    return m_engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
  }
  // The first visible item (depth first) with that objectName.
  QObject* find(const char* name) const { return window() ? findIn(window()->contentItem(), QLatin1String(name)) : nullptr; }
  static QObject* findIn(QQuickItem* item, QLatin1String name) {
    if (item == nullptr || !item->isVisible()) return nullptr;
    if (item->objectName() == name) return item;
    const auto children = item->childItems();
    for (QQuickItem* child : children)
      if (QObject* found = findIn(child, name)) return found;
    return nullptr;
  }
  void shoot(const QString& name) {
    settle(600);
    if (window() == nullptr) return;
    const QString path = QDir(m_dir).filePath(
        QStringLiteral("coordinator-%1-%2.png").arg(name, AppController::instance()->language()));
    if (!window()->grabWindow().save(path)) problem("cannot write a screenshot");
  }
  // Waits for a model-like object's `loading` to settle.
  static void waitIdle(QObject* object, const char* property = "loading") {
    settle(200);
    if (object) waitFor([&] { return !object->property(property).toBool(); });
    settle(300);
  }

private:
  QQmlApplicationEngine& m_engine;
  QString m_dir;
};

}  // namespace

int runCoordinatorScreenshots(QGuiApplication& /*app*/, const QString& screenshotDir, const QString& serverBinary) {
  qInstallMessageHandler(handler);
  QDir().mkpath(screenshotDir);
  DemoServer server;
  if (!server.start(serverBinary)) {
    problem("amparo-server did not start");
    return 2;
  }

  // The monitor's tablets push a seeded set; two of them edit one visit
  // offline for a conflict.
  std::vector<QString> alerts;
  MonitorDevice monitor;
  if (!monitor.enroll(server)) {
    problem("the monitor could not sign in");
    return 2;
  }
  if (!monitor.sync()) {
    problem("the monitor could not pull the sites");
    return 2;
  }
  const auto records = seed(officeSites(monitor.store, QStringLiteral("TAP")), alerts);
  if (!monitor.store.saveAll(records, LocalStore::Waiting) || !monitor.sync()) {
    problem("the seeded records could not be pushed");
    return 2;
  }
  MonitorDevice second;
  QString conflictId;
  if (second.enroll(server) && second.sync()) {
    const QString id = QString::fromStdString(records.front().id());
    auto mine = sync::nextRevision(*monitor.store.load(id));
    mine.mutable_visit()->set_partner_organisation("Médicos del Mundo");
    mine.mutable_visit()->set_people_interviewed(9);
    sync::seal(mine);
    auto theirs = sync::nextRevision(*second.store.load(id));
    theirs.mutable_visit()->set_partner_organisation("Hospitalidad y Solidaridad");
    theirs.mutable_visit()->set_narrative("Acceso por la puerta lateral; entrevista en el patio.");
    sync::seal(theirs);
    if (monitor.store.save(mine, LocalStore::Waiting) && second.store.save(theirs, LocalStore::Waiting) &&
        monitor.sync() && second.sync())
      conflictId = id;
  }

  // The app signs in as the demo coordinator.
  QTemporaryDir data;
  auto* controller = AppController::instance();
  controller->setKdfParams(KdfParams::minimal());
  if (!controller->openStore(data.path()) ||
      !controller->setUp(QStringLiteral("es"), QStringLiteral("TAP"), QStringLiteral("screenshots passphrase"),
                         QStringLiteral("screenshots passphrase"))) {
    problem("cannot set up the app's store");
    return 2;
  }
  bool enrolled = false;
  bool enrolledDone = false;
  QObject::connect(controller->sync(), &SyncClient::enrollFinished, controller, [&](bool ok) {
    enrolled = ok;
    enrolledDone = true;
  });
  controller->sync()->enroll(server.url, QStringLiteral("demo-coordinator"), QStringLiteral("amparo-coordinator"),
                             QStringLiteral("Laptop"), server.fingerprint);
  if (!waitFor([&] { return enrolledDone; }) || !enrolled || !MonitorDevice::syncClient(*controller->sync())) {
    problem("the coordinator could not sign in");
    return 2;
  }

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  Shots shots(engine, screenshotDir);
  if (shots.window() == nullptr) {
    problem("Main.qml did not load");
    return 1;
  }
  shots.window()->resize(1440, 900);  // a laptop; master–detail
  for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
    controller->setLanguage(language);
    settle(500);
    QObject* home = shots.find("coordinatorHomePage");
    if (home) QMetaObject::invokeMethod(home, "showTab", Q_ARG(QVariant, 0));
    settle();
    QObject* log = shots.find("visitLogPage");
    if (home == nullptr || log == nullptr) {
      std::fprintf(stderr, "role %s, home %p, log %p\n", qPrintable(controller->sync()->role()),
                   static_cast<void*>(home), static_cast<void*>(log));
      problem("the coordinator workspace did not open");
      return 1;
    }
    QMetaObject::invokeMethod(home, "showTab", Q_ARG(QVariant, 0));
    Shots::waitIdle(log->property("log").value<QObject*>());
    if (!alerts.empty()) QMetaObject::invokeMethod(log, "open", Q_ARG(QVariant, alerts.front()));
    Shots::waitIdle(shots.find("recordDetailPage") ? shots.find("recordDetailPage")->property("detail").value<QObject*>()
                                                   : nullptr);
    shots.shoot(QStringLiteral("visit-log"));

    // Three rows chosen, reviewed at once.
    if (auto* model = log->property("log").value<QObject*>()) {
      for (int row = 1; row <= 3; ++row) QMetaObject::invokeMethod(model, "setSelected", Q_ARG(int, row), Q_ARG(bool, true));
      settle();
      if (QObject* button = shots.find("reviewSelected")) QMetaObject::invokeMethod(button, "clicked");
      shots.shoot(QStringLiteral("review"));
      // A Popup is not in the item tree: found as the page's QObject child.
      if (auto* dialog = log->findChild<QObject*>(QStringLiteral("reviewDialog"))) QMetaObject::invokeMethod(dialog, "close");
      QMetaObject::invokeMethod(model, "clearSelection");
    }

    // A record on its own page (tablet layout), personal data hidden.
    shots.window()->resize(1280, 800);
    settle();
    const QVariantMap properties{{QStringLiteral("recordId"), alerts.empty() ? QString() : alerts.back()}};
    QVariant opened;
    QMetaObject::invokeMethod(shots.window(), "openPage", Q_RETURN_ARG(QVariant, opened),
                              Q_ARG(QVariant, QStringLiteral("RecordDetailPage.qml")), Q_ARG(QVariant, properties));
    settle();
    QObject* pages = opened.value<QObject*>();
    Shots::waitIdle(pages ? pages->property("detail").value<QObject*>() : nullptr);
    Shots::waitIdle(pages ? pages->property("detail").value<QObject*>() : nullptr, "linkedLoading");
    shots.shoot(QStringLiteral("record-detail"));
    QMetaObject::invokeMethod(shots.window(), "back");
    shots.window()->resize(1440, 900);

    // The dashboard.
    QMetaObject::invokeMethod(home, "showTab", Q_ARG(QVariant, 1));
    QObject* dashboard = shots.find("dashboardPage");
    Shots::waitIdle(dashboard ? dashboard->property("stats").value<QObject*>() : nullptr);
    shots.shoot(QStringLiteral("dashboard"));
    if (dashboard) {
      QMetaObject::invokeMethod(dashboard, "scrollToFraction", Q_ARG(QVariant, 0.45));
      shots.shoot(QStringLiteral("dashboard-people"));
      QMetaObject::invokeMethod(dashboard, "scrollToFraction", Q_ARG(QVariant, 0.8));
      shots.shoot(QStringLiteral("dashboard-detention"));
      QMetaObject::invokeMethod(dashboard, "scrollToFraction", Q_ARG(QVariant, 0.0));
    }

    // The conflicts queue with one opened side by side.
    QMetaObject::invokeMethod(home, "showTab", Q_ARG(QVariant, 2));
    if (QObject* queue = shots.find("conflictQueuePage")) {
      Shots::waitIdle(queue->property("log").value<QObject*>());
      if (!conflictId.isEmpty()) QMetaObject::invokeMethod(queue, "open", Q_ARG(QVariant, conflictId));
      settle(300);
      if (QObject* compare = shots.find("conflictComparePage")) {
        Shots::waitIdle(compare->property("detail").value<QObject*>());
        // One field taken from the other side: the merge button says so.
        QMetaObject::invokeMethod(compare, "chooseRight", Q_ARG(QVariant, QStringLiteral("people_interviewed")),
                                  Q_ARG(QVariant, true));
      }
    }
    shots.shoot(QStringLiteral("conflict"));

    // A tablet held upright: the log alone, filters unfolded.
    shots.window()->resize(800, 1280);
    QMetaObject::invokeMethod(home, "showTab", Q_ARG(QVariant, 0));
    settle();
    QMetaObject::invokeMethod(log, "showFilters", Q_ARG(QVariant, true));
    shots.shoot(QStringLiteral("visit-log-portrait"));
    QMetaObject::invokeMethod(log, "showFilters", Q_ARG(QVariant, false));
    shots.window()->resize(1440, 900);
  }

  engine.clearComponentCache();
  qInstallMessageHandler(nullptr);
  std::fprintf(stderr, "coordinator screenshots: %d problem(s)\n", g_problems);
  return g_problems == 0 ? 0 : 1;
}

}  // namespace amparo::mobile
