#pragma once
// Private to net/: one TLS connection, on its own strand. Every operation has
// a timeout; every request gets a fresh parser with explicit body and header
// limits, so an oversized body is refused (413) from its Content-Length,
// before it is read.

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <memory>
#include <optional>

#include "net/server_state.hpp"

namespace amparo::server::net {

class Session : public std::enable_shared_from_this<Session> {
public:
  Session(boost::asio::ip::tcp::socket&& socket, ServerState& state);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void run();
  // Drain: close now if idle between requests; otherwise after the current
  // response. Thread-safe.
  void stopWhenIdle();
  // Deadline passed: close at once. Thread-safe.
  void forceClose();

private:
  enum class Phase { Handshake, Reading, Handling, Writing, Closing, Closed };
  using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
  using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

  void onRun();
  void onHandshake(boost::beast::error_code ec);
  void doRead();
  void onRead(boost::beast::error_code ec, std::size_t bytes);
  void rejectRequest(int status);
  void respond(http::Response response, bool keepAlive, unsigned version);
  void respondWithFile(http::Response response, bool keep, unsigned version);
  void onWrite(bool close, boost::beast::error_code ec, std::size_t bytes);
  void doShutdown();
  void closeSocket();

  boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
  boost::beast::flat_buffer m_buffer;
  std::optional<Parser> m_parser;
  std::optional<BeastResponse> m_response;
  ServerState& m_state;
  Phase m_phase = Phase::Handshake;
};

}  // namespace amparo::server::net
