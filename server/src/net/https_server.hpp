#pragma once
// The HTTPS front end: TLS listener and per-connection sessions. No business
// logic: it turns bytes into http::Request, calls the handler on a worker
// thread (handlers may block on fsync or Argon2id), and writes the response.
// No Asio or Beast types in this header.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "http/message.hpp"

namespace amparo::server::net {

struct NetConfig {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8443;  // 0: the system picks; read it back with port()
  std::filesystem::path certificateFile;
  std::filesystem::path privateKeyFile;
  std::size_t bodyLimit = 8 * 1024 * 1024;
  std::uint32_t headerLimit = 16 * 1024;
  std::chrono::milliseconds handshakeTimeout{10'000};
  std::chrono::milliseconds readTimeout{30'000};  // per request, idle keep-alive included
  std::chrono::milliseconds writeTimeout{30'000};
  std::chrono::milliseconds shutdownTimeout{5'000};
  int ioThreads = 1;
  int workerThreads = 4;
};

struct NetCallbacks {
  // Runs on a worker thread; must not throw.
  std::function<http::Response(http::Request&)> handle;
  // A request refused by the front end itself (413 body too large, 431,
  // 400 unparsable): the callback builds the error body and logs it.
  std::function<http::Response(http::Request&, int status)> reject;
  std::function<void()> connectionOpened;
  std::function<void()> connectionClosed;
};

class HttpsServer {
public:
  // Loads the certificate and key; throws std::runtime_error if it cannot.
  HttpsServer(NetConfig config, NetCallbacks callbacks);
  ~HttpsServer();  // drains with a short deadline if still running
  HttpsServer(const HttpsServer&) = delete;
  HttpsServer& operator=(const HttpsServer&) = delete;

  // Binds and starts accepting. Throws std::runtime_error when it cannot
  // (it never runs on after a failed bind).
  void start();
  std::uint16_t port() const;

  // Graceful drain: stop accepting, close idle connections, let in-flight
  // requests finish and be answered (with Connection: close), force-close
  // whatever is left at the deadline; returns once every thread has stopped.
  // Returns false if connections had to be forced. Idempotent.
  bool drain(std::chrono::milliseconds deadline);

  std::size_t openConnections() const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace amparo::server::net
