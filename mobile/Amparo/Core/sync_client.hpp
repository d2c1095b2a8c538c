#pragma once
// The app's side of sync (issue 5): enrollment, push of the outbox, pull of
// the device's feed, over HTTPS only, with binary protobuf bodies compressed
// with zstd. The server's certificate is trusted through the system store or
// by a pinned SHA-256 fingerprint (the one amparo-server prints). Runs on
// demand (syncNow) and by itself every few minutes, backing off with jitter
// after failures. QNetworkAccessManager only: nothing desktop-only.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <string>

#include "local_store.hpp"
#include "server_connection.hpp"

class QNetworkReply;

namespace amparo::mobile {

class SyncClient : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("The app's sync client is AppController.sync")
  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolledChanged)
  Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY enrolledChanged)
  Q_PROPERTY(QString username READ username NOTIFY enrolledChanged)
  Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY enrolledChanged)
  // What the server said at enrollment: "monitor", "coordinator" or "admin",
  // and the account's office codes.
  Q_PROPERTY(QString role READ role NOTIFY enrolledChanged)
  Q_PROPERTY(QStringList offices READ offices NOTIFY enrolledChanged)
  // The fingerprint the server presented on the last connection (to show
  // for confirmation when none is pinned yet).
  Q_PROPERTY(QString seenFingerprint READ seenFingerprint NOTIFY seenFingerprintChanged)
  Q_PROPERTY(qint64 recordsSent READ recordsSent NOTIFY progressChanged)
  Q_PROPERTY(qint64 recordsReceived READ recordsReceived NOTIFY progressChanged)
  Q_PROPERTY(qint64 bytesSent READ bytesSent NOTIFY progressChanged)
  Q_PROPERTY(qint64 bytesReceived READ bytesReceived NOTIFY progressChanged)
  Q_PROPERTY(int pending READ pending NOTIFY progressChanged)
  Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY progressChanged)
  Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
  Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)

public:
  enum State { Idle = 0, Enrolling, Pushing, Pulling, Failed };
  Q_ENUM(State)

  // The server's limits (server/src/app.hpp bodyLimit 8 MiB, also for the
  // decompressed body; handlers/services.hpp maxBatchRecords 1000): batches
  // stay well under both.
  static constexpr int kMaxBatchRecords = 1000;
  static constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;
  static constexpr int kPullLimit = 1000;  // the server's maxPullLimit

  explicit SyncClient(LocalStore* store, QObject* parent = nullptr);
  ~SyncClient() override;

  State state() const { return m_state; }
  bool isEnrolled() const;
  QString serverUrl() const;
  // Pre-fills sign-in (e.g. `make run` passes the demo server it started);
  // once enrolled, the stored server wins.
  void suggestServer(const QString& url, const QString& fingerprint);
  QString username() const;
  QString fingerprint() const;
  QString role() const;
  QStringList offices() const;
  QString seenFingerprint() const { return m_connection.seenFingerprint(); }
  qint64 recordsSent() const { return m_recordsSent; }
  qint64 recordsReceived() const { return m_recordsReceived; }
  qint64 bytesSent() const { return m_bytesSent; }
  qint64 bytesReceived() const { return m_bytesReceived; }
  int pending() const;
  QDateTime lastSuccess() const;
  QString lastError() const { return m_lastError; }
  bool autoSync() const { return m_autoSync; }
  void setAutoSync(bool on);
  int batchSize() const { return m_batchSize; }

  // Tests: shorter transfer timeout and automatic interval.
  void setTimeout(int milliseconds) { m_connection.setTimeout(milliseconds); }
  void setInterval(int milliseconds) { m_intervalMs = milliseconds; }

  // Signs the device in: username and password → device token, kept inside
  // the encrypted store (the store must be unlocked). `fingerprint` pins the
  // server's certificate (hex SHA-256, colons optional); empty trusts the
  // system store. Finishes with enrollFinished.
  Q_INVOKABLE void enroll(const QString& serverUrl, const QString& username, const QString& password,
                          const QString& deviceLabel, const QString& fingerprint);
  // Push, then pull until the feed is drained. Finishes with syncFinished.
  Q_INVOKABLE void syncNow();
  // Forgets the server (token, URL, cursor); records stay.
  Q_INVOKABLE void signOut();
  // A field's server finding for a record ("" when none), in the language.
  Q_INVOKABLE QString fieldError(const QString& recordId, const QString& path, const QString& language) const;

  // Milliseconds to the next automatic attempt after `failures` failures in a
  // row: the interval when none, else 15 s doubling per failure, capped at
  // 30 min, times a jitter in [0.5, 1.5) drawn from `unit` in [0, 1).
  static int nextDelayMs(int failures, int intervalMs, double unit);

  // The connection and where it points (the enrolled server, its pin and
  // this device's token), for the other parts of the app that query the
  // server (the coordinator workspace). An empty base when not enrolled.
  ServerConnection* connection() { return &m_connection; }
  ServerConnection::Target target() const;

signals:
  void stateChanged();
  void enrolledChanged();
  void seenFingerprintChanged();
  void progressChanged();
  void autoSyncChanged();
  void enrollFinished(bool ok, const QString& error);
  void syncFinished(bool ok, const QString& error);
  // The server revoked this device: every local record was deleted.
  void wiped();
  // A push batch is fully on the wire, its answer not yet in (tests cut the
  // server here).
  void pushUploaded(int records);

private:
  using Reply = ServerConnection::Reply;
  using Handler = ServerConnection::Handler;

  // The reply in flight (nullptr when refused before sending); counts the
  // bytes on the wire for the progress shown.
  QNetworkReply* send(const QString& method, const QString& path, const std::string& body, bool authorized,
                      const Handler& handler);
  void setState(State state, const QString& error = {});
  void pushNext();
  void pullNext();
  void finishSync(bool ok, const QString& error);
  void doWipe();
  bool handleAuthFailure(const Reply& reply);
  // 403 on a batch: the records the server names are set aside as Rejected
  // (e.g. a site made by a monitor) so the rest can go. False when none.
  bool setAsideRefused(const Reply& reply, const amparo::sync::v1::PushRequest& request);
  void scheduleNext();
  QString errorText(const Reply& reply) const;

  LocalStore* m_store;  // not owned: the store outlives its sync client
  QString m_suggestedUrl;
  QString m_suggestedFingerprint;
  ServerConnection m_connection;
  QTimer m_timer;
  QTimer m_progressTimer;  // coalesces progressChanged
  State m_state = Idle;
  QString m_lastError;
  // Enrollment in progress: where, and what is pinned.
  QUrl m_pendingUrl;
  QByteArray m_pendingPin;
  qint64 m_recordsSent = 0;
  qint64 m_recordsReceived = 0;
  qint64 m_bytesSent = 0;
  qint64 m_bytesReceived = 0;
  int m_batchSize = 100;
  int m_failures = 0;
  int m_intervalMs = 5 * 60 * 1000;
  bool m_autoSync = false;
  bool m_watchingReachability = false;
  std::string m_lastFirstRevision;  // guards against a push that acknowledges nothing
};

}  // namespace amparo::mobile
