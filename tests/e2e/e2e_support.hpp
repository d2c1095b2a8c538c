#pragma once
// End-to-end fixtures: the real amparo-server binary as a child process
// (loopback TLS on port 0, temp data, --demo accounts; port and certificate
// fingerprint read from its banner) and app devices, each with its own
// encrypted store in a temp folder and a SyncClient.

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "local_store.hpp"
#include "sync_client.hpp"
#include "test_support.hpp"

namespace amparo::mobile::e2e {

inline constexpr int kWaitMs = 120000;

class Server {
public:
  Server() {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, [this] { m_output += m_process.readAll(); });
  }
  ~Server() { stop(); }

  bool start(const QString& binary, int port = 0) {
    m_output.clear();
    m_process.start(binary, {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--demo")});
    if (!m_process.waitForStarted(30000)) return false;
    const bool ready = QTest::qWaitFor(
        [this] { return m_output.contains("Stop with") || m_process.state() == QProcess::NotRunning; }, kWaitMs);
    if (!ready || m_process.state() == QProcess::NotRunning) {
      qWarning("amparo-server did not start:\n%s", m_output.constData());
      return false;
    }
    const auto text = QString::fromUtf8(m_output);
    const auto listening = QRegularExpression(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/")).match(text);
    const auto digest = QRegularExpression(QStringLiteral("SHA-256:\\s+([0-9A-F:]{95})")).match(text);
    if (!listening.hasMatch() || !digest.hasMatch()) return false;
    m_port = listening.captured(1).toInt();
    m_fingerprint = digest.captured(1);
    return true;
  }
  // SIGKILL: no drain, no clean close (crash tests).
  void kill() {
    if (m_process.state() == QProcess::NotRunning) return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30000);
  }
  void stop() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) kill();
  }
  bool running() const { return m_process.state() == QProcess::Running; }
  int port() const { return m_port; }
  QString url() const { return QStringLiteral("https://127.0.0.1:%1/").arg(m_port); }
  QString fingerprint() const { return m_fingerprint; }

private:
  QTemporaryDir m_data;
  QProcess m_process;
  QByteArray m_output;
  int m_port = 0;
  QString m_fingerprint;
};

struct Device {
  Device() {
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("amparo.sqlite"))) ||
        !store.initialize(test::kPassphrase, KdfParams::minimal()))
      qFatal("cannot make a device store");
    store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
    store.setSetting(QStringLiteral("author"), QStringLiteral("unenrolled"));
    client.setTimeout(20000);
  }
  bool enroll(const Server& server, const QString& username, const QString& password) {
    return enroll(server, username, password, server.fingerprint());
  }
  // With the fingerprint to pin (empty: the system store; tests also give wrong ones).
  bool enroll(const Server& server, const QString& username, const QString& password, const QString& pin) {
    QSignalSpy spy(&client, &SyncClient::enrollFinished);
    client.enroll(server.url(), username, password, QStringLiteral("e2e device"), pin);
    if (!QTest::qWaitFor([&] { return spy.count() > 0; }, kWaitMs)) return false;
    return spy.at(0).at(0).toBool();
  }
  bool sync() {
    QSignalSpy spy(&client, &SyncClient::syncFinished);
    client.syncNow();
    if (!QTest::qWaitFor([&] { return spy.count() > 0; }, kWaitMs)) return false;
    if (!spy.at(0).at(0).toBool()) qInfo("sync failed: %s", qPrintable(spy.at(0).at(1).toString()));
    return spy.at(0).at(0).toBool();
  }
  // An offline visit, finalized (Waiting), authored before sign-in.
  domain::RecordEnvelope recordVisit() {
    auto visit = test::sampleVisit();
    visit.set_author("unenrolled");
    visit.set_device_id(store.setting(QStringLiteral("device_id")).toStdString());
    return visit;
  }
  // Waits for a sync another part of the app started (or starts one).
  bool settle() {
    if (client.state() == SyncClient::Pushing || client.state() == SyncClient::Pulling) {
      QSignalSpy spy(&client, &SyncClient::syncFinished);
      if (!QTest::qWaitFor([&] { return spy.count() > 0; }, kWaitMs)) return false;
    }
    return store.outboxCount() == 0 || sync();
  }

  QTemporaryDir dir;
  LocalStore store;
  SyncClient client{&store};
};

}  // namespace amparo::mobile::e2e
