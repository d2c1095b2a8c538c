#include "app.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "amparo/wire/compression.hpp"
#include "auth/accounts.hpp"
#include "auth/authenticator.hpp"
#include "auth/tokens.hpp"
#include "demo.hpp"
#include "export/exporter.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"
#include "http/router.hpp"
#include "log.hpp"
#include "net/certificate.hpp"
#include "net/https_server.hpp"

namespace amparo::server {
namespace {

namespace v1 = amparo::sync::v1;

void check(const storage::Status& status, const std::string& what) {
  if (!status) throw std::runtime_error(what + ": " + status.error().message);
}

// Login locks outlive a restart: the unexpired ones go back into the
// throttle, the expired ones are removed.
void restoreLoginLocks(storage::Store& store, auth::LoginThrottle& throttle) {
  const auto nowMs = storage::nowMs();
  const auto now = auth::LoginThrottle::Clock::now();
  auto expired = store.batch();
  check(store.scanPrefix(storage::ColumnFamilyId::Meta, auth::kLoginLockKeyPrefix,
                         [&](std::string_view key, std::string_view value) {
                           const auto username = key.substr(auth::kLoginLockKeyPrefix.size());
                           std::int64_t until = 0;
                           try {
                             until = std::stoll(std::string(value));
                           } catch (const std::exception&) {
                             until = 0;  // unreadable: treat as expired
                           }
                           if (until > nowMs) {
                             throttle.restoreLock(username, now + std::chrono::milliseconds(until - nowMs), now);
                           } else {
                             expired.remove(storage::ColumnFamilyId::Meta, key);
                           }
                           return true;
                         }),
        "cannot read the login locks");
  if (!expired.empty()) check(store.write(expired), "cannot remove expired login locks");
}

}  // namespace

bool isLoopbackAddress(const std::string& address) {
  if (address == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

struct App::Front {
  Front(App& app, const Config& config)
      : authenticator(*app.m_accounts),
        router(
            handlers::routes(*app.m_services),
            [this](std::string_view authorization) { return authenticator.authenticate(authorization); },
            [&app](const http::Request& request, const auth::Principal& principal, std::string_view route) {
              (void)app.m_audit->record({storage::nowMs(), "forbidden", principal.account.username,
                                         principal.device.deviceId, std::string(route)});
              logEvent("forbidden", {{"rid", request.requestId}, {"route", std::string(route)}});
            }),
        server(netConfig(app, config), callbacks(app)) {}

  net::NetConfig netConfig(const App& app, const Config& config) const {
    net::NetConfig net;
    net.address = config.listenAddress == "localhost" ? "127.0.0.1" : config.listenAddress;
    net.port = config.port;
    net.certificateFile = app.m_certificateFile;
    net.privateKeyFile = config.privateKeyFile.empty() ? config.dataDir / "tls" / "server.key" : config.privateKeyFile;
    net.bodyLimit = config.bodyLimit;
    net.readTimeout = config.readTimeout;
    net.ioThreads = config.ioThreads;
    net.workerThreads = config.workerThreads;
    return net;
  }

  net::NetCallbacks callbacks(App& app) {
    net::NetCallbacks cb;
    cb.handle = [this, &app](http::Request& request) {
      const auto started = std::chrono::steady_clock::now();
      request.requestId = auth::randomHex(8);
      http::Response response;
      if (request.path.empty()) {
        response = http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "malformed request target");
        response.route = "unmatched";
      } else if (auto refused = decodeBody(app, request)) {
        response = std::move(*refused);
        response.route = "rejected";
      } else {
        response = router.handle(request);
        encodeBody(request, response);
      }
      finish(app, request, response, started);
      return response;
    };
    cb.reject = [&app](http::Request& request, int status) {
      const auto started = std::chrono::steady_clock::now();
      request.requestId = auth::randomHex(8);
      http::Response response;
      if (status == 413) {
        response = http::errorResponse(request, 413, v1::ERROR_CODE_PAYLOAD_TOO_LARGE,
                                       "request body larger than " + std::to_string(app.m_config.bodyLimit) + " bytes");
      } else if (status == 500) {
        response = http::errorResponse(request, 500, v1::ERROR_CODE_INTERNAL, "internal error");
      } else if (status == 431) {
        response = http::errorResponse(request, 431, v1::ERROR_CODE_INVALID_ARGUMENT, "request headers too large");
      } else {
        response = http::errorResponse(request, status, v1::ERROR_CODE_MALFORMED_BODY, "malformed HTTP request");
      }
      response.route = "rejected";
      finish(app, request, response, started);
      return response;
    };
    cb.connectionOpened = [&app] { app.m_metrics.connectionOpened(); };
    cb.connectionClosed = [&app] { app.m_metrics.connectionClosed(); };
    return cb;
  }

  // Content-Encoding on the request: decompressed here, bounded by the body
  // limit, so handlers only ever see plain bodies.
  static std::optional<http::Response> decodeBody(const App& app, http::Request& request) {
    const auto name = request.header("content-encoding");
    if (name.empty() || request.body.empty()) return std::nullopt;
    const auto encoding = wire::encodingFromName(name);
    if (!encoding) {
      return http::errorResponse(request, 415, v1::ERROR_CODE_UNSUPPORTED_MEDIA_TYPE,
                                 "Content-Encoding must be zstd, gzip or identity");
    }
    std::string plain;
    switch (wire::decompress(*encoding, request.body, app.m_config.bodyLimit, plain)) {
      case wire::DecompressError::None:
        request.body = std::move(plain);
        return std::nullopt;
      case wire::DecompressError::TooLarge:
        return http::errorResponse(
            request, 413, v1::ERROR_CODE_PAYLOAD_TOO_LARGE,
            "decompressed body larger than " + std::to_string(app.m_config.bodyLimit) + " bytes");
      case wire::DecompressError::Malformed:
        break;
    }
    return http::errorResponse(request, 400, v1::ERROR_CODE_MALFORMED_BODY, "body does not decompress");
  }

  // Responses worth it are compressed as the client accepts (zstd first).
  static void encodeBody(const http::Request& request, http::Response& response) {
    constexpr std::size_t kWorthCompressing = 512;
    if (response.body.size() < kWorthCompressing) return;
    const auto encoding = wire::preferredEncoding(request.header("accept-encoding"));
    if (encoding == wire::Encoding::Identity) return;
    response.body = wire::compress(encoding, response.body);
    response.headers.push_back({"content-encoding", std::string(wire::encodingName(encoding))});
    response.headers.push_back({"vary", "accept-encoding"});
  }

  // One log line per request: ids, route, status, sizes, time. No content.
  static void finish(App& app, const http::Request& request, http::Response& response,
                     std::chrono::steady_clock::time_point started) {
    response.headers.push_back({"x-request-id", request.requestId});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    app.m_metrics.observeRequest(response.route, response.status, seconds);
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.2f", seconds * 1000.0);
    logEvent("request", {{"rid", request.requestId},
                         {"method", std::string(http::methodName(request.method))},
                         {"route", response.route},
                         {"status", std::to_string(response.status)},
                         {"ms", duration},
                         {"in", std::to_string(request.body.size())},
                         {"out", std::to_string(response.body.size())}});
  }

  auth::Authenticator authenticator;
  http::Router router;
  net::HttpsServer server;
};

void createAdmin(const std::filesystem::path& dataDir, const std::string& username, const std::string& password,
                 const auth::PasswordCost& cost) {
  if (username.empty()) throw std::runtime_error("the admin needs a username");
  if (password.size() < kMinAdminPasswordLength) {
    throw std::runtime_error("the admin password needs at least " + std::to_string(kMinAdminPasswordLength) +
                             " characters");
  }
  auto store = storage::Store::open(dataDir / "db");
  if (!store) throw std::runtime_error("cannot open the database (is the server running?): " + store.error().message);
  storage::AuditLog audit(**store);
  check(audit.recover(), "cannot read the audit log");
  storage::AccountStore accounts(**store, audit);
  auto existing = accounts.account(username);
  if (!existing) throw std::runtime_error("cannot read accounts: " + existing.error().message);
  if (existing->has_value()) throw std::runtime_error("account " + username + " already exists");
  check(auth::createAccount(accounts, username, password, storage::Role::Admin, {}, cost, "init-admin"),
        "cannot create the account");
  check((*store)->close(), "cannot close the database");
}

storage::VerifyReport verifyDatabase(const std::filesystem::path& dbDir) {
  if (!std::filesystem::exists(dbDir / "CURRENT")) throw std::runtime_error(dbDir.string() + " is not a database");
  auto store = storage::Store::open(dbDir);
  if (!store) throw std::runtime_error("cannot open " + dbDir.string() + ": " + store.error().message);
  storage::AuditLog audit(**store);
  storage::RecordStore records(**store, audit);
  auto report = records.verify();
  if (!report) throw std::runtime_error("cannot read " + dbDir.string() + ": " + report.error().message);
  check((*store)->close(), "cannot close the database");
  return std::move(*report);
}

std::filesystem::path restoreDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& backupDir) {
  namespace fs = std::filesystem;
  if (!fs::exists(backupDir / "CURRENT")) throw std::runtime_error(backupDir.string() + " is not a backup");
  const auto staging = dataDir / "db.restoring";
  fs::remove_all(staging);
  fs::create_directories(dataDir);
  fs::copy(backupDir, staging, fs::copy_options::recursive);
  const auto report = verifyDatabase(staging);
  if (!report.problems.empty()) {
    fs::remove_all(staging);
    throw std::runtime_error("the backup does not verify: " + report.problems.front());
  }
  fs::path replaced;
  if (fs::exists(dataDir / "db")) {
    replaced = dataDir / ("db.replaced-" + std::to_string(storage::nowMs()));
    fs::rename(dataDir / "db", replaced);
  }
  fs::rename(staging, dataDir / "db");
  return replaced;
}

std::unique_ptr<App> App::start(Config config) {
  if (config.dataDir.empty()) throw std::runtime_error("a data directory is required (--data DIR)");
  if (config.demo && !isLoopbackAddress(config.listenAddress)) {
    throw std::runtime_error("--demo publishes its passwords: it only listens on a loopback address, not " +
                             config.listenAddress);
  }
  if (config.certificateFile.empty() != config.privateKeyFile.empty()) {
    throw std::runtime_error("give both a certificate and a private key, or neither");
  }

  std::unique_ptr<App> app(new App());
  app->m_config = config;
  storage::StoreOptions storeOptions;
  storeOptions.writeBufferSize = config.storeWriteBufferSize;
  auto store = storage::Store::open(config.dataDir / "db", storeOptions);
  if (!store) throw std::runtime_error("cannot open the database: " + store.error().message);
  app->m_store = std::move(*store);
  app->m_audit = std::make_unique<storage::AuditLog>(*app->m_store);
  app->m_records = std::make_unique<storage::RecordStore>(*app->m_store, *app->m_audit);
  app->m_accounts = std::make_unique<storage::AccountStore>(*app->m_store, *app->m_audit);
  check(app->m_audit->recover(), "cannot read the audit log");
  check(app->m_records->recover(), "cannot read the change feed");
  app->m_stats = std::make_unique<reports::StatsService>(*app->m_store, *app->m_records);
  check(app->m_stats->open(), "cannot read the statistics projection");
  exports::prepareTempDir(config.dataDir);  // export files left by a crash go
  app->m_loginThrottle = std::make_unique<auth::LoginThrottle>(config.loginThrottle);
  restoreLoginLocks(*app->m_store, *app->m_loginThrottle);
  app->m_services = std::make_unique<handlers::Services>(
      handlers::Services{*app->m_store, config.dataDir, *app->m_records, *app->m_accounts, *app->m_audit,
                         app->m_metrics, *app->m_loginThrottle, config.passwordCost, config.limits});
  app->m_services->stats = app->m_stats.get();
  // One helper per core beyond the first: a push's records are checked on
  // every core that is idle meanwhile (on a 2-core box, while the other
  // pushes wait for their fsync).
  app->m_parallel = std::make_unique<ParallelWork>(std::max(1u, std::thread::hardware_concurrency()) - 1);
  app->m_services->parallel = app->m_parallel.get();

  if (config.certificateFile.empty()) {
    app->m_certificateFile = config.dataDir / "tls" / "server.crt";
    app->m_createdCertificate =
        net::ensureSelfSignedCertificate(app->m_certificateFile, config.dataDir / "tls" / "server.key",
                                         isLoopbackAddress(config.listenAddress) ? "localhost" : config.listenAddress);
  } else {
    app->m_certificateFile = config.certificateFile;
  }
  app->m_fingerprint = net::certificateFingerprint(app->m_certificateFile);

  if (config.demo) {
    app->m_seededDemo =
        seedDemo(*app->m_store, *app->m_accounts, *app->m_records, config.passwordCost, config.demoActivity);
  }

  app->m_front = std::make_unique<Front>(*app, config);
  app->m_front->server.start();
  app->m_stats->startBackground(std::chrono::seconds(2));
  logEvent("start",
           {{"port", std::to_string(app->port())}, {"records", std::to_string(app->m_records->recordCount())}});
  return app;
}

App::~App() {
  stop();
}

std::uint16_t App::port() const {
  return m_front ? m_front->server.port() : 0;
}

bool App::stop() {
  if (m_stopped) return true;
  m_stopped = true;
  bool clean = true;
  if (m_front) {
    clean = m_front->server.drain(m_config.drainDeadline);
    logEvent("drained", {{"clean", clean ? "yes" : "no"}});
    m_front.reset();
  }
  if (m_stats) m_stats->stopBackground();
  if (m_store) {
    auto status = m_store->close();
    if (!status) {
      logEvent("db.close_failed", {{"error", status.error().message}});
      clean = false;
    }
  }
  return clean;
}

}  // namespace amparo::server
