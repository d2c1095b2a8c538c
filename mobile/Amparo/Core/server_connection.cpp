#include "server_connection.hpp"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include "amparo/wire/compression.hpp"

namespace amparo::mobile {
namespace {

namespace v1 = amparo::sync::v1;

QByteArray bytes(const std::string& text) { return QByteArray(text.data(), static_cast<qsizetype>(text.size())); }

}  // namespace

ServerConnection::ServerConnection(QObject* parent) : QObject(parent) {}

QString ServerConnection::formatFingerprint(const QByteArray& digest) {
  return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray ServerConnection::parseFingerprint(const QString& text) {
  QByteArray hex;
  for (const QChar c : text) {
    if (c.isLetterOrNumber()) hex.append(static_cast<char>(c.toLatin1()));
  }
  const QByteArray digest = QByteArray::fromHex(hex);
  return digest.size() == 32 && hex.size() == 64 ? digest : QByteArray();
}

QNetworkReply* ServerConnection::send(const Target& target, const QString& method, const QString& path,
                                      const std::string& body, const Handler& handler, const QByteArray& accept) {
  const QUrl url = target.base.resolved(QUrl(path));
  if (url.scheme() != u"https") {
    // TLS always: personal data never leaves the device in clear.
    Reply reply;
    reply.networkError = true;
    reply.error = tr("The server address must start with https://");
    QTimer::singleShot(0, this, [handler, reply] { handler(reply); });
    return nullptr;
  }
  QNetworkRequest request(url);
  request.setTransferTimeout(m_timeoutMs);
  request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
  request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
  request.setRawHeader("Accept", accept);
  request.setRawHeader("Accept-Encoding", "zstd");
  if (!target.token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + target.token.toUtf8());
  QNetworkReply* reply = nullptr;
  qint64 sent = 0;
  if (method == u"GET") {
    reply = m_network.get(request);
  } else {
    const std::string packed = wire::compress(wire::Encoding::Zstd, body);
    request.setRawHeader("Content-Encoding", "zstd");
    sent = static_cast<qint64>(packed.size());
    reply = m_network.sendCustomRequest(request, method.toLatin1(), bytes(packed));
  }
  const QByteArray pin = target.pin;
  connect(reply, &QNetworkReply::sslErrors, this, [this, reply, pin](const QList<QSslError>& errors) {
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty()) peer = errors.first().certificate();
    const QByteArray digest = peer.digest(QCryptographicHash::Sha256);
    m_seenFingerprint = formatFingerprint(digest);
    emit seenFingerprintChanged();
    // A pinned certificate is trusted exactly, whoever signed it.
    if (!pin.isEmpty() && !digest.isEmpty() && digest == pin) reply->ignoreSslErrors(errors);
  });
  connect(reply, &QNetworkReply::encrypted, this, [this, reply, pin] {
    const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
    if (formatFingerprint(digest) != m_seenFingerprint) {
      m_seenFingerprint = formatFingerprint(digest);
      emit seenFingerprintChanged();
    }
    // Even a certificate the system trusts must match the pin.
    if (!pin.isEmpty() && digest != pin) reply->abort();
  });
  connect(reply, &QNetworkReply::finished, this, [this, reply, sent, handler] { finished(reply, sent, handler); });
  return reply;
}

void ServerConnection::finished(QNetworkReply* reply, qint64 sent, const Handler& handler) {
  reply->deleteLater();
  Reply out;
  out.bytesSent = sent;
  out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QByteArray raw = reply->readAll();
  out.bytesReceived = raw.size();
  if (reply->error() != QNetworkReply::NoError && out.status == 0) {
    out.networkError = true;
    out.timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError;
    out.error = reply->error() == QNetworkReply::SslHandshakeFailedError
                    ? tr("The server's certificate is not trusted (fingerprint %1)").arg(m_seenFingerprint)
                    : tr("Cannot reach the server: %1").arg(reply->errorString());
    handler(out);
    return;
  }
  const QByteArray encodingName = reply->rawHeader("Content-Encoding").trimmed();
  const auto encoding = wire::encodingFromName(encodingName.isEmpty() ? std::string_view("identity")
                                                                      : std::string_view(encodingName.constData()));
  if (!encoding) {
    out.networkError = true;
    out.error = tr("The server answered in an unknown encoding");
    handler(out);
    return;
  }
  const std::string_view in(raw.constData(), static_cast<std::size_t>(raw.size()));
  if (*encoding == wire::Encoding::Identity) {
    out.body.assign(in);
  } else if (wire::decompress(*encoding, in, kMaxResponseBytes, out.body) != wire::DecompressError::None) {
    out.networkError = true;
    out.error = tr("The server's answer could not be decompressed");
    handler(out);
    return;
  }
  if (out.status >= 400) {
    auto error = std::make_shared<v1::Error>();
    if (error->ParseFromString(out.body) && !error->message().empty()) out.error = QString::fromStdString(error->message());
    if (error->code() == v1::ERROR_CODE_DEVICE_REVOKED) out.error = QStringLiteral("DEVICE_REVOKED");
    out.details = std::move(error);
  }
  handler(out);
}

}  // namespace amparo::mobile
