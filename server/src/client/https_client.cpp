#include "client/https_client.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sys/time.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <memory>
#include <stdexcept>

namespace amparo::server::client {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string fingerprintOf(X509* certificate) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  X509_digest(certificate, EVP_sha256(), digest, &length);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    if (i > 0) out += ':';
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xf];
  }
  return out;
}

HttpResponse parseResponse(const std::string& data) {
  HttpResponse response;
  const auto headerEnd = data.find("\r\n\r\n");
  if (headerEnd == std::string::npos) throw std::runtime_error("no complete HTTP response: " + data.substr(0, 200));
  const std::string head = data.substr(0, headerEnd);
  const auto firstLineEnd = head.find("\r\n");
  const std::string statusLine = head.substr(0, firstLineEnd);
  response.status = std::stoi(statusLine.substr(statusLine.find(' ') + 1, 3));
  std::size_t pos = firstLineEnd == std::string::npos ? head.size() : firstLineEnd + 2;
  while (pos < head.size()) {
    auto end = head.find("\r\n", pos);
    if (end == std::string::npos) end = head.size();
    const auto line = head.substr(pos, end - pos);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      auto value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      response.headers[lower(line.substr(0, colon))] = value;
    }
    pos = end + 2;
  }
  response.body = data.substr(headerEnd + 4);
  if (auto it = response.headers.find("content-length"); it != response.headers.end()) {
    response.body.resize(std::min(response.body.size(), static_cast<std::size_t>(std::stoul(it->second))));
  }
  return response;
}

}  // namespace

// Not in the anonymous namespace: IdleConnection::State holds one.
struct Connection {
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  int fd = -1;
  SSL_CTX* context = nullptr;
  SSL* ssl = nullptr;
  ~Connection() {
    if (ssl) SSL_free(ssl);
    if (context) SSL_CTX_free(context);
    if (fd >= 0) ::close(fd);
  }
};

std::string HttpResponse::header(const std::string& name) const {
  const auto it = headers.find(lower(name));
  return it == headers.end() ? std::string() : it->second;
}

HttpsClient::HttpsClient(std::string host, std::uint16_t port, std::string fingerprint)
    : m_host(std::move(host)), m_port(port), m_fingerprint(std::move(fingerprint)) {
  // Writing to a connection the server already closed (a 413, a drain) must
  // be an error to look at, not the death of the process.
  std::signal(SIGPIPE, SIG_IGN);
}

HttpsClient::HttpsClient(std::uint16_t port, std::string fingerprint)
    : HttpsClient("127.0.0.1", port, std::move(fingerprint)) {}

HttpResponse HttpsClient::request(const std::string& method, const std::string& target, const std::string& body,
                                  const Headers& headers) const {
  std::string bytes = method + " " + target + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
  if (!m_keepAlive) bytes += "Connection: close\r\n";
  for (const auto& [name, value] : headers) bytes += name + ": " + value + "\r\n";
  if (!body.empty() || method == "POST") bytes += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  bytes += "\r\n";
  bytes += body;
  return m_keepAlive ? exchange(bytes) : raw(bytes);
}

struct IdleConnection::State {
  Connection connection;
};

namespace {

void connectTls(Connection& c, const std::string& host, std::uint16_t port, const std::string& fingerprint) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || found == nullptr) {
    throw std::runtime_error("cannot resolve " + host);
  }
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
  for (const addrinfo* a = found; a != nullptr; a = a->ai_next) {
    c.fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (c.fd >= 0 && ::connect(c.fd, a->ai_addr, a->ai_addrlen) == 0) {
      const int on = 1;  // small requests go out at once, not after a delayed ACK
      setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
      break;
    }
    if (c.fd >= 0) ::close(c.fd);
    c.fd = -1;
  }
  if (c.fd < 0) throw std::runtime_error("cannot connect to " + host + ":" + std::to_string(port));
  c.context = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(c.context, TLS1_2_VERSION);
  if (fingerprint.empty()) {
    SSL_CTX_set_default_verify_paths(c.context);
    SSL_CTX_set_verify(c.context, SSL_VERIFY_PEER, nullptr);
  }
  c.ssl = SSL_new(c.context);
  SSL_set_fd(c.ssl, c.fd);
  // SNI carries names only, never IP literals (RFC 6066). The macro
  // SSL_set_tlsext_host_name hides a C cast, hence SSL_ctrl.
  in6_addr literal{};
  if (inet_pton(AF_INET, host.c_str(), &literal) != 1 && inet_pton(AF_INET6, host.c_str(), &literal) != 1) {
    SSL_ctrl(c.ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(host.c_str()));
  }
  if (fingerprint.empty()) SSL_set1_host(c.ssl, host.c_str());
  if (SSL_connect(c.ssl) != 1) throw std::runtime_error("TLS handshake with " + host + " failed");
  if (fingerprint.empty()) return;  // verified by OpenSSL above
  X509* peer = SSL_get1_peer_certificate(c.ssl);
  if (peer == nullptr) throw std::runtime_error("no server certificate");
  const auto seen = fingerprintOf(peer);
  X509_free(peer);
  if (seen != fingerprint) throw std::runtime_error("certificate fingerprint mismatch: " + seen);
}

}  // namespace

IdleConnection::IdleConnection(std::unique_ptr<State> state) : m_state(std::move(state)) {}
IdleConnection::IdleConnection(IdleConnection&&) noexcept = default;
IdleConnection::~IdleConnection() = default;

void IdleConnection::send(const std::string& bytes) {
  SSL_write(m_state->connection.ssl, bytes.data(), static_cast<int>(bytes.size()));
}

bool IdleConnection::waitClosedByServer(int timeoutMs) {
  timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
  setsockopt(m_state->connection.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  char buffer[256];
  for (;;) {
    const int n = SSL_read(m_state->connection.ssl, buffer, sizeof buffer);
    if (n > 0) continue;  // e.g. a 4xx before closing
    const int error = SSL_get_error(m_state->connection.ssl, n);
    // A close_notify, a plain EOF or a reset all mean "closed"; a timeout does not.
    return error == SSL_ERROR_ZERO_RETURN || (error == SSL_ERROR_SYSCALL && errno != EAGAIN && errno != EWOULDBLOCK) ||
           error == SSL_ERROR_SSL;
  }
}

IdleConnection HttpsClient::connectIdle() const {
  auto state = std::make_unique<IdleConnection::State>();
  connectTls(state->connection, m_host, m_port, m_fingerprint);
  return IdleConnection(std::move(state));
}

HttpResponse HttpsClient::raw(const std::string& bytes) const {
  Connection c;
  connectTls(c, m_host, m_port, m_fingerprint);

  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const int n =
        SSL_write(c.ssl, bytes.data() + sent, static_cast<int>(std::min<std::size_t>(bytes.size() - sent, 1 << 20)));
    if (n <= 0) break;  // the server may refuse early (413) and close; read what it said
    sent += static_cast<std::size_t>(n);
  }
  std::string data;
  char buffer[16384];
  for (;;) {
    const int n = SSL_read(c.ssl, buffer, sizeof buffer);
    if (n <= 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return parseResponse(data);
}

// One request on the kept-alive connection; the response is read by its
// Content-Length (the server always sends one). A connection the server has
// closed meanwhile (idle timeout, drain) is replaced once.
HttpResponse HttpsClient::exchange(const std::string& bytes) const {
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto connection = std::static_pointer_cast<Connection>(m_open);
    const bool reused = connection != nullptr;
    if (!connection) {
      connection = std::make_shared<Connection>();
      connectTls(*connection, m_host, m_port, m_fingerprint);
      m_open = connection;
    }
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const int n = SSL_write(connection->ssl, bytes.data() + sent,
                              static_cast<int>(std::min<std::size_t>(bytes.size() - sent, 1 << 20)));
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    std::string data;
    char buffer[16384];
    std::size_t headerEnd = std::string::npos;
    std::size_t wanted = std::string::npos;
    while (wanted == std::string::npos || data.size() < wanted) {
      const int n = sent == bytes.size() ? SSL_read(connection->ssl, buffer, sizeof buffer) : 0;
      if (n <= 0) break;
      data.append(buffer, static_cast<std::size_t>(n));
      if (headerEnd == std::string::npos && (headerEnd = data.find("\r\n\r\n")) != std::string::npos) {
        const auto head = parseResponse(data.substr(0, headerEnd + 4));
        const auto length = head.header("content-length");
        wanted = headerEnd + 4 + (length.empty() ? 0 : std::stoul(length));
      }
    }
    if (wanted != std::string::npos && data.size() >= wanted) {
      auto response = parseResponse(data.substr(0, wanted));
      if (response.header("connection") == "close") m_open.reset();
      return response;
    }
    m_open.reset();
    if (!reused) break;  // a fresh connection failed: no retry
  }
  throw std::runtime_error("no response from " + m_host);
}

}  // namespace amparo::server::client
