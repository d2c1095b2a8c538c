#pragma once
// Private to net/: state shared by the listener and every session.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "net/https_server.hpp"

namespace amparo::server::net {

class Session;

struct ServerState {
  ServerState(NetConfig netConfig, NetCallbacks netCallbacks, boost::asio::io_context& io,
              boost::asio::ssl::context& tlsContext, boost::asio::thread_pool& workerPool)
      : config(std::move(netConfig)),
        callbacks(std::move(netCallbacks)),
        ioc(io),
        tls(tlsContext),
        workers(workerPool) {}

  const NetConfig config;
  const NetCallbacks callbacks;
  boost::asio::io_context& ioc;
  boost::asio::ssl::context& tls;
  boost::asio::thread_pool& workers;  // handlers run here: they may block
  std::atomic<bool> draining{false};

  // Live connections, so a drain can reach them.
  void add(const std::shared_ptr<Session>& session);
  void remove(Session* session);
  std::size_t count() const;
  std::vector<std::shared_ptr<Session>> snapshot() const;
  // Waits until no connection is left or the deadline passes.
  bool waitEmpty(std::chrono::steady_clock::time_point deadline) const;

private:
  mutable std::mutex m_mutex;
  mutable std::condition_variable m_changed;
  std::unordered_map<Session*, std::weak_ptr<Session>> m_sessions;
};

}  // namespace amparo::server::net
