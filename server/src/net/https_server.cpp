#include "net/https_server.hpp"

#include <openssl/ssl.h>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/address.hpp>

#include <stdexcept>
#include <thread>

#include <pthread.h>

#include "log.hpp"
#include "net/listener.hpp"
#include "net/session.hpp"

namespace amparo::server::net {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;

std::unique_ptr<ssl::context> makeTlsContext(const NetConfig& config) {
  auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
  context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
  // TLS 1.2 is the floor; 1.3 preferred when the client has it.
  SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION);
  boost::system::error_code ec;
  context->use_certificate_chain_file(config.certificateFile.string(), ec);
  if (ec) {
    throw std::runtime_error("cannot load certificate " + config.certificateFile.string() + ": " + ec.message());
  }
  context->use_private_key_file(config.privateKeyFile.string(), ssl::context::pem, ec);
  if (ec) {
    throw std::runtime_error("cannot load private key " + config.privateKeyFile.string() + ": " + ec.message());
  }
  return context;
}

}  // namespace

void ServerState::add(const std::shared_ptr<Session>& session) {
  std::lock_guard lock(m_mutex);
  m_sessions.emplace(session.get(), session);
}

void ServerState::remove(Session* session) {
  {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
  }
  m_changed.notify_all();
}

std::size_t ServerState::count() const {
  std::lock_guard lock(m_mutex);
  return m_sessions.size();
}

std::vector<std::shared_ptr<Session>> ServerState::snapshot() const {
  std::vector<std::shared_ptr<Session>> out;
  std::lock_guard lock(m_mutex);
  for (const auto& [raw, weak] : m_sessions) {
    if (auto session = weak.lock()) out.push_back(std::move(session));
  }
  return out;
}

bool ServerState::waitEmpty(std::chrono::steady_clock::time_point deadline) const {
  std::unique_lock lock(m_mutex);
  return m_changed.wait_until(lock, deadline, [this] { return m_sessions.empty(); });
}

struct HttpsServer::Impl {
  Impl(NetConfig config, NetCallbacks callbacks)
      : ioc(config.ioThreads),
        workers(static_cast<std::size_t>(std::max(1, config.workerThreads))),
        tls(makeTlsContext(config)),
        state(std::move(config), std::move(callbacks), ioc, *tls, workers) {}

  asio::io_context ioc;
  asio::thread_pool workers;
  std::unique_ptr<ssl::context> tls;
  ServerState state;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> guard;
  std::shared_ptr<Listener> listener;
  std::vector<std::thread> threads;
  bool running = false;
};

HttpsServer::HttpsServer(NetConfig config, NetCallbacks callbacks)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(callbacks))) {}

HttpsServer::~HttpsServer() {
  drain(std::chrono::milliseconds(2000));
}

void HttpsServer::start() {
  auto& impl = *m_impl;
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(impl.state.config.address, ec);
  if (ec) throw std::runtime_error("invalid listen address " + impl.state.config.address);
  impl.listener = std::make_shared<Listener>(impl.state, asio::ip::tcp::endpoint(address, impl.state.config.port));
  impl.guard.emplace(impl.ioc.get_executor());
  impl.listener->run();
  for (int i = 0; i < std::max(1, impl.state.config.ioThreads); ++i) {
    impl.threads.emplace_back([&impl] {
      pthread_setname_np(pthread_self(), "amparo-io");
      // A handler that throws must not end the server: log and run on.
      for (;;) {
        try {
          impl.ioc.run();
          return;
        } catch (const std::exception& e) {
          logEvent("io.exception", {{"error", e.what()}});
        }
      }
    });
  }
  impl.running = true;
}

std::uint16_t HttpsServer::port() const {
  return m_impl->listener ? m_impl->listener->port() : 0;
}

std::size_t HttpsServer::openConnections() const {
  return m_impl->state.count();
}

bool HttpsServer::drain(std::chrono::milliseconds deadline) {
  auto& impl = *m_impl;
  if (!impl.running) return true;
  impl.running = false;
  const auto until = std::chrono::steady_clock::now() + deadline;
  impl.state.draining = true;
  impl.listener->stop();
  for (const auto& session : impl.state.snapshot()) session->stopWhenIdle();
  bool clean = impl.state.waitEmpty(until);
  if (!clean) {
    for (const auto& session : impl.state.snapshot()) session->forceClose();
    impl.state.waitEmpty(std::chrono::steady_clock::now() + std::chrono::seconds(2));
  }
  // Handlers still running finish here; their responses go nowhere.
  impl.workers.join();
  impl.guard.reset();
  const auto stopBy = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (!impl.ioc.stopped() && std::chrono::steady_clock::now() < stopBy) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  impl.ioc.stop();
  for (auto& thread : impl.threads) thread.join();
  impl.threads.clear();
  return clean;
}

}  // namespace amparo::server::net
