#pragma once
// Statistics for coordinators (GET /v1/stats) over the statistics projection
// (stats_facts.hpp). The projection follows the change feed: before each
// answer, and in the background, the facts catch up from the last indexed
// sequence, one synced WriteBatch per feed page holding the facts and the new
// sequence together. The push path is not involved; an existing database (or
// a changed fact format) is indexed from sequence 0.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "amparo/query/v1/stats.pb.h"
#include "reports/stats_facts.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace amparo::server::reports {

// Counts of people below this are suppressed (DOMAIN.md §3.9).
inline constexpr std::int64_t kSuppressionThreshold = 5;

// The one suppression rule: a count of people from 1 to 4 leaves as 0, marked
// suppressed. Counts that are not people (visits, interviews) use plainCell.
amparo::query::v1::CountCell peopleCell(std::int64_t count);
amparo::query::v1::CountCell plainCell(std::int64_t count);

// GET /v1/stats filters, resolved: the offices to read (already authorised)
// and the same filters as GET /v1/records.
struct StatsFilter {
  std::vector<std::string> offices;
  std::string site;
  std::optional<int> siteType;    // amparo.records.v1.SiteType
  std::optional<int> visitType;   // amparo.records.v1.VisitType
  std::int32_t fromDay = kNoDay;  // inclusive, days since the epoch
  std::int32_t toDay = kNoDay;    // inclusive
  std::string author;
  std::optional<ReviewStatus> review;
  bool alertsOnly = false;
};

class StatsService {
public:
  StatsService(storage::Store& store, const storage::RecordStore& records);
  ~StatsService();
  StatsService(const StatsService&) = delete;
  StatsService& operator=(const StatsService&) = delete;

  // Reads the indexed sequence; when the facts were written in another format,
  // clears them so they are rebuilt from the start of the feed. Call once.
  storage::Status open();

  // Indexes every feed entry after the last indexed sequence. Thread-safe.
  // Returns the sequence the facts are now as of.
  storage::Result<std::uint64_t> catchUp();

  // Catches up, then aggregates the facts of the filter's offices.
  storage::Result<amparo::query::v1::StatsResponse> compute(const StatsFilter& filter);

  // A thread that catches up whenever the feed has moved, checking every
  // `interval`, so the first request after a big sync finds little to do.
  void startBackground(std::chrono::milliseconds interval);
  void stopBackground();

  std::uint64_t indexedSequence() const;

private:
  storage::Status indexPage(const storage::ChangePage& page);
  storage::Result<amparo::query::v1::StatsResponse> aggregate(const StatsFilter& filter) const;

  storage::Store& m_store;
  const storage::RecordStore& m_records;
  // Catch-up writes under the exclusive lock; aggregation reads under the
  // shared one, so a response is exactly as of `as_of_sequence`.
  mutable std::shared_mutex m_mutex;
  std::atomic<std::uint64_t> m_indexed{0};
  // Set by stopBackground: a long catch-up stops between pages.
  std::atomic<bool> m_stopRequested{false};

  std::mutex m_backgroundMutex;
  std::condition_variable m_backgroundWake;
  bool m_stopping = false;
  std::thread m_background;
};

}  // namespace amparo::server::reports
