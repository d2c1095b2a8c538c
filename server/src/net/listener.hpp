#pragma once
// Private to net/: the accept loop. It never dies: errors are logged, and
// running out of descriptors backs off before accepting again.

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>

#include "net/server_state.hpp"

namespace amparo::server::net {

class Listener : public std::enable_shared_from_this<Listener> {
public:
  // Binds and listens; throws std::runtime_error on failure.
  Listener(ServerState& state, const boost::asio::ip::tcp::endpoint& endpoint);

  void run();
  void stop();  // thread-safe
  std::uint16_t port() const { return m_port; }

private:
  void doAccept();
  void onAccept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

  ServerState& m_state;
  boost::asio::ip::tcp::acceptor m_acceptor;
  boost::asio::steady_timer m_backoffTimer;
  std::chrono::milliseconds m_backoff{50};
  std::uint16_t m_port = 0;
};

}  // namespace amparo::server::net
