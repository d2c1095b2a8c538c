// Qt Quick tests of the forms (qml/tst_*.qml), run against the real modules
// and a throw-away store that is set up and unlocked, in English.
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include "app_controller.hpp"

Q_IMPORT_QML_PLUGIN(AmparoCorePlugin)
Q_IMPORT_QML_PLUGIN(AmparoControlsPlugin)
Q_IMPORT_QML_PLUGIN(AmparoAppPlugin)

class Setup : public QObject {
  Q_OBJECT

public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    auto* controller = amparo::mobile::AppController::instance();
    controller->setKdfParams(amparo::mobile::KdfParams::minimal());
    if (!m_dir.isValid() || !controller->openStore(m_dir.path()) ||
        !controller->setUp(QStringLiteral("en"), QStringLiteral("TAP"), QStringLiteral("quick test passphrase"),
                           QStringLiteral("quick test passphrase")))
      qFatal("cannot set up the test store");
  }

  void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

private:
  QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(amparo_quick_tests, Setup)

#include "quick_test_main.moc"
