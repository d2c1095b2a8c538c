// amparo: the field app. Thin: everything lives in the Amparo.* modules.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

#include "app_controller.hpp"
#include "self_test.hpp"

Q_IMPORT_QML_PLUGIN(AmparoCorePlugin)
Q_IMPORT_QML_PLUGIN(AmparoControlsPlugin)
Q_IMPORT_QML_PLUGIN(AmparoAppPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setOrganizationName(QStringLiteral("Amparo"));
  QGuiApplication::setApplicationName(QStringLiteral("amparo"));
  QQuickStyle::setStyle(QStringLiteral("Material"));

  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                    QStringLiteral("Load every page; exit non-zero on any QML warning or error."));
  const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                       QStringLiteral("With --self-test: save each screen as PNG into <dir>."),
                                       QStringLiteral("dir"));
  const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the encrypted store lives."),
                                   QStringLiteral("dir"));
  parser.addOptions({selfTest, screenshots, dataDir});
  parser.process(app);

  if (parser.isSet(selfTest)) return amparo::mobile::runSelfTest(app, parser.value(screenshots));

  QString directory = parser.value(dataDir);
  if (directory.isEmpty()) directory = qEnvironmentVariable("AMPARO_DATA_DIR");
  if (directory.isEmpty()) directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  auto* controller = amparo::mobile::AppController::instance();
  if (!controller->openStore(directory)) {
    qCritical("Cannot open the local store");
    return 1;
  }

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  if (engine.rootObjects().isEmpty()) return 1;
  return QGuiApplication::exec();
}
