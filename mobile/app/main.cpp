// amparo: the field app. Thin: everything lives in the Amparo.* modules.
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

#include "app_controller.hpp"
#include "coordinator_shots.hpp"
#include "self_test.hpp"

Q_IMPORT_QML_PLUGIN(AmparoCorePlugin)
Q_IMPORT_QML_PLUGIN(AmparoControlsPlugin)
Q_IMPORT_QML_PLUGIN(AmparoAppPlugin)

namespace {

// The first of the app's top pages that is visible under `item`, or "".
QString visiblePage(QQuickItem* item) {
  if (item == nullptr || !item->isVisible()) return {};
  const QString name = item->objectName();
  if (name == u"firstRunPage" || name == u"unlockPage" || name == u"homePage") return name;
  const auto children = item->childItems();
  for (QQuickItem* child : children) {
    QString found = visiblePage(child);
    if (!found.isEmpty()) return found;
  }
  return {};
}

// --report-ready (bench/app): one line on stdout when the first frame showing
// a page is on screen, "amparo-ready <page objectName> <ms since main>".
void reportWhenReady(QQuickWindow* window, const QElapsedTimer& started) {
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, started, connection] {
    const QString page = visiblePage(window->contentItem());
    if (page.isEmpty()) return;
    QObject::disconnect(*connection);
    std::printf("amparo-ready %s %lld\n", qPrintable(page), static_cast<long long>(started.elapsed()));
    std::fflush(stdout);
  });
}

}  // namespace

int main(int argc, char* argv[]) {
  QElapsedTimer started;
  started.start();
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
  const QCommandLineOption reportReady(QStringLiteral("report-ready"),
                                       QStringLiteral("Print a line on stdout once the first page is shown."));
  const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address to offer at sign-in."),
                                  QStringLiteral("URL"));
  const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                       QStringLiteral("The server certificate's SHA-256 fingerprint to offer at sign-in."),
                                       QStringLiteral("SHA256"));
  const QCommandLineOption coordinatorShots(
      QStringLiteral("coordinator-screenshots"),
      QStringLiteral("Start amparo-server, seed it as a monitor, sign in as the demo coordinator and save the "
                     "coordinator workspace as PNG into <dir>."),
      QStringLiteral("dir"));
  const QCommandLineOption serverBinary(QStringLiteral("server-binary"),
                                        QStringLiteral("The amparo-server to start for --coordinator-screenshots."),
                                        QStringLiteral("path"), QStringLiteral("amparo-server"));
  parser.addOptions({selfTest, screenshots, dataDir, reportReady, server, fingerprint, coordinatorShots, serverBinary});
  parser.process(app);

  if (parser.isSet(selfTest)) return amparo::mobile::runSelfTest(app, parser.value(screenshots));
  if (parser.isSet(coordinatorShots)) {
    return amparo::mobile::runCoordinatorScreenshots(app, parser.value(coordinatorShots), parser.value(serverBinary));
  }

  QString directory = parser.value(dataDir);
  if (directory.isEmpty()) directory = qEnvironmentVariable("AMPARO_DATA_DIR");
  if (directory.isEmpty()) directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  auto* controller = amparo::mobile::AppController::instance();
  if (!controller->openStore(directory)) {
    qCritical("Cannot open the local store");
    return 1;
  }

  if (parser.isSet(server)) controller->sync()->suggestServer(parser.value(server), parser.value(fingerprint));

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  if (engine.rootObjects().isEmpty()) return 1;
  if (parser.isSet(reportReady)) {
    if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst())) reportWhenReady(window, started);
  }
  return QGuiApplication::exec();
}
