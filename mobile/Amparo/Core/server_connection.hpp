#pragma once
// HTTPS to amparo-server, for every part of the app that talks to it (sync,
// the coordinator workspace): TLS only, the certificate trusted through the
// system store or a pinned SHA-256 fingerprint, zstd-compressed request
// bodies, compressed answers accepted, the server's Error decoded on 4xx/5xx.

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <string>

#include "amparo/sync/v1/sync.pb.h"

class QNetworkReply;

namespace amparo::mobile {

class ServerConnection : public QObject {
  Q_OBJECT

public:
  // Where to send and how to trust and authenticate.
  struct Target {
    QUrl base;         // "https://host:port/"
    QByteArray pin;    // SHA-256 of the certificate; empty: the system store
    QString token;     // device token; empty: no Authorization header
  };

  struct Reply {
    int status = 0;
    bool networkError = false;
    bool timedOut = false;
    std::string body;  // decompressed
    QString error;
    // The server's Error body on 4xx/5xx (code, field errors).
    std::shared_ptr<const amparo::sync::v1::Error> details;
    qint64 bytesSent = 0;      // on the wire, compressed
    qint64 bytesReceived = 0;  // on the wire, compressed
  };
  using Handler = std::function<void(const Reply&)>;

  // Answers are bounded too: a pull page or a stats answer is far smaller.
  static constexpr std::size_t kMaxResponseBytes = 64 * 1024 * 1024;

  explicit ServerConnection(QObject* parent = nullptr);

  // Sends `body` (compressed with zstd unless empty and GET) to base + path
  // ("v1/sync/push", "v1/records?office=TAP"), asking for `accept`. The
  // handler runs once, on this object's thread. Returns the reply in flight
  // (nullptr when refused before sending: not https).
  QNetworkReply* send(const Target& target, const QString& method, const QString& path, const std::string& body,
                      const Handler& handler,
                      const QByteArray& accept = QByteArrayLiteral("application/x-protobuf"));

  void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
  // The fingerprint the server presented on the last connection.
  QString seenFingerprint() const { return m_seenFingerprint; }

  // Hex SHA-256 (upper case, colon-separated like amparo-server prints it).
  static QString formatFingerprint(const QByteArray& digest);
  static QByteArray parseFingerprint(const QString& text);

signals:
  void seenFingerprintChanged();

private:
  void finished(QNetworkReply* reply, qint64 sent, const Handler& handler);

  QNetworkAccessManager m_network;
  QString m_seenFingerprint;
  int m_timeoutMs = 30000;
};

}  // namespace amparo::mobile
