#pragma once
// What handlers need from the rest of the server: stores, metrics and limits.
// Handlers see requests and responses only, never sockets or Beast.

#include <chrono>
#include <cstddef>
#include <filesystem>

#include "auth/login_throttle.hpp"
#include "auth/passwords.hpp"
#include "metrics.hpp"
#include "parallel_work.hpp"
#include "storage/account_store.hpp"
#include "storage/audit_log.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace amparo::server::reports {
class StatsService;
}

namespace amparo::server::handlers {

struct Limits {
  std::size_t maxBatchRecords = 1000;  // more → 413
  std::size_t defaultPullLimit = 200;
  std::size_t maxPullLimit = 1000;
  std::chrono::hours tokenLifetime{24 * 180};
};

struct Services {
  storage::Store& store;
  std::filesystem::path dataDir;
  storage::RecordStore& records;
  storage::AccountStore& accounts;
  storage::AuditLog& audit;
  Metrics& metrics;
  auth::LoginThrottle& loginThrottle;
  auth::PasswordCost passwordCost;
  Limits limits;
  reports::StatsService* stats = nullptr;  // GET /v1/stats; null: 503
  ParallelWork* parallel = nullptr;        // null: per-record work on the handler's thread only
};

}  // namespace amparo::server::handlers
