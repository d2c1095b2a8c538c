// AppControllerTest: first run, unlock, idle auto-lock and locking when the
// app goes to the background. One controller per process, so one ordered walk.
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app_controller.hpp"
#include "test_support.hpp"
#include "visit_editor.hpp"

using namespace amparo::mobile;
using namespace std::chrono_literals;

class AppControllerTest : public QObject {
  Q_OBJECT

private slots:
  void firstRunUnlockAndLock();

private:
  QTemporaryDir m_dir;
};

void AppControllerTest::firstRunUnlockAndLock() {
  AppController* app = AppController::instance();
  app->setKdfParams(KdfParams::minimal());
  QVERIFY(app->openStore(m_dir.path()));
  QVERIFY(app->isFirstRun());
  QCOMPARE(app->language(), QStringLiteral("es"));  // Spanish by default

  // First run checks the passphrase twice and needs an office.
  QVERIFY(!app->setUp(QStringLiteral("en"), QStringLiteral("TAP"), QStringLiteral("short"), QStringLiteral("short")));
  QVERIFY(!app->setUp(QStringLiteral("en"), QStringLiteral("TAP"), QStringLiteral("long enough 1"),
                      QStringLiteral("long enough 2")));
  QVERIFY(!app->lastError().isEmpty());
  QVERIFY(!app->setUp(QStringLiteral("en"), QStringLiteral("XXX"), QStringLiteral("long enough 1"),
                      QStringLiteral("long enough 1")));
  QVERIFY(app->setUp(QStringLiteral("en"), QStringLiteral("TAP"), QStringLiteral("long enough 1"),
                     QStringLiteral("long enough 1")));
  QVERIFY(!app->isFirstRun());
  QVERIFY(app->isUnlocked());
  QCOMPARE(app->language(), QStringLiteral("en"));
  QCOMPARE(app->officeCode(), QStringLiteral("TAP"));
  QVERIFY(app->countries().size() > 200);

  // Wrong passphrase: a clear error and nothing open.
  app->lock();
  QVERIFY(!app->unlock(QStringLiteral("long enough 2")));
  QCOMPARE(app->lastError(), QStringLiteral("Wrong passphrase"));
  QVERIFY(!app->isUnlocked());
  QVERIFY(app->unlock(QStringLiteral("long enough 1")));

  // Idle: locks by itself, saving the open draft first.
  VisitEditor editor;
  editor.setStore(app->store());
  editor.setAutosaveInterval(60000);
  editor.newRecord();
  editor.setValue(QStringLiteral("visit.narrative"), QStringLiteral("borrador"));
  app->setIdleLockInterval(100ms);
  QTRY_VERIFY_WITH_TIMEOUT(!app->isUnlocked(), 3000);
  QVERIFY(!editor.isDirty());

  // Input resets the idle timer.
  QVERIFY(app->unlock(QStringLiteral("long enough 1")));
  app->setIdleLockInterval(400ms);
  for (int i = 0; i < 6; ++i) {
    QTest::qWait(100);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    QCoreApplication::sendEvent(qApp, &press);
  }
  QVERIFY(app->isUnlocked());
  QTRY_VERIFY_WITH_TIMEOUT(!app->isUnlocked(), 3000);

  // Sent to the background: locks at once.
  QVERIFY(app->unlock(QStringLiteral("long enough 1")));
  app->setIdleLockInterval(0ms);
  QMetaObject::invokeMethod(qApp, "applicationStateChanged", Q_ARG(Qt::ApplicationState, Qt::ApplicationInactive));
  QVERIFY(app->isUnlocked());  // a passing focus loss is not the background
  QMetaObject::invokeMethod(qApp, "applicationStateChanged", Q_ARG(Qt::ApplicationState, Qt::ApplicationSuspended));
  QVERIFY(!app->isUnlocked());

  // Changing the passphrase keeps the data readable with the new one only.
  QVERIFY(app->unlock(QStringLiteral("long enough 1")));
  QVERIFY(!app->changePassphrase(QStringLiteral("wrong one!"), QStringLiteral("brand new 22"), QStringLiteral("brand new 22")));
  QVERIFY(app->changePassphrase(QStringLiteral("long enough 1"), QStringLiteral("brand new 22"), QStringLiteral("brand new 22")));
  app->lock();
  QVERIFY(!app->unlock(QStringLiteral("long enough 1")));
  QVERIFY(app->unlock(QStringLiteral("brand new 22")));
  QCOMPARE(app->store()->load(editor.recordId())->visit().narrative(), std::string("borrador"));
}

QTEST_MAIN(AppControllerTest)
#include "app_controller_test.moc"
