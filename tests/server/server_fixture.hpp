#pragma once
// Starts the real server in-process on 127.0.0.1, port 0, with a fresh data
// directory and a generated certificate; tests talk real TLS over loopback.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>

#include "amparo/auth/v1/auth.pb.h"
#include "amparo/sync/v1/sync.pb.h"
#include "amparo/wire/codec.hpp"
#include "app.hpp"
#include "auth/accounts.hpp"
#include "https_client.hpp"
#include "log.hpp"
#include "temp_dir.hpp"

namespace amparo::server::testing {

inline constexpr const char* kProtobuf = "application/x-protobuf";
inline constexpr std::size_t kTestBodyLimit = 256 * 1024;
inline constexpr std::size_t kTestMaxBatch = 50;

class ServerFixture : public ::testing::Test {
protected:
  void SetUp() override {
    setLogEnabled(false);
    startServer();
    const auto cost = auth::PasswordCost::minimal();
    auto& accounts = m_app->accounts();
    ASSERT_TRUE(auth::createAccount(accounts, "mon-a", "pw-a", storage::Role::Monitor, {"TAP"}, cost, "test").ok());
    ASSERT_TRUE(auth::createAccount(accounts, "mon-b", "pw-b", storage::Role::Monitor, {"TAP"}, cost, "test").ok());
    ASSERT_TRUE(auth::createAccount(accounts, "mon-ten", "pw-t", storage::Role::Monitor, {"TEN"}, cost, "test").ok());
    ASSERT_TRUE(
        auth::createAccount(accounts, "coord", "pw-c", storage::Role::Coordinator, {"TAP", "TEN"}, cost, "test").ok());
  }

  void TearDown() override {
    if (m_app) {
      EXPECT_TRUE(m_app->stop());  // a no-op returning true when a test stopped it already
    }
  }

  void startServer() {
    Config config;
    config.dataDir = m_dir.path();
    config.port = 0;
    config.passwordCost = auth::PasswordCost::minimal();
    config.bodyLimit = kTestBodyLimit;
    config.limits.maxBatchRecords = kTestMaxBatch;
    config.storeWriteBufferSize = 64 * 1024;
    config.drainDeadline = std::chrono::milliseconds(3000);
    m_app = App::start(config);
    m_client = std::make_unique<HttpsClient>(m_app->port(), m_app->fingerprint());
  }

  void restartServer() {
    ASSERT_TRUE(m_app->stop());
    m_app.reset();
    startServer();
  }

  const HttpsClient& client() const { return *m_client; }
  const std::filesystem::path& dataDir() const { return m_dir.path(); }
  void stopServer() {
    ASSERT_TRUE(m_app->stop());
    m_app.reset();
  }
  App& app() { return *m_app; }

  // The test client closes each connection after its response and the server
  // notices the close a moment later; metrics tests wait for that first.
  void waitUntilNoConnectionIsOpen() {
    for (int i = 0; i < 500 && m_app->metrics().openConnections() != 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

  std::string enroll(const std::string& username, const std::string& password) {
    amparo::auth::v1::EnrollRequest request;
    request.set_username(username);
    request.set_password(password);
    request.set_device_label("test tablet");
    const auto response =
        client().request("POST", "/v1/devices/enroll", wire::toBinary(request), {{"Content-Type", kProtobuf}});
    EXPECT_EQ(response.status, 200) << response.body;
    amparo::auth::v1::EnrollResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body.token();
  }

  HttpResponse pushRaw(const std::string& token, const amparo::sync::v1::PushRequest& request) {
    return client().request("POST", "/v1/sync/push", wire::toBinary(request),
                            {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + token}});
  }

  amparo::sync::v1::PushResponse push(const std::string& token, const amparo::sync::v1::PushRequest& request) {
    const auto response = pushRaw(token, request);
    EXPECT_EQ(response.status, 200) << response.body;
    amparo::sync::v1::PushResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body;
  }

  amparo::sync::v1::PullResponse pull(const std::string& token, const std::string& query = {}) {
    const auto response = client().request("GET", "/v1/sync/pull" + query, {}, {{"Authorization", "Bearer " + token}});
    EXPECT_EQ(response.status, 200) << response.body;
    amparo::sync::v1::PullResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body;
  }

  static amparo::sync::v1::Error errorOf(const HttpResponse& response) {
    amparo::sync::v1::Error error;
    if (response.header("content-type") == "application/json") {
      EXPECT_TRUE(wire::fromJson(response.body, error)) << response.body;
    } else {
      EXPECT_TRUE(wire::fromBinary(response.body, error));
    }
    return error;
  }

private:
  TempDir m_dir;
  std::unique_ptr<App> m_app;
  std::unique_ptr<HttpsClient> m_client;
};

}  // namespace amparo::server::testing
