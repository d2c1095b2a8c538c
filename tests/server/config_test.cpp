// The TOML config file: every key lands, typos and nonsense are refused, and
// the shipped example stays valid.

#include <gtest/gtest.h>

#include <fstream>

#include "app.hpp"
#include "cli.hpp"
#include "temp_dir.hpp"

namespace amparo::server {
namespace {

using testing::TempDir;

std::string write(const TempDir& dir, const std::string& text) {
  const auto path = (dir.path() / "amparo.toml").string();
  std::ofstream(path) << text;
  return path;
}

TEST(ConfigTest, EveryKeyLands) {
  TempDir dir;
  Config config;
  applyConfigFile(write(dir, R"(
data = "/srv/amparo"
listen = "[::1]:9443"
[tls]
certificate = "/etc/amparo/cert.pem"
private_key = "/etc/amparo/key.pem"
[limits]
body_bytes = 1048576
batch_records = 200
pull_records = 300
[server]
worker_threads = 8
drain_seconds = 20
read_timeout_seconds = 12
[auth]
token_days = 30
password_ops = 3
password_mem_mib = 128
lock_after_failures = 6
lock_minutes = 45
)"),
                  config);
  EXPECT_EQ(config.dataDir, "/srv/amparo");
  EXPECT_EQ(config.listenAddress, "::1");
  EXPECT_EQ(config.port, 9443);
  EXPECT_EQ(config.privateKeyFile, "/etc/amparo/key.pem");
  EXPECT_EQ(config.bodyLimit, 1048576u);
  EXPECT_EQ(config.limits.maxBatchRecords, 200u);
  EXPECT_EQ(config.limits.maxPullLimit, 300u);
  EXPECT_EQ(config.workerThreads, 8);
  EXPECT_EQ(config.drainDeadline, std::chrono::seconds(20));
  EXPECT_EQ(config.readTimeout, std::chrono::seconds(12));
  EXPECT_EQ(config.limits.tokenLifetime, std::chrono::hours(24 * 30));
  EXPECT_EQ(config.passwordCost.opsLimit, 3u);
  EXPECT_EQ(config.passwordCost.memLimit, 128u * 1024 * 1024);
  EXPECT_EQ(config.loginThrottle.lockAfter, 6);
  EXPECT_EQ(config.loginThrottle.lockFor, std::chrono::minutes(45));
}

TEST(ConfigTest, TyposNegativesAndBrokenFilesAreRefused) {
  TempDir dir;
  Config config;
  EXPECT_THROW(applyConfigFile(write(dir, "lisen = \"127.0.0.1:1\"\n"), config), std::runtime_error);
  EXPECT_THROW(applyConfigFile(write(dir, "[limits]\nbody_byte = 5\n"), config), std::runtime_error);
  EXPECT_THROW(applyConfigFile(write(dir, "[limits]\nbody_bytes = -5\n"), config), std::runtime_error);
  EXPECT_THROW(applyConfigFile(write(dir, "[limits\n"), config), std::runtime_error);
  EXPECT_THROW(applyConfigFile(write(dir, "listen = \"no-port\"\n"), config), std::runtime_error);
  EXPECT_THROW(applyConfigFile((dir.path() / "missing.toml").string(), config), std::runtime_error);
}

TEST(ConfigTest, TheShippedExampleIsValid) {
  Config config;
  applyConfigFile(AMPARO_SOURCE_DIR "/deploy/amparo-server.example.toml", config);
  EXPECT_EQ(config.dataDir, "/var/lib/amparo");
  EXPECT_EQ(config.port, 8443);
  EXPECT_EQ(config.passwordCost.memLimit, 64u * 1024 * 1024);
}

}  // namespace
}  // namespace amparo::server
