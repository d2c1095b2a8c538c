// The real binary as a separate process: killed with SIGKILL while a client
// streams pushes, restarted on the same data, every acknowledged record must
// be there exactly once, and a batch is never half-stored. Then SIGTERM must
// drain and exit 0.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#include "amparo/auth/v1/auth.pb.h"
#include "amparo/sync/v1/sync.pb.h"
#include "amparo/wire/codec.hpp"
#include "handlers/cursor.hpp"
#include "https_client.hpp"
#include "temp_dir.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;

// A running amparo-server with its port and fingerprint read from stdout.
class ServerProcess {
public:
  explicit ServerProcess(const std::filesystem::path& dataDir) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    m_pid = fork();
    if (m_pid == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      // Keep the test output readable: the server's log goes nowhere.
      std::freopen("/dev/null", "w", stderr);
      execl(AMPARO_SERVER_BINARY, AMPARO_SERVER_BINARY, "--demo", "--data", dataDir.c_str(), "--listen", "127.0.0.1:0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    m_out = fdopen(out[0], "r");
    char line[512];
    while (std::fgets(line, sizeof line, m_out) != nullptr) {
      const std::string text(line);
      if (auto at = text.find("https://127.0.0.1:"); at != std::string::npos) {
        m_port = static_cast<std::uint16_t>(std::stoi(text.substr(at + 18)));
      }
      if (auto at = text.find("SHA-256:"); at != std::string::npos) {
        m_fingerprint = text.substr(text.find_first_not_of(' ', at + 8));
        m_fingerprint.erase(m_fingerprint.find_last_not_of("\r\n") + 1);
      }
      if (text.find("Stop with Ctrl-C") != std::string::npos) break;
    }
    if (m_port == 0 || m_fingerprint.empty()) throw std::runtime_error("the server did not start");
  }

  ~ServerProcess() {
    if (m_pid > 0) {
      kill(m_pid, SIGKILL);
      waitpid(m_pid, nullptr, 0);
    }
    if (m_out) std::fclose(m_out);
  }

  HttpsClient client() const { return HttpsClient(m_port, m_fingerprint); }

  // Sends `signal` and returns the exit status (or 128 + signal if killed).
  int stop(int signal) {
    kill(m_pid, signal);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

private:
  pid_t m_pid = -1;
  std::FILE* m_out = nullptr;
  std::uint16_t m_port = 0;
  std::string m_fingerprint;
};

std::string enrollDemoMonitor(const HttpsClient& client) {
  amparo::auth::v1::EnrollRequest request;
  request.set_username("demo-monitor");
  request.set_password("amparo-monitor");
  const auto response = client.request("POST", "/v1/devices/enroll", wire::toBinary(request),
                                       {{"Content-Type", "application/x-protobuf"}});
  amparo::auth::v1::EnrollResponse body;
  if (response.status != 200 || !wire::fromBinary(response.body, body)) throw std::runtime_error("enroll failed");
  return body.token();
}

TEST(CrashTest, EveryAcknowledgedRecordSurvivesSigkillExactlyOnce) {
  TempDir dir;
  std::set<std::string> acknowledged;
  std::vector<std::set<std::string>> unacknowledgedBatches;
  std::string token;
  {
    ServerProcess server(dir.path());
    const auto client = server.client();
    token = enrollDemoMonitor(client);
    std::atomic<bool> stop{false};
    std::thread pusher([&] {
      while (!stop) {
        v1::PushRequest batch;
        std::set<std::string> ids;
        for (int i = 0; i < 20; ++i) {
          auto record = makeVisit("demo-monitor", "TAP");
          ids.insert(record.id());
          *batch.add_records() = std::move(record);
        }
        try {
          const auto response =
              client.request("POST", "/v1/sync/push", wire::toBinary(batch),
                             {{"Content-Type", "application/x-protobuf"}, {"Authorization", "Bearer " + token}});
          v1::PushResponse body;
          if (response.status != 200 || !wire::fromBinary(response.body, body)) throw std::runtime_error("no answer");
          for (const auto& result : body.results()) {
            ASSERT_EQ(result.outcome(), v1::PUSH_OUTCOME_ACCEPTED);
            acknowledged.insert(result.record_id());
          }
        } catch (const std::exception&) {
          unacknowledgedBatches.push_back(ids);  // killed mid-request: stored whole or not at all
          return;
        }
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_EQ(server.stop(SIGKILL), 128 + SIGKILL);
    stop = true;
    pusher.join();
  }
  ASSERT_GT(acknowledged.size(), 20u) << "the client should have pushed for a while";

  ServerProcess restarted(dir.path());
  const auto client = restarted.client();
  std::map<std::string, int> seen;
  std::string cursor;
  for (;;) {  // the token survived too
    const auto response = client.request(
        "GET", "/v1/sync/pull?limit=500" + (cursor.empty() ? "" : "&cursor=" + handlers::cursorToParam(cursor)), {},
        {{"Authorization", "Bearer " + token}});
    ASSERT_EQ(response.status, 200);
    v1::PullResponse page;
    ASSERT_TRUE(wire::fromBinary(response.body, page));
    for (const auto& record : page.records()) {
      if (record.kind() == v1::RECORD_KIND_VISIT) ++seen[record.id()];
    }
    cursor = page.next_cursor();
    if (!page.has_more()) break;
  }
  for (const auto& id : acknowledged) EXPECT_EQ(seen[id], 1) << id;
  for (const auto& batch : unacknowledgedBatches) {
    std::size_t present = 0;
    for (const auto& id : batch) present += seen.count(id);
    EXPECT_TRUE(present == 0 || present == batch.size()) << present << " of " << batch.size();
  }
  std::size_t expected = acknowledged.size();
  for (const auto& batch : unacknowledgedBatches) {
    if (seen.count(*batch.begin())) expected += batch.size();
  }
  EXPECT_EQ(seen.size(), expected);  // nothing else appeared

  // SIGTERM drains and exits 0.
  EXPECT_EQ(restarted.stop(SIGTERM), 0);
}

}  // namespace
}  // namespace amparo::server::testing
