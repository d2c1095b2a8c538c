// amparo_app_bench: the field app's figures (issue 4, "Benchmark"), desktop
// build. Prints figures and ratios to target; never asserts a timing.
//
//   cold start → unlock screen   the real `amparo` binary, spawned with
//                                QT_QPA_PLATFORM=offscreen and --report-ready,
//                                on a data dir that already has a passphrase
//   unlock → home                Main.qml in this process, AppController::unlock
//                                (Argon2id, interactive limits) to the first
//                                frame showing the home page, 10,000 visits stored
//   save of a screening          seal + LocalStore::save of a new screening,
//                                10,000 records already stored, p50 / p99
//   open a list of 10,000        RecordListModel: construct, setStore, reload
//                                until the first page (100 rows) is there
//
// Run: build/bin/amparo_app_bench [--saves N] [--starts N] [--keep <dir>]
// Targets (issue 4): cold start < 1 s, unlock < 1 s, save p99 < 20 ms,
// list < 200 ms. A ratio below 1 meets the target.
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtQml/QQmlExtensionPlugin>

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "app_controller.hpp"
#include "local_store.hpp"
#include "record_list_model.hpp"

Q_IMPORT_QML_PLUGIN(AmparoCorePlugin)
Q_IMPORT_QML_PLUGIN(AmparoControlsPlugin)
Q_IMPORT_QML_PLUGIN(AmparoAppPlugin)

using namespace amparo;
using namespace amparo::mobile;
using google::protobuf::util::TimeUtil;

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";
constexpr int kStored = 10000;
const QString kSigloXxi = QStringLiteral("01900000-0000-7000-8000-000000000001");
const QString kBelen = QStringLiteral("01900000-0000-7000-8000-000000000005");

constexpr double kColdStartTargetMs = 1000;
constexpr double kUnlockTargetMs = 1000;
constexpr double kSaveP99TargetMs = 20;
constexpr double kListTargetMs = 200;

struct Stats {
  int n = 0;
  double min = 0, p50 = 0, p99 = 0, max = 0;
};

Stats summarize(std::vector<double> values) {
  Stats s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  const auto at = [&](double q) {
    const auto i = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
  };
  s.n = static_cast<int>(values.size());
  s.min = values.front();
  s.p50 = at(0.50);
  s.p99 = at(0.99);
  s.max = values.back();
  return s;
}

void line(const char* what, double ms, double targetMs) {
  std::printf("  %-46s %9.2f ms   target < %5.0f ms   ratio %.3f  %s\n", what, ms, targetMs, ms / targetMs,
              ms < targetMs ? "ok" : "OVER");
}

void info(const char* what, double ms) { std::printf("  %-46s %9.2f ms\n", what, ms); }

void distribution(const char* what, const Stats& s) {
  std::printf("  %-46s n=%d  min %.2f  p50 %.2f  p99 %.2f  max %.2f ms\n", what, s.n, s.min, s.p50, s.p99, s.max);
}

void fillEnvelope(domain::RecordEnvelope& envelope, domain::RecordKind kind, qint64 atMs) {
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(kind);
  envelope.set_author("unenrolled");
  envelope.set_device_id("tab-bench");
  envelope.set_office_code("TAP");
  *envelope.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  *envelope.mutable_modified_at() = envelope.created_at();
}

domain::RecordEnvelope visit(const QString& siteId, qint64 atMs, int visitType) {
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, domain::RecordKind::RECORD_KIND_VISIT, atMs);
  auto* v = envelope.mutable_visit();
  v->set_visit_type(static_cast<records::v1::VisitType>(visitType));
  v->set_site_id(siteId.toStdString());
  *v->mutable_started_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  v->set_access(records::v1::ACCESS_OBTAINED_YES);
  if (visitType == records::v1::VISIT_TYPE_DETENTION) v->mutable_detention();
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

// An anonymous screening as a monitor fills it in: consent, respondent,
// household, flight reasons, needs. Not sealed.
domain::RecordEnvelope screening(const std::string& visitId, qint64 atMs) {
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, domain::RecordKind::RECORD_KIND_SCREENING, atMs);
  auto* s = envelope.mutable_screening();
  s->set_visit_id(visitId);
  s->set_mode(records::v1::SCREENING_MODE_ANONYMOUS);
  auto* consent = s->add_consents();
  consent->set_purpose(records::v1::CONSENT_PURPOSE_INTERVIEW);
  consent->set_given(true);
  *consent->mutable_recorded_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  consent->set_id(sync::newRecordId());
  *s->mutable_interviewed_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  auto* respondent = s->mutable_respondent();
  respondent->set_age_years(34);
  respondent->set_nationality("HND");
  respondent->add_languages("spa");
  auto* household = s->mutable_household();
  household->set_adults(2);
  household->set_children(3);
  household->set_children_under_5(1);
  s->set_date_left("2026-10-02");
  s->add_flight_reasons(records::v1::FLIGHT_REASON_THREATS);
  s->add_flight_reasons(records::v1::FLIGHT_REASON_GENERAL_VIOLENCE);
  s->add_main_needs("Albergue para la familia y atención médica para la menor de 4 años");
  s->set_follow_up_needed(true);
  envelope.set_data_class(domain::defaultDataClass(envelope));
  return envelope;
}

QString storeFile(const QString& dir) { return QDir(dir).filePath(QStringLiteral("amparo.sqlite")); }

// A data dir as first run leaves it (language, office, passphrase with the
// real Argon2id cost), plus `visits` visits, newest now, one a minute back.
bool makeDataDir(const QString& dir, int visits, QString* newestVisitId) {
  LocalStore store;
  if (!store.open(storeFile(dir))) return false;
  store.setSetting(QStringLiteral("language"), QStringLiteral("es"));
  store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
  store.setSetting(QStringLiteral("device_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
  store.setSetting(QStringLiteral("author"), QStringLiteral("unenrolled"));
  if (!store.initialize(kPassphrase, KdfParams::interactive())) return false;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::vector<domain::RecordEnvelope> batch;
  for (int i = 0; i < visits; ++i) {
    batch.push_back(visit(i % 4 == 0 ? kBelen : kSigloXxi, now - qint64(i) * 60000, i % 4 == 0 ? 2 : 3));
    if (i == 0 && newestVisitId) *newestVisitId = QString::fromStdString(batch.back().id());
    if (batch.size() == 1000 || i == visits - 1) {
      if (!store.saveAll(batch, LocalStore::Waiting)) return false;
      batch.clear();
    }
  }
  store.close();
  return true;
}

bool showsPage(QQuickItem* item, const QString& name) {
  if (item == nullptr || !item->isVisible()) return false;
  if (item->objectName() == name) return true;
  const auto children = item->childItems();
  return std::any_of(children.begin(), children.end(), [&](QQuickItem* child) { return showsPage(child, name); });
}

// Spins the event loop until a frame showing the page (and, when given, no
// longer showing `gone`: the page transition has ended) has been swapped.
bool waitForFrameShowing(QQuickWindow* window, const QString& name, int timeoutMs, const QString& gone = {}) {
  QEventLoop loop;
  bool seen = false;
  const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
    if (!showsPage(window->contentItem(), name)) return;
    if (!gone.isEmpty() && showsPage(window->contentItem(), gone)) {
      window->update();  // keep frames coming until the transition is over
      return;
    }
    seen = true;
    loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  window->requestUpdate();
  loop.exec();
  QObject::disconnect(connection);
  return seen;
}

// --- Cold start: the real binary -----------------------------------------

struct StartRun {
  double wallMs = -1;  // spawn → "amparo-ready" line read
  double appMs = -1;   // what the app reports: main() → first frame
  QString page;
};

StartRun spawnOnce(const QString& binary, const QString& dataDir) {
  StartRun run;
  QProcess app;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  if (!env.contains(QStringLiteral("QT_QUICK_BACKEND")))
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
  env.insert(QStringLiteral("AMPARO_POSITION_SOURCE"), QStringLiteral("none"));
  app.setProcessEnvironment(env);
  app.setProcessChannelMode(QProcess::SeparateChannels);
  QElapsedTimer timer;
  timer.start();
  app.start(binary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--report-ready")});
  QByteArray out;
  while (timer.elapsed() < 20000 && app.state() != QProcess::NotRunning) {
    if (!app.waitForReadyRead(100)) continue;
    out += app.readAllStandardOutput();
    const qsizetype at = out.indexOf("amparo-ready ");
    if (at < 0 || out.indexOf('\n', at) < 0) continue;
    run.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> parts = out.mid(at).split('\n').first().split(' ');
    if (parts.size() >= 3) {
      run.page = QString::fromUtf8(parts[1]);
      run.appMs = parts[2].toDouble();
    }
    break;
  }
  if (run.wallMs < 0)
    std::fprintf(stderr, "amparo did not report ready: %s\n", app.readAllStandardError().constData());
  app.kill();
  app.waitForFinished(5000);
  return run;
}

void benchColdStart(const QString& binary, const QString& dataDir, int starts, const char* label) {
  std::vector<double> wall, inApp;
  StartRun first;
  QString page;
  for (int i = 0; i < starts; ++i) {
    const StartRun run = spawnOnce(binary, dataDir);
    if (run.wallMs < 0) return;
    if (i == 0) first = run;
    wall.push_back(run.wallMs);
    inApp.push_back(run.appMs);
    page = run.page;
  }
  const Stats w = summarize(wall);
  std::printf("cold start → %s (%s; %d starts)\n", qPrintable(page), label, starts);
  info("first start, spawn → first frame", first.wallMs);
  distribution("spawn → first frame", w);
  distribution("main() → first frame (app's own clock)", summarize(inApp));
  line("cold start p50", w.p50, kColdStartTargetMs);
  line("cold start max", w.max, kColdStartTargetMs);
}

// --- Unlock to home: Main.qml in this process --------------------------------

void benchUnlock(const QString& dataDir, int unlocks) {
  auto* controller = AppController::instance();
  if (!controller->openStore(dataDir)) {
    std::fprintf(stderr, "cannot open the store for the unlock bench\n");
    return;
  }
  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  if (window == nullptr || !waitForFrameShowing(window, QStringLiteral("unlockPage"), 20000)) {
    std::fprintf(stderr, "Main.qml did not show the unlock page\n");
    return;
  }
  std::vector<double> total, kdf;
  for (int i = 0; i < unlocks; ++i) {
    QElapsedTimer timer;
    timer.start();
    if (!controller->unlock(QString::fromLatin1(kPassphrase))) {
      std::fprintf(stderr, "unlock failed: %s\n", qPrintable(controller->lastError()));
      return;
    }
    const double unlockedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!waitForFrameShowing(window, QStringLiteral("homePage"), 20000)) {
      std::fprintf(stderr, "the home page did not show\n");
      return;
    }
    total.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    kdf.push_back(unlockedMs);
    // Let the home page settle (its lists load on a coalescing timer), then
    // lock and wait until the unlock page alone is on screen.
    if (!waitForFrameShowing(window, QStringLiteral("homePage"), 20000, QStringLiteral("unlockPage"))) {
      std::fprintf(stderr, "the home page did not settle\n");
      return;
    }
    controller->lock();
    if (!waitForFrameShowing(window, QStringLiteral("unlockPage"), 20000, QStringLiteral("homePage"))) {
      std::fprintf(stderr, "locking did not show the unlock page\n");
      return;
    }
  }
  const Stats t = summarize(total);
  std::printf("unlock → home (Argon2id interactive, %d visits stored; %d unlocks)\n", kStored, unlocks);
  info("first unlock → first frame of home", total.front());
  distribution("AppController::unlock (key derivation)", summarize(kdf));
  distribution("unlock → first frame of home", t);
  line("unlock → home p50", t.p50, kUnlockTargetMs);
  line("unlock → home max", t.max, kUnlockTargetMs);
}

// --- Store: list and save -----------------------------------------------------

void benchList(LocalStore& store) {
  std::vector<double> open, search;
  double firstMs = -1;
  int rows = 0, total = 0;
  for (int i = 0; i < 21; ++i) {
    QElapsedTimer timer;
    timer.start();
    RecordListModel model;  // visits, newest first, pages of 100
    model.setStore(&store);
    model.reload();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    rows = model.rowCount();
    total = model.totalCount();
    if (i == 0) firstMs = ms;
    else open.push_back(ms);

    RecordListModel filtered;
    filtered.setStore(&store);
    filtered.setSearch(QStringLiteral("Belén"));
    timer.restart();
    filtered.reload();
    search.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  const Stats o = summarize(open);
  std::printf("open a list of %d visits (RecordListModel: first page of %d rows)\n", total, rows);
  info("first open after the store opened", firstMs);
  distribution("open again", o);
  distribution("open with a site search (\"Belén\")", summarize(search));
  line("list open, first", firstMs, kListTargetMs);
  line("list open p50", o.p50, kListTargetMs);
}

void benchSave(LocalStore& store, const QString& visitId, int saves) {
  std::vector<double> sealAndSave, saveOnly;
  const qint64 base = QDateTime::currentMSecsSinceEpoch();
  for (int i = 0; i < saves; ++i) {
    domain::RecordEnvelope envelope = screening(visitId.toStdString(), base + i);
    QElapsedTimer timer;
    timer.start();
    sync::seal(envelope);
    const qint64 sealed = timer.nsecsElapsed();
    if (!store.save(envelope, LocalStore::Waiting)) {
      std::fprintf(stderr, "save failed: %s\n", qPrintable(store.errorString()));
      return;
    }
    const qint64 done = timer.nsecsElapsed();
    sealAndSave.push_back(static_cast<double>(done) / 1e6);
    saveOnly.push_back(static_cast<double>(done - sealed) / 1e6);
  }
  const Stats all = summarize(sealAndSave);
  std::printf("save a new screening (%d visits stored first; WAL, synchronous=FULL; %d saves)\n", kStored, saves);
  distribution("LocalStore::save", summarize(saveOnly));
  distribution("seal + LocalStore::save", all);
  line("save p50", all.p50, kSaveP99TargetMs);
  line("save p99", all.p99, kSaveP99TargetMs);
}

}  // namespace

int main(int argc, char* argv[]) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")) qputenv("QT_QUICK_BACKEND", "software");
  if (qEnvironmentVariableIsEmpty("AMPARO_POSITION_SOURCE")) qputenv("AMPARO_POSITION_SOURCE", "none");
  QGuiApplication app(argc, argv);
  QGuiApplication::setOrganizationName(QStringLiteral("Amparo"));
  QGuiApplication::setApplicationName(QStringLiteral("amparo_app_bench"));
  QQuickStyle::setStyle(QStringLiteral("Material"));

  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Screenings to save (500)."),
                                       QStringLiteral("n"), QStringLiteral("500"));
  const QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("Cold starts of amparo (8)."),
                                        QStringLiteral("n"), QStringLiteral("8"));
  const QCommandLineOption unlocksOption(QStringLiteral("unlocks"), QStringLiteral("Unlock → home rounds (5)."),
                                         QStringLiteral("n"), QStringLiteral("5"));
  const QCommandLineOption binaryOption(QStringLiteral("amparo"), QStringLiteral("The amparo binary to spawn."),
                                        QStringLiteral("path"), QStringLiteral(AMPARO_APP_BINARY));
  parser.addOptions({savesOption, startsOption, unlocksOption, binaryOption});
  parser.process(app);
  const int saves = std::max(1, parser.value(savesOption).toInt());
  const int starts = std::max(1, parser.value(startsOption).toInt());
  const int unlocks = std::max(1, parser.value(unlocksOption).toInt());

  if (!KeyVault::initSodium()) return 1;
  QTemporaryDir fresh, stored;
  if (!fresh.isValid() || !stored.isValid()) return 1;
  std::printf("amparo_app_bench — desktop build, QT_QPA_PLATFORM=%s, QT_QUICK_BACKEND=%s\n",
              qgetenv("QT_QPA_PLATFORM").constData(), qgetenv("QT_QUICK_BACKEND").constData());

  QElapsedTimer setup;
  setup.start();
  QString newestVisit;
  if (!makeDataDir(fresh.path(), 0, nullptr) || !makeDataDir(stored.path(), kStored, &newestVisit)) {
    std::fprintf(stderr, "cannot make the data dirs\n");
    return 1;
  }
  std::printf("setup: two data dirs with a passphrase, one with %d visits (%.1f s)\n\n", kStored,
              static_cast<double>(setup.elapsed()) / 1000.0);

  const QString binary = parser.value(binaryOption);
  benchColdStart(binary, fresh.path(), starts, "fresh data dir, passphrase set");
  benchColdStart(binary, stored.path(), starts, "10,000 visits stored");
  std::printf("\n");

  {
    LocalStore store;
    if (!store.open(storeFile(stored.path())) || !store.unlock(kPassphrase)) {
      std::fprintf(stderr, "cannot unlock the bench store\n");
      return 1;
    }
    benchList(store);
    std::printf("\n");
    benchSave(store, newestVisit, saves);
    std::printf("\n");
    std::printf("integrity after the saves: %s\n\n", store.checkIntegrity() ? "ok" : "FAILED");
  }

  benchUnlock(stored.path(), unlocks);
  return 0;
}
