// GET /v1/stats at scale: N stored screenings (with a visit per 20 and a
// referral per 20, over two offices) written straight into RocksDB through
// RecordStore::commit in big batches, then, timed apart: the statistics
// projection catching up from sequence 0 (what a first start on an existing
// database does), and the aggregation for a coordinator of both offices,
// unfiltered and filtered. Prints figures and the peak RSS; asserts nothing.
// Run: build/bin/amparo_stats_bench [N ...]   (default: 100000 1000000)

#include <google/protobuf/util/time_util.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "log.hpp"
#include "reports/stats_service.hpp"
#include "storage/audit_log.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace {

using namespace amparo;
using namespace amparo::server;
namespace v1 = amparo::sync::v1;
namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kBatch = 5000;
constexpr int kScreeningsPerVisit = 20;

double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU seconds (user + system) of the calling thread, which does all of the
// catch-up and aggregation work (RocksDB's flushes and compactions run on its
// own threads and are not counted): on a shared machine the wall time drifts
// with the neighbours' load, this much less.
double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_THREAD, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

struct Generator {
  std::mt19937 random{42};
  std::int64_t baseSeconds = 1'780'000'000;  // 2026-05
  std::string visitId;
  std::string office;
  std::int64_t visitSeconds = 0;
  std::vector<std::string> identified;  // screenings of this visit to refer

  void fill(domain::RecordEnvelope& e, v1::RecordKind kind, std::int64_t at) const {
    e.set_id(sync::newRecordId());
    e.set_kind(kind);
    e.set_author(office == "TAP" ? "mon-tap" : "mon-ten");
    e.set_device_id("bench-tablet");
    e.set_office_code(office);
    *e.mutable_created_at() = google::protobuf::util::TimeUtil::SecondsToTimestamp(at);
    *e.mutable_modified_at() = e.created_at();
  }

  domain::RecordEnvelope visit(std::size_t n) {
    office = n % 2 == 0 ? "TAP" : "TEN";
    visitSeconds = baseSeconds + static_cast<std::int64_t>(n) * 1800;
    domain::RecordEnvelope e;
    fill(e, v1::RECORD_KIND_VISIT, visitSeconds);
    visitId = e.id();
    auto& v = *e.mutable_visit();
    const auto type = static_cast<rec::VisitType>(1 + n % 5);
    v.set_visit_type(type);
    v.set_site_id(office == "TAP" ? "019a0000-0000-7000-8000-0000000000a1" : "019a0000-0000-7000-8000-0000000000a2");
    *v.mutable_started_at() = e.created_at();
    v.set_access(n % 17 == 0 ? rec::ACCESS_OBTAINED_DENIED : rec::ACCESS_OBTAINED_YES);
    v.set_narrative("Texto libre de la visita, que nunca entra en las estadísticas.");
    auto& session = *v.add_information_sessions();
    session.mutable_participants()->set_total(static_cast<int>(random() % 40));
    if (type == rec::VISIT_TYPE_DETENTION) {
      auto& d = *v.mutable_detention();
      d.set_official_capacity(960);
      d.mutable_population()->set_total(700 + static_cast<int>(random() % 200));
      d.mutable_population()->set_girls(static_cast<int>(random() % 2));
      d.mutable_population()->set_boys(0);
      d.set_longest_detention_days(static_cast<int>(random() % 60));
    } else if (type == rec::VISIT_TYPE_SHELTER) {
      auto& s = *v.mutable_shelter();
      s.set_capacity(120);
      s.mutable_occupancy()->set_total(80 + static_cast<int>(random() % 80));
      s.set_refusals_of_entry(static_cast<int>(random() % 5));
    }
    sync::seal(e);
    return e;
  }

  domain::RecordEnvelope screening(std::size_t n) {
    static const char* kNationalities[] = {"HND", "GTM", "SLV", "VEN", "HTI", "CUB", "NIC", "COL"};
    static const char* kNeeds[] = {"LP-DA", "SP-PT", "WR-WR", "SC-UC", "SM-CI", "LP-ND", "ER-NF", "DS-V"};
    domain::RecordEnvelope e;
    fill(e, v1::RECORD_KIND_SCREENING, visitSeconds + static_cast<std::int64_t>(n % kScreeningsPerVisit) * 60);
    auto& s = *e.mutable_screening();
    s.set_visit_id(visitId);
    s.set_mode(n % 20 == 0 ? rec::SCREENING_MODE_IDENTIFIED : rec::SCREENING_MODE_ANONYMOUS);
    auto& consent = *s.add_consents();
    consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
    consent.set_given(true);
    *s.mutable_interviewed_at() = e.created_at();
    auto& r = *s.mutable_respondent();
    r.set_sex(random() % 2 ? cmn::SEX_FEMALE : cmn::SEX_MALE);
    r.set_age_years(12 + static_cast<int>(random() % 60));
    r.set_age_band(domain::ageBandFor(r.age_years()));
    r.set_nationality(kNationalities[random() % 8]);
    auto& h = *s.mutable_household();
    h.set_travel_mode(rec::TRAVEL_MODE_WITH_FAMILY);
    h.set_adults(1 + static_cast<int>(random() % 2));
    h.set_children(static_cast<int>(random() % 4));
    s.add_main_needs("asesoría legal");
    for (int i = 0, count = static_cast<int>(random() % 3); i < count; ++i) {
      auto& need = *s.add_specific_needs();
      need.set_code(kNeeds[random() % 8]);
      need.set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
    }
    s.set_case_priority(n % 97 == 0 ? cmn::PRIORITY_EMERGENCY : cmn::PRIORITY_NORMAL);
    sync::seal(e);
    if (s.mode() == rec::SCREENING_MODE_IDENTIFIED) identified.push_back(e.id());
    return e;
  }

  domain::RecordEnvelope referral(const std::string& screeningId, std::size_t n) {
    static const rec::ReferralStatus kStatuses[] = {rec::REFERRAL_STATUS_SENT, rec::REFERRAL_STATUS_ACCEPTED,
                                                    rec::REFERRAL_STATUS_REJECTED, rec::REFERRAL_STATUS_IN_PROGRESS,
                                                    rec::REFERRAL_STATUS_DELIVERY_FAILED};
    static const char* kAgencies[] = {"COMAR", "DIF", "PARTNER_LEGAL", "HEALTH"};
    domain::RecordEnvelope e;
    fill(e, v1::RECORD_KIND_REFERRAL, visitSeconds + 3600);
    auto& r = *e.mutable_referral();
    r.set_screening_id(screeningId);
    r.set_agency_code(kAgencies[n % 4]);
    r.set_status(kStatuses[random() % 5]);
    r.set_sent_on("2026-06-01");
    if (r.status() != rec::REFERRAL_STATUS_SENT) r.set_answered_on("2026-06-" + std::to_string(10 + random() % 18));
    sync::seal(e);
    return e;
  }
};

void run(std::size_t screenings) {
  const auto dir = std::filesystem::temp_directory_path() / ("amparo-stats-bench-" + std::to_string(screenings));
  std::filesystem::remove_all(dir);
  auto opened = storage::Store::open(dir / "db");
  if (!opened) throw std::runtime_error(opened.error().message);
  auto store = std::move(*opened);
  storage::AuditLog audit(*store);
  storage::RecordStore records(*store, audit);
  if (!audit.recover() || !records.recover()) throw std::runtime_error("recover failed");

  // Load: a visit, its 20 screenings, a referral of its identified one.
  const auto loadStart = Clock::now();
  Generator generator;
  std::vector<domain::RecordEnvelope> batch;
  batch.reserve(kBatch + 64);
  std::size_t stored = 0;
  const auto flush = [&] {
    auto result = records.commit(batch, "bench");
    if (!result) throw std::runtime_error(result.error().message);
    stored += batch.size();
    batch.clear();
  };
  for (std::size_t n = 0; n < screenings; ++n) {
    if (n % kScreeningsPerVisit == 0) {
      for (std::size_t i = 0; i < generator.identified.size(); ++i) {
        batch.push_back(generator.referral(generator.identified[i], n + i));
      }
      generator.identified.clear();
      batch.push_back(generator.visit(n / kScreeningsPerVisit));
    }
    batch.push_back(generator.screening(n));
    if (batch.size() >= kBatch) flush();
  }
  flush();
  const double loadSeconds = seconds(loadStart);
  const double rssAfterLoad = peakRssMb();

  reports::StatsService service(*store, records);
  const auto catchUpStart = Clock::now();
  const double catchUpCpu = cpuSeconds();
  if (!service.open()) throw std::runtime_error("open failed");
  auto indexed = service.catchUp();
  if (!indexed) throw std::runtime_error(indexed.error().message);
  const double catchUpSeconds = seconds(catchUpStart);
  const double catchUpCpuSeconds = cpuSeconds() - catchUpCpu;
  const double rssAfterCatchUp = peakRssMb();

  reports::StatsFilter all;
  all.offices = {"TAP", "TEN"};
  reports::StatsFilter filtered = all;
  filtered.visitType = rec::VISIT_TYPE_DETENTION;
  filtered.fromDay = reports::dayOfIsoDate("2026-06-01");
  filtered.toDay = reports::dayOfIsoDate("2026-08-31");
  // Median of 3 runs: wall and CPU seconds.
  const auto timeIt = [&](const reports::StatsFilter& filter, std::int64_t& considered, double& cpu) {
    std::vector<std::pair<double, double>> runs;
    for (int i = 0; i < 3; ++i) {
      const auto start = Clock::now();
      const auto startCpu = cpuSeconds();
      auto stats = service.compute(filter);
      if (!stats) throw std::runtime_error(stats.error().message);
      runs.emplace_back(seconds(start), cpuSeconds() - startCpu);
      considered = stats->records_considered();
    }
    std::sort(runs.begin(), runs.end());
    cpu = runs[1].second;
    return runs[1].first;
  };
  std::int64_t consideredAll = 0;
  std::int64_t consideredFiltered = 0;
  double allCpu = 0;
  double filteredCpu = 0;
  const double allSeconds = timeIt(all, consideredAll, allCpu);
  const double filteredSeconds = timeIt(filtered, consideredFiltered, filteredCpu);

  // For profiling the aggregation alone: AMPARO_STATS_BENCH_LOOPS=N more runs.
  if (const char* loops = std::getenv("AMPARO_STATS_BENCH_LOOPS")) {
    for (int i = 0, n = std::atoi(loops); i < n; ++i) (void)service.compute(i % 2 == 0 ? all : filtered);
  }
  std::printf("screenings=%zu records=%zu load_s=%.1f\n", screenings, stored, loadSeconds);
  std::printf("  catch_up_s=%.2f cpu_s=%.2f (%.0f records/s, from sequence 0 to %llu)\n", catchUpSeconds,
              catchUpCpuSeconds, static_cast<double>(stored) / catchUpSeconds,
              static_cast<unsigned long long>(*indexed));
  std::printf("  stats_all_s=%.3f cpu_s=%.3f (records considered %lld)\n", allSeconds, allCpu,
              static_cast<long long>(consideredAll));
  std::printf("  stats_detention_3_months_s=%.3f cpu_s=%.3f (considered %lld)\n", filteredSeconds, filteredCpu,
              static_cast<long long>(consideredFiltered));
  std::printf("  peak_rss_mb: after load %.0f, after catch-up %.0f, after stats %.0f\n", rssAfterLoad, rssAfterCatchUp,
              peakRssMb());
  std::fflush(stdout);
  (void)store->close();
  std::filesystem::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
  amparo::server::setLogEnabled(false);
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10)));
  if (sizes.empty()) sizes = {100'000, 1'000'000};
  try {
    for (const auto size : sizes) run(size);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "stats bench failed: %s\n", error.what());
    return 1;
  }
  return 0;
}
