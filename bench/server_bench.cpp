// Sync-server throughput over loopback TLS with synced writes, against the
// ceiling of the same records written straight into RocksDB in the same run.
// The disk's sync rate drifts 2-3x from minute to minute, so only the
// same-run ratios mean anything. Prints figures; asserts nothing.
// Run: build/bin/amparo_server_bench [BATCH CLIENTS [RECORDS]]
//   (with arguments, only that push row, e.g. to profile it under perf)

#include <google/protobuf/util/time_util.h>
#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "amparo/auth/v1/auth.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "amparo/wire/codec.hpp"
#include "amparo/wire/compression.hpp"
#include "app.hpp"
#include "auth/accounts.hpp"
#include "client/https_client.hpp"
#include "handlers/cursor.hpp"
#include "log.hpp"
#include "storage/entities.hpp"
#include "storage/store.hpp"

namespace {

using namespace amparo;
using namespace amparo::server;
namespace v1 = amparo::sync::v1;
namespace rec = amparo::records::v1;
using Clock = std::chrono::steady_clock;

constexpr const char* kAuthor = "bench-monitor";

// A realistic anonymous screening: about 800 bytes as JSON (envelope ids and
// hashes included), with Spanish free text.
domain::RecordEnvelope makeScreening(std::mt19937& random) {
  static const char* kNeeds[] = {"alojamiento",  "asesoría legal", "atención médica",
                                 "alimentación", "documentación",  "apoyo psicosocial"};
  static const char* kNationalities[] = {"HND", "GTM", "SLV", "VEN", "HTI", "CUB", "NIC", "COL"};
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(v1::RECORD_KIND_SCREENING);
  envelope.set_author(kAuthor);
  envelope.set_device_id("bench-tablet-01");
  envelope.set_office_code("TAP");
  const auto created = google::protobuf::util::TimeUtil::GetCurrentTime() -
                       google::protobuf::util::TimeUtil::SecondsToDuration(3600 + random() % 86400);
  *envelope.mutable_created_at() = created;
  *envelope.mutable_modified_at() = created;
  auto& s = *envelope.mutable_screening();
  s.set_visit_id(sync::newRecordId());
  s.set_mode(rec::SCREENING_MODE_ANONYMOUS);
  auto& consent = *s.add_consents();
  consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
  consent.set_given(true);
  *consent.mutable_recorded_at() = created;
  *s.mutable_interviewed_at() = created;
  auto& respondent = *s.mutable_respondent();
  respondent.set_sex(random() % 2 ? common::v1::SEX_FEMALE : common::v1::SEX_MALE);
  respondent.set_age_years(18 + static_cast<int>(random() % 40));
  respondent.set_age_band(domain::ageBandFor(respondent.age_years()));
  respondent.set_nationality(kNationalities[random() % 8]);
  auto& household = *s.mutable_household();
  household.set_travel_mode(rec::TRAVEL_MODE_WITH_FAMILY);
  household.set_adults(2);
  household.set_children(static_cast<int>(random() % 4));
  household.set_children_under_5(0);
  s.set_date_left("2026-0" + std::to_string(1 + random() % 9) + "-1" + std::to_string(random() % 9));
  s.add_flight_reasons(rec::FLIGHT_REASON_GENERAL_VIOLENCE);
  auto& intentions = *s.mutable_intentions();
  intentions.set_destination_country("USA");
  intentions.add_destination_reasons("Reunirse con un hermano que vive en Houston desde hace cinco años.");
  intentions.set_risk_if_returned(common::v1::ANSWER_YES);
  intentions.set_intends_to_seek_asylum(common::v1::ANSWER_DOES_NOT_KNOW);
  s.add_main_needs(kNeeds[random() % 6]);
  s.add_main_needs(kNeeds[random() % 6]);
  sync::seal(envelope);
  return envelope;
}

double seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

// A fresh folder, removed at exit.
struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("amparo-bench-" + std::to_string(std::random_device()()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
};

std::string pushBody(const std::vector<domain::RecordEnvelope>& records, std::size_t from, std::size_t count) {
  v1::PushRequest request;
  for (std::size_t i = from; i < from + count; ++i) *request.add_records() = records[i];
  return wire::toBinary(request);
}

// CPU seconds used by the whole process so far (client and server threads):
// less sensitive than wall time to the disk's mood and to other load.
double processCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Rate {
  double recordsPerSecond = 0;
  double cpuMicrosPerRecord = 0;
};

// Records/s through the server: `clients` client threads, each with its own
// kept-alive TLS connection (as each tablet keeps one).
Rate serverRate(const client::HttpsClient& prototype, const std::string& token, const std::vector<std::string>& bodies,
                std::size_t recordsPerBody, int clients) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  const auto started = Clock::now();
  auto work = [&] {
    pthread_setname_np(pthread_self(), "bench-client");
    auto client = prototype;
    client.setKeepAlive(true);
    for (std::size_t i = next++; i < bodies.size(); i = next++) {
      const auto response =
          client.request("POST", "/v1/sync/push", bodies[i],
                         {{"Content-Type", "application/x-protobuf"}, {"Authorization", "Bearer " + token}});
      if (response.status != 200) failed = true;
    }
  };
  const double cpuStarted = processCpuSeconds();
  std::vector<std::thread> others;
  for (int i = 0; i < clients; ++i) others.emplace_back(work);
  for (auto& thread : others) thread.join();
  if (failed) throw std::runtime_error("a push failed");
  const auto records = static_cast<double>(bodies.size() * recordsPerBody);
  return {records / seconds(Clock::now() - started), 1e6 * (processCpuSeconds() - cpuStarted) / records};
}

// Records/s written straight into RocksDB, one synced WriteBatch per batch.
double ceilingRate(const std::filesystem::path& dir, const std::vector<domain::RecordEnvelope>& records,
                   std::size_t batchSize) {
  auto store = storage::Store::open(dir);
  if (!store) throw std::runtime_error(store.error().message);
  const auto started = Clock::now();
  for (std::size_t from = 0; from < records.size(); from += batchSize) {
    auto batch = (*store)->batch();
    for (std::size_t i = from; i < std::min(records.size(), from + batchSize); ++i) {
      batch.put(storage::ColumnFamilyId::Records, storage::recordKey(records[i].id(), records[i].revision()),
                wire::toBinary(records[i]));
    }
    if (!(*store)->write(batch)) throw std::runtime_error("ceiling write failed");
  }
  return static_cast<double>(records.size()) / seconds(Clock::now() - started);
}

}  // namespace

int main(int argc, char** argv) {
  setLogEnabled(false);
  std::vector<std::size_t> batches{1, 100, 1000};
  std::vector<int> clientCounts{2, 4, 8};
  std::size_t onlyRecords = 0;
  if (argc >= 3) {
    batches = {static_cast<std::size_t>(std::stoul(argv[1]))};
    clientCounts = {std::stoi(argv[2])};
    if (argc >= 4) onlyRecords = std::stoul(argv[3]);
  }
  std::mt19937 random(42);
  const auto sample = makeScreening(random);
  if (const auto findings = validation::validate(sample); !findings.ok()) {
    for (const auto& issue : findings.errors())
      std::fprintf(stderr, "invalid sample: %s %s\n", issue.path.c_str(), issue.code.c_str());
    return 1;
  }
  std::printf("screening: %zu bytes protobuf, %zu bytes JSON\n", wire::toBinary(sample).size(),
              wire::toJson(sample).size());

  TempDir dir;
  // Each push row gets a fresh server, as the ceiling gets a fresh database:
  // otherwise later rows pay for the flushes and compactions of earlier ones.
  int serverCount = 0;
  std::unique_ptr<App> app;
  std::optional<client::HttpsClient> client;
  std::string token;
  const auto startServer = [&]() -> bool {
    if (app) app->stop();
    Config config;
    config.dataDir = dir.path / ("server-" + std::to_string(++serverCount));
    config.port = 0;
    config.passwordCost = server::auth::PasswordCost::minimal();
    config.bodyLimit = 64 * 1024 * 1024;
    config.limits.maxBatchRecords = 1000;
    config.limits.maxPullLimit = 1000;
    app = App::start(config);
    if (!server::auth::createAccount(app->accounts(), kAuthor, "bench password", storage::Role::Monitor, {"TAP"},
                                     server::auth::PasswordCost::minimal(), "bench")) {
      return false;
    }
    client.emplace(app->port(), app->fingerprint());
    amparo::auth::v1::EnrollRequest enroll;
    enroll.set_username(kAuthor);
    enroll.set_password("bench password");
    amparo::auth::v1::EnrollResponse enrolled;
    const auto enrollResponse = client->request("POST", "/v1/devices/enroll", wire::toBinary(enroll),
                                                {{"Content-Type", "application/x-protobuf"}});
    if (!wire::fromBinary(enrollResponse.body, enrolled)) return false;
    token = enrolled.token();
    return true;
  };

  std::printf("\ndurable push over loopback TLS vs synced RocksDB WriteBatch (same run)\n");
  std::printf("records as the app sends them (content_hash left to the server)\n");
  std::printf("%8s %8s %10s %14s %14s %8s %12s\n", "batch", "clients", "records", "server rec/s", "ceiling rec/s",
              "ratio", "cpu us/rec");
  for (const std::size_t batch : batches)
    for (const int clients : clientCounts) {
      const std::size_t total = onlyRecords ? onlyRecords : batch == 1 ? 500 : batch == 100 ? 30000 : 40000;
      std::vector<domain::RecordEnvelope> records;
      for (std::size_t i = 0; i < total; ++i) {
        records.push_back(makeScreening(random));
        records.back().clear_content_hash();
      }
      std::vector<std::string> bodies;
      for (std::size_t from = 0; from < total; from += batch) bodies.push_back(pushBody(records, from, batch));
      std::vector<domain::RecordEnvelope> ceilingRecords;
      for (std::size_t i = 0; i < total; ++i) ceilingRecords.push_back(makeScreening(random));
      if (!startServer()) return 1;
      const auto [server, cpuPerRecord] = serverRate(*client, token, bodies, batch, clients);
      const double ceiling = ceilingRate(
          dir.path / ("ceiling-" + std::to_string(batch) + "-" + std::to_string(clients)), ceilingRecords, batch);
      std::printf("%8zu %8d %10zu %14.0f %14.0f %7.0f%% %12.1f\n", batch, clients, total, server, ceiling,
                  100.0 * server / ceiling, cpuPerRecord);
    }

  if (argc >= 3) {  // one push row only
    app->stop();
    return 0;
  }

  // Pull: the whole feed of the last row's server in pages of 1000, on one
  // kept-alive connection.
  client->setKeepAlive(true);
  std::size_t pulled = 0;
  std::string cursor;
  const auto started = Clock::now();
  for (;;) {
    const auto response = client->request(
        "GET", "/v1/sync/pull?limit=1000" + (cursor.empty() ? "" : "&cursor=" + handlers::cursorToParam(cursor)), {},
        {{"Authorization", "Bearer " + token}, {"Accept-Encoding", "identity"}});
    v1::PullResponse page;
    if (response.status != 200 || !wire::fromBinary(response.body, page)) return 1;
    pulled += static_cast<std::size_t>(page.records_size());
    cursor = page.next_cursor();
    if (!page.has_more()) break;
  }
  std::printf("\npull: %zu records at %.0f records/s (pages of 1000)\n", pulled,
              static_cast<double>(pulled) / seconds(Clock::now() - started));

  // Bytes on the wire per record for a 100-record push, HTTP framing included
  // (request line and headers as this client sends them; TLS records excluded).
  std::vector<domain::RecordEnvelope> hundred;
  for (int i = 0; i < 100; ++i) hundred.push_back(makeScreening(random));
  v1::PushRequest request;
  for (const auto& r : hundred) *request.add_records() = r;
  const std::string framing =
      "POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      "Content-Type: application/x-protobuf\r\nAuthorization: Bearer " +
      token + "\r\nContent-Encoding: zstd\r\nContent-Length: 12345\r\n\r\n";
  const auto binary = wire::toBinary(request);
  const auto json = wire::toJson(request);
  // The same push with content_hash left out: the server derives it from the
  // body (the revision still covers it).
  v1::PushRequest lean = request;
  for (auto& r : *lean.mutable_records()) r.clear_content_hash();
  const auto leanBinary = wire::toBinary(lean);
  if (const char* dump = std::getenv("AMPARO_BENCH_DUMP")) {
    std::ofstream(std::string(dump) + ".full.bin", std::ios::binary) << binary;
    std::ofstream(std::string(dump) + ".lean.bin", std::ios::binary) << leanBinary;
  }
  std::printf("\nbytes per record, 100-record push with HTTP framing (%zu header bytes):\n", framing.size());
  std::printf("  protobuf       %6.1f\n", static_cast<double>(framing.size() + binary.size()) / 100);
  std::printf("  protobuf+zstd  %6.1f\n",
              static_cast<double>(framing.size() + wire::compress(wire::Encoding::Zstd, binary).size()) / 100);
  std::printf("  protobuf+zstd, content_hash left to the server  %6.1f\n",
              static_cast<double>(framing.size() + wire::compress(wire::Encoding::Zstd, leanBinary).size()) / 100);
  std::printf("  protobuf+gzip  %6.1f\n",
              static_cast<double>(framing.size() + wire::compress(wire::Encoding::Gzip, binary).size()) / 100);
  std::printf("  JSON           %6.1f\n", static_cast<double>(framing.size() + json.size()) / 100);
  std::printf("  JSON+zstd      %6.1f\n",
              static_cast<double>(framing.size() + wire::compress(wire::Encoding::Zstd, json).size()) / 100);
  app->stop();
  return 0;
}
