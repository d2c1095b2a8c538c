// Export throughput and memory: N identified screenings (with needs) in a
// real RocksDB store, exported through the same writer the handler uses, to
// CSV and to XLSX (constant_memory), on disk. Prints rows/s and the peak RSS
// of each export phase (the peak is reset before each phase through
// /proc/self/clear_refs, so building the store does not count).
// Run: build/bin/amparo_export_bench [records ...]   (default: 100000 1000000)

#include <fcntl.h>
#include <google/protobuf/util/time_util.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "export/exporter.hpp"
#include "log.hpp"
#include "storage/audit_log.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace {

using namespace amparo;
using namespace amparo::server;
namespace rec = amparo::records::v1;

long kibLine(const char* key) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(key, 0) == 0) return std::atol(line.c_str() + std::strlen(key));
  }
  return -1;
}
void resetPeak() {
  std::ofstream("/proc/self/clear_refs") << "5";
}
double peakMiB() {
  return static_cast<double>(kibLine("VmHWM:")) / 1024.0;
}

domain::RecordEnvelope screening(const std::string& visitId, std::mt19937& random) {
  using google::protobuf::util::TimeUtil;
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(amparo::sync::v1::RECORD_KIND_SCREENING);
  envelope.set_author("mon-bench");
  envelope.set_device_id("bench-device");
  envelope.set_office_code(random() % 2 ? "TAP" : "TEN");
  *envelope.mutable_created_at() = TimeUtil::GetCurrentTime();
  *envelope.mutable_modified_at() = envelope.created_at();
  auto& s = *envelope.mutable_screening();
  s.set_visit_id(visitId);
  s.set_mode(rec::SCREENING_MODE_IDENTIFIED);
  s.set_legal_basis(rec::LEGAL_BASIS_MANDATE);
  s.set_person_id(sync::newRecordId());
  *s.mutable_interviewed_at() = envelope.created_at();
  auto& consent = *s.add_consents();
  consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
  consent.set_given(true);
  auto& respondent = *s.mutable_respondent();
  respondent.set_sex(random() % 2 ? amparo::common::v1::SEX_FEMALE : amparo::common::v1::SEX_MALE);
  respondent.set_age_years(static_cast<int>(18 + random() % 50));
  respondent.set_nationality(random() % 3 ? "HND" : "VEN");
  s.mutable_household()->set_adults(2);
  s.mutable_household()->set_children(static_cast<int>(random() % 4));
  s.add_flight_reasons(rec::FLIGHT_REASON_THREATS);
  s.mutable_intentions()->set_destination_country("USA");
  s.add_main_needs("shelter");
  s.add_specific_needs()->set_code("WR-WR");
  sync::seal(envelope);
  return envelope;
}

struct Phase {
  double seconds = 0;
  std::uint64_t rows = 0;
  double before = 0;  // RSS when the phase starts (store, caches)
  double peak = 0;
  std::uint64_t bytes = 0;
};

Phase runOne(const storage::RecordStore& records, const std::filesystem::path& dir, bool xlsx) {
  exports::ExportPlan plan;
  plan.offices = {"TAP", "TEN"};
  plan.hxl = true;
  if (xlsx) {
    plan.tables = {exports::findTable("screening"), exports::findTable("specific_need")};
  } else {
    plan.tables = {exports::findTable("screening")};
  }
  const exports::ExportContext context(false, exports::siteLookup(records));
  resetPeak();
  const double before = static_cast<double>(kibLine("VmRSS:")) / 1024.0;
  const auto started = std::chrono::steady_clock::now();
  const auto path = dir / (xlsx ? "bench.xlsx" : "bench.csv");
  storage::Result<exports::ExportStats> stats = exports::ExportStats{};
  if (xlsx) {
    auto writer = exports::xlsxWriter(path, dir);
    stats = exports::runExport(records, plan, context, *writer);
  } else {
    std::FILE* out = std::fopen(path.c_str(), "w");
    auto writer = exports::csvWriter(out);
    stats = exports::runExport(records, plan, context, *writer);
    std::fclose(out);
  }
  Phase phase;
  phase.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  phase.peak = peakMiB();
  phase.before = before;
  if (!stats) {
    std::fprintf(stderr, "export failed: %s\n", stats.error().message.c_str());
    std::exit(1);
  }
  phase.rows = stats->totalRows();
  phase.bytes = std::filesystem::file_size(path);
  std::filesystem::remove(path);
  return phase;
}

}  // namespace

int main(int argc, char** argv) {
  setLogEnabled(false);
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(static_cast<std::size_t>(std::atoll(argv[i])));
  if (sizes.empty()) sizes = {100000, 1000000};
  std::printf("| screenings | format | rows | seconds | rows/s | file MiB | RSS before MiB | peak RSS MiB |\n");
  std::printf("|---:|---|---:|---:|---:|---:|---:|---:|\n");
  for (const auto size : sizes) {
    const auto dir = std::filesystem::temp_directory_path() / ("amparo-export-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
      auto opened = storage::Store::open(dir / "db");
      if (!opened) return 1;
      auto& store = **opened;
      storage::AuditLog audit(store);
      storage::RecordStore records(store, audit);
      std::mt19937 random(42);
      const auto visit = sync::newRecordId();
      constexpr std::size_t kBatch = 5000;
      for (std::size_t done = 0; done < size; done += kBatch) {
        std::vector<domain::RecordEnvelope> batch;
        for (std::size_t i = done; i < std::min(size, done + kBatch); ++i) batch.push_back(screening(visit, random));
        if (!records.commit(batch, "bench")) return 1;
      }
      for (const bool xlsx : {false, true}) {
        const auto phase = runOne(records, dir, xlsx);
        std::printf("| %zu | %s | %llu | %.1f | %.0f | %.1f | %.0f | %.0f |\n", size, xlsx ? "xlsx" : "csv",
                    static_cast<unsigned long long>(phase.rows), phase.seconds,
                    static_cast<double>(phase.rows) / phase.seconds, static_cast<double>(phase.bytes) / 1048576.0,
                    phase.before, phase.peak);
        std::fflush(stdout);
      }
      (void)store.close();
    }
    std::filesystem::remove_all(dir);
  }
  return 0;
}
