#include "cli.hpp"

// GCC 12 reports a false -Wnull-dereference inside Boost.ProgramOptions'
// typed_value<std::string>::notify, instantiated in this file.
#pragma GCC diagnostic ignored "-Wnull-dereference"

#include <toml++/toml.h>
#include <boost/program_options.hpp>

#include <pthread.h>
#include <unistd.h>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

#include "app.hpp"
#include "demo.hpp"
#include "log.hpp"

namespace amparo::server {
namespace {

namespace po = boost::program_options;

// "127.0.0.1:8443", "[::1]:8443", "localhost:0".
void parseListen(const std::string& text, Config& config) {
  std::string host;
  std::string port;
  if (!text.empty() && text.front() == '[') {
    const auto close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':') {
      throw std::runtime_error("--listen wants ADDR:PORT, got " + text);
    }
    host = text.substr(1, close - 1);
    port = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos) throw std::runtime_error("--listen wants ADDR:PORT, got " + text);
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
  }
  std::size_t used = 0;
  const unsigned long value = std::stoul(port, &used);
  if (used != port.size() || value > 65535 || host.empty()) throw std::runtime_error("bad --listen " + text);
  config.listenAddress = host;
  config.port = static_cast<std::uint16_t>(value);
}

void printBanner(const App& app, const Config& config) {
  const std::string host =
      config.listenAddress.find(':') != std::string::npos ? "[" + config.listenAddress + "]" : config.listenAddress;
  std::cout << "amparo-server listening on https://" << host << ':' << app.port() << "/\n"
            << "  data:         " << config.dataDir.string() << '\n'
            << "  certificate:  " << app.certificateFile().string()
            << (app.createdCertificate() ? " (self-signed, created now)" : "") << '\n'
            << "  SHA-256:      " << app.fingerprint() << '\n';
  if (config.demo) {
    std::cout << "  demo data:    " << (app.seededDemo() ? "seeded now" : "already present") << '\n'
              << "  demo accounts (loopback only):\n";
    for (const auto& account : demoAccounts()) {
      std::string offices;
      for (const auto& office : account.offices) offices += (offices.empty() ? "" : "+") + office;
      std::printf("    %-17s password %-20s %s%s%s\n", account.username.c_str(), account.password.c_str(),
                  std::string(storage::roleName(account.role)).c_str(), offices.empty() ? "" : ", ", offices.c_str());
    }
    std::fflush(stdout);
  }
  std::cout << "Stop with Ctrl-C (SIGINT) or SIGTERM: in-flight requests finish first." << std::endl;
}

// The password comes from stdin (one line), never from the command line,
// where other users could read it in the process list.
int initAdmin(const Config& config, const std::string& username) {
  if (isatty(STDIN_FILENO)) std::cerr << "Password for " << username << " (input is shown; or pipe it in): ";
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  try {
    createAdmin(config.dataDir, username, password, config.passwordCost);
  } catch (const std::exception& e) {
    std::cerr << "amparo-server: " << e.what() << "\n";
    return 1;
  }
  std::cout << "created admin account " << username << " in " << config.dataDir.string() << std::endl;
  return 0;
}

int verify(const Config& config) {
  try {
    const auto report = verifyDatabase(config.dataDir / "db");
    std::cout << "records: " << report.records << "\nrevisions: " << report.revisions
              << "\nchange-feed entries: " << report.changes << "\n";
    for (const auto& problem : report.problems) std::cout << "problem: " << problem << "\n";
    std::cout << (report.problems.empty() ? "ok" : "FAILED") << std::endl;
    return report.problems.empty() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "amparo-server: " << e.what() << "\n";
    return 1;
  }
}

int restore(const Config& config, const std::string& from) {
  try {
    const auto replaced = restoreDatabase(config.dataDir, from);
    std::cout << "restored " << from << " into " << (config.dataDir / "db").string() << "\n";
    if (!replaced.empty()) std::cout << "the previous database is kept in " << replaced.string() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "amparo-server: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

// Keys mirror the flags; see deploy/amparo-server.example.toml. Unknown keys
// and non-positive numbers are errors: a typo must not silently fall back
// to a default.
void applyConfigFile(const std::string& file, Config& config) {
  toml::table table;
  try {
    table = toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error("config " + file + ": " + std::string(e.description()));
  }
  static const std::map<std::string, std::set<std::string>> kKnown = {
      {"", {"data", "listen", "tls", "limits", "server", "auth"}},
      {"tls", {"certificate", "private_key"}},
      {"limits", {"body_bytes", "batch_records", "pull_records"}},
      {"server", {"worker_threads", "drain_seconds", "read_timeout_seconds"}},
      {"auth", {"token_days", "password_ops", "password_mem_mib", "lock_after_failures", "lock_minutes"}}};
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (!kKnown.at("").count(name)) throw std::runtime_error("config " + file + ": unknown key " + name);
    if (const auto* sub = node.as_table()) {
      for (const auto& [subKey, subNode] : *sub) {
        (void)subNode;
        if (!kKnown.count(name) || !kKnown.at(name).count(std::string(subKey.str()))) {
          throw std::runtime_error("config " + file + ": unknown key " + name + "." + std::string(subKey.str()));
        }
      }
    }
  }
  auto positive = [&](toml::node_view<toml::node> node, const char* name) -> std::optional<std::int64_t> {
    if (!node) return std::nullopt;
    auto value = node.value<std::int64_t>();
    if (!value || *value <= 0) throw std::runtime_error("config " + file + ": " + name + " must be a positive integer");
    return value;
  };
  if (auto v = table["data"].value<std::string>()) config.dataDir = *v;
  if (auto v = table["listen"].value<std::string>()) parseListen(*v, config);
  if (auto v = table["tls"]["certificate"].value<std::string>()) config.certificateFile = *v;
  if (auto v = table["tls"]["private_key"].value<std::string>()) config.privateKeyFile = *v;
  if (auto v = positive(table["limits"]["body_bytes"], "limits.body_bytes")) config.bodyLimit = *v;
  if (auto v = positive(table["limits"]["batch_records"], "limits.batch_records")) config.limits.maxBatchRecords = *v;
  if (auto v = positive(table["limits"]["pull_records"], "limits.pull_records")) config.limits.maxPullLimit = *v;
  if (auto v = positive(table["server"]["worker_threads"], "server.worker_threads")) {
    config.workerThreads = static_cast<int>(*v);
  }
  if (auto v = positive(table["server"]["drain_seconds"], "server.drain_seconds")) {
    config.drainDeadline = std::chrono::seconds(*v);
  }
  if (auto v = positive(table["server"]["read_timeout_seconds"], "server.read_timeout_seconds")) {
    config.readTimeout = std::chrono::seconds(*v);
  }
  if (auto v = positive(table["auth"]["token_days"], "auth.token_days")) {
    config.limits.tokenLifetime = std::chrono::hours(24 * *v);
  }
  if (auto v = positive(table["auth"]["password_ops"], "auth.password_ops")) {
    config.passwordCost.opsLimit = static_cast<unsigned long long>(*v);
  }
  if (auto v = positive(table["auth"]["password_mem_mib"], "auth.password_mem_mib")) {
    config.passwordCost.memLimit = static_cast<std::size_t>(*v) * 1024 * 1024;
  }
  if (auto v = positive(table["auth"]["lock_after_failures"], "auth.lock_after_failures")) {
    config.loginThrottle.lockAfter = static_cast<int>(*v);
  }
  if (auto v = positive(table["auth"]["lock_minutes"], "auth.lock_minutes")) {
    config.loginThrottle.lockFor = std::chrono::minutes(*v);
  }
}

int runMain(int argc, char** argv) {
  po::options_description options("amparo-server options");
  options.add_options()("help,h", "show this help")("data", po::value<std::string>(), "data directory (required)")(
      "listen", po::value<std::string>(), "ADDR:PORT to listen on (default 127.0.0.1:8443; port 0 picks one)")(
      "config", po::value<std::string>(), "TOML config file; flags override it")(
      "cert", po::value<std::string>(), "PEM certificate chain (default: self-signed in DATA/tls)")(
      "key", po::value<std::string>(), "PEM private key")("demo",
                                                          "seed demo offices, sites and accounts (loopback only)")(
      "demo-activity", "--demo plus six months of made-up visits and screenings in TAP and TEN")(
      "username", po::value<std::string>()->default_value("admin"), "init-admin: the admin's username")(
      "command", po::value<std::string>(), "init-admin | verify | restore: maintenance on a stopped server, then exit")(
      "from", po::value<std::string>(), "restore: the backup directory to restore");
  po::positional_options_description positional;
  positional.add("command", 1);

  Config config;
  std::string command;
  std::string username;
  std::string from;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(options).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << "Usage: amparo-server --data DIR [--listen ADDR:PORT] [--config FILE] [--demo | --demo-activity]\n"
                   "       amparo-server --data DIR init-admin [--username NAME] < password-file\n"
                   "       amparo-server --data DIR verify\n"
                   "       amparo-server --data DIR restore --from BACKUP_DIR\n\n"
                << options;
      return 0;
    }
    if (vm.count("command")) {
      command = vm["command"].as<std::string>();
      if (command != "init-admin" && command != "verify" && command != "restore") {
        throw std::runtime_error("unknown command " + command);
      }
      if (command == "restore" && !vm.count("from")) throw std::runtime_error("restore needs --from BACKUP_DIR");
      if (vm.count("from")) from = vm["from"].as<std::string>();
      username = vm["username"].as<std::string>();
    }
    if (vm.count("config")) applyConfigFile(vm["config"].as<std::string>(), config);
    if (vm.count("data")) config.dataDir = vm["data"].as<std::string>();
    if (vm.count("listen")) parseListen(vm["listen"].as<std::string>(), config);
    if (vm.count("cert")) config.certificateFile = vm["cert"].as<std::string>();
    if (vm.count("key")) config.privateKeyFile = vm["key"].as<std::string>();
    config.demoActivity = vm.count("demo-activity") > 0;
    config.demo = vm.count("demo") > 0 || config.demoActivity;
    if (config.dataDir.empty()) throw std::runtime_error("--data DIR is required");
  } catch (const std::exception& e) {
    std::cerr << "amparo-server: " << e.what() << "\n";
    return 2;
  }

  if (command == "init-admin") return initAdmin(config, username);
  if (command == "verify") return verify(config);
  if (command == "restore") return restore(config, from);

  // Signals are taken synchronously by this thread only: block them before
  // any thread starts, so every thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  std::unique_ptr<App> app;
  try {
    app = App::start(config);
  } catch (const std::exception& e) {
    std::cerr << "amparo-server: " << e.what() << "\n";
    return 1;
  }
  printBanner(*app, config);

  int received = 0;
  sigwait(&signals, &received);
  logEvent("signal", {{"signal", received == SIGTERM ? "SIGTERM" : "SIGINT"}});
  const bool clean = app->stop();
  app.reset();
  std::cout << "amparo-server stopped" << (clean ? "" : " (some connections were closed at the deadline)") << std::endl;
  return 0;
}

}  // namespace amparo::server
