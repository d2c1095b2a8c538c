#pragma once
// The server as one object: storage, accounts, route table and the HTTPS
// front end. main() and the in-process tests both start it this way.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "auth/login_throttle.hpp"
#include "auth/passwords.hpp"
#include "handlers/services.hpp"
#include "metrics.hpp"
#include "reports/stats_service.hpp"
#include "storage/account_store.hpp"
#include "storage/audit_log.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace amparo::server {

struct Config {
  std::filesystem::path dataDir;  // RocksDB under db/, generated TLS files under tls/
  std::string listenAddress = "127.0.0.1";
  std::uint16_t port = 8443;  // 0: pick a free port
  // Both empty: a self-signed pair in dataDir/tls/, created on first start.
  std::filesystem::path certificateFile;
  std::filesystem::path privateKeyFile;
  bool demo = false;
  bool demoActivity = false;  // with demo: seed made-up activity too
  std::size_t bodyLimit = 8 * 1024 * 1024;
  handlers::Limits limits;
  auth::PasswordCost passwordCost = auth::PasswordCost::interactive();
  auth::ThrottlePolicy loginThrottle;
  int ioThreads = 1;
  int workerThreads = 4;
  std::chrono::milliseconds readTimeout{30'000};
  std::chrono::milliseconds drainDeadline{10'000};
  std::size_t storeWriteBufferSize = 0;  // 0: RocksDB's default
};

class App {
public:
  // Opens storage, prepares TLS, seeds the demo if asked, binds and starts
  // serving. Throws std::runtime_error with an operator-readable message.
  static std::unique_ptr<App> start(Config config);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  std::uint16_t port() const;
  const std::filesystem::path& certificateFile() const { return m_certificateFile; }
  const std::string& fingerprint() const { return m_fingerprint; }
  bool createdCertificate() const { return m_createdCertificate; }
  bool seededDemo() const { return m_seededDemo; }

  // Graceful stop: drain connections within the deadline, then close the
  // database. Returns false if anything had to be forced or failed. Idempotent.
  bool stop();

  storage::Store& store() { return *m_store; }
  storage::AccountStore& accounts() { return *m_accounts; }
  storage::RecordStore& records() { return *m_records; }
  storage::AuditLog& audit() { return *m_audit; }
  reports::StatsService& stats() { return *m_stats; }
  Metrics& metrics() { return m_metrics; }

private:
  struct Front;
  App() = default;

  Config m_config;
  std::unique_ptr<storage::Store> m_store;
  std::unique_ptr<storage::AuditLog> m_audit;
  std::unique_ptr<storage::RecordStore> m_records;
  std::unique_ptr<storage::AccountStore> m_accounts;
  std::unique_ptr<reports::StatsService> m_stats;
  Metrics m_metrics;
  std::unique_ptr<auth::LoginThrottle> m_loginThrottle;
  std::unique_ptr<ParallelWork> m_parallel;  // outlives the handlers using it
  std::unique_ptr<handlers::Services> m_services;
  std::unique_ptr<Front> m_front;  // router + HTTPS server
  std::filesystem::path m_certificateFile;
  std::string m_fingerprint;
  bool m_createdCertificate = false;
  bool m_seededDemo = false;
  bool m_stopped = false;
};

// `amparo-server --data DIR init-admin`: creates an admin account in a data
// directory while no server runs on it (RocksDB allows one process). Throws
// std::runtime_error if the account exists, the password is too short or the
// database is in use.
void createAdmin(const std::filesystem::path& dataDir, const std::string& username, const std::string& password,
                 const auth::PasswordCost& cost);
inline constexpr std::size_t kMinAdminPasswordLength = 12;

// `verify`: checks a database directory (DATA/db, or a backup) on a stopped
// server. Throws std::runtime_error if it cannot be opened.
storage::VerifyReport verifyDatabase(const std::filesystem::path& dbDir);

// `restore --from BACKUP`, on a stopped server: copies the backup next to the
// database, verifies the copy, then swaps it in. The replaced database is kept
// as DATA/db.replaced-<time>. Returns that path (empty if there was none).
std::filesystem::path restoreDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& backupDir);

// Whether an address is loopback (127.0.0.0/8, ::1, "localhost").
bool isLoopbackAddress(const std::string& address);

}  // namespace amparo::server
