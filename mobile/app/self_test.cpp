#include "self_test.hpp"

#include <QDeadlineTimer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <google/protobuf/util/time_util.h>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "app_controller.hpp"
#include "site_catalog.hpp"

namespace amparo::mobile {
namespace {

int g_problems = 0;
QtMessageHandler g_previous = nullptr;

// Every warning counts (QML type conversions arrive without a .qml file or
// category), except the platform's notes about the headless environment.
bool counts(const QMessageLogContext& context, const QString& message) {
  const QLatin1String category(context.category ? context.category : "");
  return !category.startsWith(QLatin1String("qt.qpa")) && !message.startsWith(QLatin1String("QStandardPaths:"));
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const bool problem = type == QtCriticalMsg || type == QtFatalMsg || (type == QtWarningMsg && counts(context, message));
  if (problem) ++g_problems;
  std::fprintf(stderr, "%s%s\n", problem ? "SELF-TEST PROBLEM: " : "", qPrintable(message));
}

void settle(int ms = 150) {
  const QDeadlineTimer deadline(ms);
  while (!deadline.hasExpired()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
}

class Run {
public:
  Run(QQmlApplicationEngine& engine, QString screenshotDir)
      : m_engine(engine), m_screenshotDir(std::move(screenshotDir)) {}

  QQuickWindow* window() const {
    return m_engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
  }

  void shoot(const QString& name) {
    settle();
    if (m_screenshotDir.isEmpty() || window() == nullptr) return;
    const QString path = QDir(m_screenshotDir).filePath(
        QStringLiteral("%1-%2.png").arg(name, AppController::instance()->language()));
    if (!window()->grabWindow().save(path)) {
      std::fprintf(stderr, "SELF-TEST PROBLEM: cannot write %s\n", qPrintable(path));
      ++g_problems;
    }
  }

  QObject* openPage(const QString& file, const QVariantMap& properties = {}) {
    QVariant page;
    QMetaObject::invokeMethod(window(), "openPage", Q_RETURN_ARG(QVariant, page), Q_ARG(QVariant, file),
                              Q_ARG(QVariant, properties));
    auto* object = page.value<QObject*>();
    if (object == nullptr) {
      std::fprintf(stderr, "SELF-TEST PROBLEM: page %s did not load\n", qPrintable(file));
      ++g_problems;
    }
    settle();
    return object;
  }

  void openDialog(QObject* page, const char* name, const QString& shot) {
    auto* dialog = page ? page->findChild<QObject*>(QLatin1String(name)) : nullptr;
    if (dialog == nullptr) {
      std::fprintf(stderr, "SELF-TEST PROBLEM: dialog %s not found\n", name);
      ++g_problems;
      return;
    }
    QMetaObject::invokeMethod(dialog, "open");
    shoot(shot);
    QMetaObject::invokeMethod(dialog, "close");
    settle();
  }

  // Referral, follow-up and incident of a screening.
  void caseWork(const QString& screeningId) {
    const QVariantMap fromCase{{QStringLiteral("screeningId"), screeningId}};
    if (QObject* page = openPage(QStringLiteral("ReferralFormPage.qml"), fromCase)) {
      if (auto* editor = page->property("editor").value<QObject*>()) {
        editor->setProperty("agencyCode", QStringLiteral("PARTNER_LEGAL"));
        QMetaObject::invokeMethod(editor, "setValue", Q_ARG(QString, QStringLiteral("referral.urgency")), Q_ARG(QVariant, 2));
      }
      shoot(QStringLiteral("referral-form"));
    }
    if (QObject* page = openPage(QStringLiteral("FollowUpFormPage.qml"), fromCase)) {
      if (auto* editor = page->property("editor").value<QObject*>()) {
        editor->setProperty("caseStatus", 3);  // closed: asks for a reason
        bool finalized = false;
        QMetaObject::invokeMethod(editor, "finalize", Q_RETURN_ARG(bool, finalized));
      }
      shoot(QStringLiteral("follow-up-form"));
    }
    if (QObject* page = openPage(QStringLiteral("IncidentFormPage.qml"), fromCase)) {
      if (auto* editor = page->property("editor").value<QObject*>())
        editor->setProperty("incidentType", 6);  // sexual violence: code only
      shoot(QStringLiteral("incident-form"));
    }
  }

  void popAll() {
    // Going home through the state machine: lock and unlock.
    AppController::instance()->lock();
    settle();
    shoot(QStringLiteral("unlock"));
    AppController::instance()->unlock(QStringLiteral("self-test passphrase"));
    settle();
  }

  void everyPage() {
    shoot(QStringLiteral("home"));
    QObject* visit = openPage(QStringLiteral("VisitFormPage.qml"));
    if (visit) {
      auto* editor = visit->property("editor").value<QObject*>();
      if (editor) {
        editor->setProperty("visitType", 3);
        editor->setProperty("siteId", QStringLiteral("01900000-0000-7000-8000-000000000001"));
        QMetaObject::invokeMethod(editor, "setValue", Q_ARG(QString, QStringLiteral("visit.detention.population.girls")),
                                  Q_ARG(QVariant, 2));
        QMetaObject::invokeMethod(editor, "setValue",
                                  Q_ARG(QString, QStringLiteral("visit.information_sessions[0].topics")),
                                  Q_ARG(QVariant, QVariantList({1, 4})));
        bool finalized = false;
        QMetaObject::invokeMethod(editor, "finalize", Q_RETURN_ARG(bool, finalized));
        const QString error = editor->property("lastError").toString();
        if (!error.isEmpty()) {
          std::fprintf(stderr, "SELF-TEST PROBLEM: saving a visit failed: %s\n", qPrintable(error));
          ++g_problems;
        }
      }
      shoot(QStringLiteral("visit-form"));
      settle(1200);  // the replayed track delivers a fix per second
      QMetaObject::invokeMethod(visit, "scrollTo", Q_ARG(QVariant, QStringLiteral("location")));
      shoot(QStringLiteral("visit-form-location"));
      QMetaObject::invokeMethod(visit, "scrollTo", Q_ARG(QVariant, QStringLiteral("module")));
      shoot(QStringLiteral("visit-form-detention"));
      openDialog(visit, "sitePicker", QStringLiteral("site-picker"));
      openDialog(visit, "newSiteDialog", QStringLiteral("new-site"));
    }
    QString screeningId;
    QObject* screening = openPage(QStringLiteral("ScreeningFormPage.qml"),
                                  {{QStringLiteral("visitId"), QStringLiteral("01900000-0000-7000-8000-000000000001")}});
    if (screening) {
      shoot(QStringLiteral("screening-form"));
      if (auto* editor = screening->property("editor").value<QObject*>()) {
        editor->setProperty("mode", 2);  // identified: shows the Person section
        QMetaObject::invokeMethod(editor, "setConsent", Q_ARG(int, 1), Q_ARG(bool, true));
        QMetaObject::invokeMethod(editor, "setAgencyConsent", Q_ARG(int, 3), Q_ARG(QString, QStringLiteral("PARTNER_LEGAL")),
                                  Q_ARG(bool, true));
        editor->setProperty("autosaveInterval", 0);
        const QVariant crossed = QStringList{QStringLiteral("HND"), QStringLiteral("GTM")};
        QMetaObject::invokeMethod(editor, "setValue", Q_ARG(QString, QStringLiteral("screening.journey.countries_crossed")),
                                  Q_ARG(QVariant, crossed));
        bool finalized = false;
        QMetaObject::invokeMethod(editor, "finalize", Q_RETURN_ARG(bool, finalized));
        screeningId = editor->property("recordId").toString();
      }
      shoot(QStringLiteral("screening-identified"));
      openDialog(screening, "needsPicker", QStringLiteral("needs-picker"));
      openDialog(screening, "countryPicker", QStringLiteral("country-picker"));
      QMetaObject::invokeMethod(screening, "scrollTo", Q_ARG(QVariant, QStringLiteral("consents")));
      shoot(QStringLiteral("screening-consents"));
      caseWork(screeningId);
      for (int i = 0; i < 3; ++i) QMetaObject::invokeMethod(window(), "back");
      settle(400);
      QMetaObject::invokeMethod(screening, "scrollTo", Q_ARG(QVariant, QStringLiteral("caseWork")));
      shoot(QStringLiteral("screening-case-work"));
    }
    openPage(QStringLiteral("VisitListPage.qml"));
    shoot(QStringLiteral("visit-list"));
    openPage(QStringLiteral("SettingsPage.qml"));
    shoot(QStringLiteral("settings"));
    openPage(QStringLiteral("SignInPage.qml"));
    shoot(QStringLiteral("sign-in"));
    popAll();
    shoot(QStringLiteral("home-after-unlock"));
  }

private:
  QQmlApplicationEngine& m_engine;
  QString m_screenshotDir;
};

// A few weeks of visits, so lists and screenshots show real use.
bool seedDemoVisits(LocalStore& store) {
  using google::protobuf::util::TimeUtil;
  const auto& sites = SiteCatalog::demoSites();
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::vector<domain::RecordEnvelope> drafts, waiting, synced;
  for (int i = 0; i < 40; ++i) {
    const SiteInfo& site = sites[static_cast<std::size_t>(i * 7) % sites.size()];
    domain::RecordEnvelope envelope;
    envelope.set_id(sync::newRecordId());
    envelope.set_kind(domain::RecordKind::RECORD_KIND_VISIT);
    envelope.set_author(store.setting(QStringLiteral("author")).toStdString());
    envelope.set_device_id(store.setting(QStringLiteral("device_id")).toStdString());
    envelope.set_office_code(site.officeCode.toStdString());
    const qint64 at = now - qint64(i) * 5 * 3600 * 1000 - 600000;
    *envelope.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(at);
    *envelope.mutable_modified_at() = envelope.created_at();
    auto* visit = envelope.mutable_visit();
    // Site types 1-5 map onto visit types border, shelter, detention, urban, field mission.
    visit->set_visit_type(static_cast<records::v1::VisitType>(site.siteType));
    visit->set_site_id(site.id.toStdString());
    *visit->mutable_started_at() = envelope.created_at();
    visit->set_access(records::v1::ACCESS_OBTAINED_YES);
    visit->set_people_interviewed(3 + i % 11);
    if (site.siteType == 3) visit->mutable_detention();
    if (site.siteType == 2) visit->mutable_shelter();
    if (site.siteType == 1) visit->mutable_border();
    envelope.set_data_class(domain::defaultDataClass(envelope));
    sync::seal(envelope);
    (i < 2 ? drafts : i < 6 ? waiting : synced).push_back(envelope);
  }
  // Follow-ups of a few cases, two of them due, so home shows them.
  const QDate today = QDate::currentDate();
  for (int i = 0; i < 3; ++i) {
    domain::RecordEnvelope envelope;
    envelope.set_id(sync::newRecordId());
    envelope.set_kind(domain::RecordKind::RECORD_KIND_FOLLOW_UP);
    envelope.set_author(store.setting(QStringLiteral("author")).toStdString());
    envelope.set_device_id(store.setting(QStringLiteral("device_id")).toStdString());
    envelope.set_office_code("TAP");
    *envelope.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(now - qint64(10 + i) * 24 * 3600 * 1000);
    *envelope.mutable_modified_at() = envelope.created_at();
    auto* followUp = envelope.mutable_follow_up();
    followUp->set_screening_id(sync::newRecordId());
    followUp->set_date(today.addDays(-10 - i).toString(Qt::ISODate).toStdString());
    followUp->set_channel(records::v1::FOLLOW_UP_CHANNEL_CALL);
    followUp->set_case_status(records::v1::CASE_STATUS_IN_FOLLOW_UP);
    followUp->set_next_date(today.addDays(i - 1).toString(Qt::ISODate).toStdString());  // yesterday, today, tomorrow
    envelope.set_data_class(domain::defaultDataClass(envelope));
    sync::seal(envelope);
    synced.push_back(envelope);
  }
  return store.saveAll(drafts, LocalStore::Draft) && store.saveAll(waiting, LocalStore::Waiting) &&
         store.saveAll(synced, LocalStore::Synced);
}

}  // namespace

int runSelfTest(QGuiApplication& /*app*/, const QString& screenshotDir) {
  // A layout loop spins inside the event loop where no timer fires: a plain
  // thread ends the run instead of letting CI hang.
  std::thread([] {
    std::this_thread::sleep_for(std::chrono::seconds(90));
    std::fprintf(stderr, "SELF-TEST PROBLEM: still running after 90 s (a layout or binding loop?)\n");
    std::_Exit(3);
  }).detach();
  g_previous = qInstallMessageHandler(handler);
  QTemporaryDir data;
  if (!data.isValid()) return 2;
  if (!screenshotDir.isEmpty()) QDir().mkpath(screenshotDir);

  // Positions come from a replayed track, never from the machine's services.
  const QString track = data.filePath(QStringLiteral("demo_track.nmea"));
  if (!QFile::copy(QStringLiteral(":/demo/app/demo_track.nmea"), track)) return 2;
  qputenv("AMPARO_POSITION_SOURCE", QByteArray("nmea:") + track.toUtf8());

  auto* controller = AppController::instance();
  controller->setKdfParams(KdfParams::minimal());  // a throw-away store
  if (!controller->openStore(data.path())) return 2;
  controller->setLanguage(QStringLiteral("es"));

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  Run run(engine, screenshotDir);
  if (run.window() == nullptr) {
    std::fprintf(stderr, "SELF-TEST PROBLEM: Main.qml did not load\n");
    return 1;
  }
  run.shoot(QStringLiteral("first-run"));
  controller->setLanguage(QStringLiteral("en"));
  run.shoot(QStringLiteral("first-run"));
  if (!controller->setUp(QStringLiteral("es"), QStringLiteral("TAP"), QStringLiteral("self-test passphrase"),
                         QStringLiteral("self-test passphrase"))) {
    std::fprintf(stderr, "SELF-TEST PROBLEM: set-up failed\n");
    return 1;
  }
  if (!seedDemoVisits(*controller->store())) {
    std::fprintf(stderr, "SELF-TEST PROBLEM: seeding failed: %s\n", qPrintable(controller->store()->errorString()));
    return 1;
  }
  settle();
  run.everyPage();

  controller->setLanguage(QStringLiteral("en"));
  settle();
  run.everyPage();

  // Tablet held upright.
  run.window()->resize(800, 1280);
  settle();
  run.shoot(QStringLiteral("home-portrait"));
  run.openPage(QStringLiteral("VisitFormPage.qml"));
  run.shoot(QStringLiteral("visit-form-portrait"));

  engine.clearComponentCache();
  qInstallMessageHandler(g_previous);
  std::fprintf(stderr, "self-test: %d problem(s)\n", g_problems);
  return g_problems == 0 ? 0 : 1;
}

}  // namespace amparo::mobile
