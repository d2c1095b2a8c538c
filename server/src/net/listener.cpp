#include "net/listener.hpp"

#include <boost/asio/strand.hpp>

#include <stdexcept>

#include "log.hpp"
#include "net/session.hpp"

namespace amparo::server::net {
namespace {

namespace asio = boost::asio;

bool outOfResources(const boost::system::error_code& ec) {
  return ec == asio::error::no_descriptors || ec == asio::error::no_buffer_space || ec == asio::error::no_memory ||
         ec == boost::system::errc::too_many_files_open_in_system;
}

}  // namespace

Listener::Listener(ServerState& state, const asio::ip::tcp::endpoint& endpoint)
    : m_state(state), m_acceptor(asio::make_strand(state.ioc)), m_backoffTimer(m_acceptor.get_executor()) {
  boost::system::error_code ec;
  auto fail = [&](const char* what) {
    throw std::runtime_error(std::string("cannot listen on ") + endpoint.address().to_string() + ":" +
                             std::to_string(endpoint.port()) + " (" + what + "): " + ec.message());
  };
  m_acceptor.open(endpoint.protocol(), ec);
  if (ec) fail("open");
  m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (ec) fail("reuse_address");
  m_acceptor.bind(endpoint, ec);
  if (ec) fail("bind");
  m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) fail("listen");
  m_port = m_acceptor.local_endpoint().port();
}

void Listener::run() {
  asio::dispatch(m_acceptor.get_executor(), [self = shared_from_this()] { self->doAccept(); });
}

void Listener::stop() {
  asio::post(m_acceptor.get_executor(), [self = shared_from_this()] {
    boost::system::error_code ignored;
    self->m_backoffTimer.cancel();
    self->m_acceptor.close(ignored);
  });
}

void Listener::doAccept() {
  if (!m_acceptor.is_open() || m_state.draining) return;
  m_acceptor.async_accept(asio::make_strand(m_state.ioc),
                          [self = shared_from_this()](boost::system::error_code ec, asio::ip::tcp::socket socket) {
                            self->onAccept(ec, std::move(socket));
                          });
}

void Listener::onAccept(boost::system::error_code ec, asio::ip::tcp::socket socket) {
  if (ec == asio::error::operation_aborted || !m_acceptor.is_open() || m_state.draining) return;
  if (ec) {
    logEvent("accept.error", {{"error", ec.message()}});
    if (outOfResources(ec)) {
      // Out of descriptors: accepting again at once would spin. Wait, doubling
      // up to a second, while existing connections finish.
      m_backoffTimer.expires_after(m_backoff);
      m_backoff = std::min(m_backoff * 2, std::chrono::milliseconds(1000));
      m_backoffTimer.async_wait([self = shared_from_this()](boost::system::error_code timerEc) {
        if (!timerEc) self->doAccept();
      });
      return;
    }
    doAccept();
    return;
  }
  m_backoff = std::chrono::milliseconds(50);
  // Beast writes header and body separately: with Nagle the body would wait
  // for the client's delayed ACK (40 ms per response).
  boost::system::error_code ignored;
  socket.set_option(asio::ip::tcp::no_delay(true), ignored);
  auto session = std::make_shared<Session>(std::move(socket), m_state);
  m_state.add(session);
  session->run();
  doAccept();
}

}  // namespace amparo::server::net
