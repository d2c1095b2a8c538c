#pragma once
// A small blocking HTTPS/1.1 client over plain OpenSSL, for amparo-admin and
// the server tests: one connection per request; the server's certificate is
// pinned by its SHA-256 fingerprint (as the app does) or, without one,
// verified against the system's CAs and the host name. Independent of Beast
// on purpose: the tests check the server's bytes on the wire, and can send
// malformed ones (raw, connectIdle).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace amparo::server::client {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  std::string header(const std::string& name) const;
};

// A connection that has completed the TLS handshake and then sends nothing:
// an idle keep-alive client, as a drain sees it.
class IdleConnection {
public:
  IdleConnection(IdleConnection&&) noexcept;
  ~IdleConnection();
  // Sends `bytes` (e.g. half a request) and returns.
  void send(const std::string& bytes);
  // Waits until the server closes the connection; false on timeout.
  bool waitClosedByServer(int timeoutMs);

private:
  friend class HttpsClient;
  struct State;
  explicit IdleConnection(std::unique_ptr<State> state);
  std::unique_ptr<State> m_state;
};

class HttpsClient {
public:
  // `fingerprint`: "AB:CD:…" SHA-256 of the server certificate to pin; empty
  // to verify the certificate chain and host name instead.
  HttpsClient(std::string host, std::uint16_t port, std::string fingerprint);
  // 127.0.0.1, pinned.
  HttpsClient(std::uint16_t port, std::string fingerprint);

  using Headers = std::vector<std::pair<std::string, std::string>>;
  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                       const Headers& headers = {}) const;
  // Sends `bytes` as they are and reads the answer until the server closes.
  HttpResponse raw(const std::string& bytes) const;
  IdleConnection connectIdle() const;

  // Keeps one connection open across requests (HTTP keep-alive), as the app
  // does. Such a client must then be used by one thread at a time.
  void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

private:
  HttpResponse exchange(const std::string& bytes) const;

  bool m_keepAlive = false;
  mutable std::shared_ptr<void> m_open;  // the kept-alive connection, if any
  std::string m_host;
  std::uint16_t m_port;
  std::string m_fingerprint;
};

}  // namespace amparo::server::client
