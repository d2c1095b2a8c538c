// The statistics projection and aggregation without HTTP, on a real RocksDB:
// the suppression rule, the fact codec, catch-up from the feed (also on an
// existing database and after a format change) and the background thread.

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>

#include "reports/stats_facts.hpp"
#include "reports/stats_service.hpp"
#include "stats_dataset.hpp"
#include "storage/audit_log.hpp"
#include "storage/key_codec.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"
#include "temp_dir.hpp"

namespace amparo::server::testing {
namespace {

using reports::StatsFilter;
using reports::StatsService;
namespace v1 = amparo::sync::v1;

class StatsServiceTest : public ::testing::Test {
protected:
  void SetUp() override {
    open();
    const auto dataset = loadStatsDataset();
    ASSERT_EQ(dataset.size(), 45u);
    ASSERT_TRUE(m_records->commit(dataset, "test").ok());
  }

  void open() {
    storage::StoreOptions options;
    options.writeBufferSize = 64 * 1024;
    auto store = storage::Store::open(m_dir.path() / "db", options);
    ASSERT_TRUE(store.ok());
    m_store = std::move(*store);
    m_audit = std::make_unique<storage::AuditLog>(*m_store);
    ASSERT_TRUE(m_audit->recover().ok());
    m_records = std::make_unique<storage::RecordStore>(*m_store, *m_audit);
    ASSERT_TRUE(m_records->recover().ok());
  }

  static StatsFilter both() {
    StatsFilter filter;
    filter.offices = {"TAP", "TEN"};
    return filter;
  }

  TempDir m_dir;
  std::unique_ptr<storage::Store> m_store;
  std::unique_ptr<storage::AuditLog> m_audit;
  std::unique_ptr<storage::RecordStore> m_records;
};

TEST(StatsSuppressionTest, CountsOfOneToFourPeopleLeaveAsZeroMarked) {
  for (std::int64_t count = 0; count <= 6; ++count) {
    const auto cell = reports::peopleCell(count);
    const bool small = count >= 1 && count <= 4;
    EXPECT_EQ(cell.suppressed(), small) << count;
    EXPECT_EQ(cell.count(), small ? 0 : count) << count;
  }
  EXPECT_EQ(reports::plainCell(3).count(), 3);
  EXPECT_FALSE(reports::plainCell(3).suppressed());
}

TEST(StatsFactsTest, AFactRoundTripsAndBadBytesAreRefused) {
  const auto dataset = loadStatsDataset();
  const auto& visit = datasetRecord(dataset, datasetId(0x21));
  const auto fact = reports::factOf(visit, reports::ReviewStatus::Flagged);
  ASSERT_TRUE(fact.has_value());
  EXPECT_TRUE(fact->alert);  // two girls and a boy in detention
  EXPECT_EQ(fact->childrenPresent, 3);
  EXPECT_EQ(reports::isoDate(fact->day), "2026-10-05");
  const auto bytes = reports::encodeFact(*fact);
  reports::Fact decoded;
  ASSERT_TRUE(reports::decodeFact(bytes, decoded));
  EXPECT_EQ(reports::encodeFact(decoded), bytes);
  EXPECT_EQ(decoded.review, reports::ReviewStatus::Flagged);
  EXPECT_EQ(decoded.capacity, 960);
  EXPECT_FALSE(reports::decodeFact(std::string_view(bytes).substr(0, bytes.size() - 1), decoded));

  const auto& screening = datasetRecord(dataset, datasetId(0x101));  // S01: 1 adult + 3 children
  const auto person = reports::factOf(screening, reports::ReviewStatus::Unreviewed);
  ASSERT_TRUE(person.has_value());
  EXPECT_EQ(person->people, 4);
  EXPECT_EQ(person->needs, (std::vector<std::string>{"SP-PT", "LP-DA"}));
  // No names, contacts or narrative in a fact: the person id is not kept.
  EXPECT_EQ(reports::encodeFact(*person).find(screening.screening().person_id()), std::string::npos);

  auto tombstone = sync::nextRevision(screening);
  tombstone.set_deleted(true);
  EXPECT_FALSE(reports::factOf(tombstone, reports::ReviewStatus::Unreviewed).has_value());
}

TEST_F(StatsServiceTest, IndexesAnExistingDatabaseFromTheStartOfTheFeed) {
  StatsService service(*m_store, *m_records);
  ASSERT_TRUE(service.open().ok());
  EXPECT_EQ(service.indexedSequence(), 0u);
  auto stats = service.compute(both());
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->activity().visits(), 5);
  EXPECT_EQ(stats->activity().screenings(), 25);
  EXPECT_EQ(stats->activity().people_covered().count(), 48);
  EXPECT_EQ(stats->open_alerts(), 2);
  EXPECT_EQ(stats->as_of_sequence(), m_records->lastSequence());
  EXPECT_EQ(service.indexedSequence(), m_records->lastSequence());

  StatsFilter ten;
  ten.offices = {"TEN"};
  auto tenStats = service.compute(ten);
  ASSERT_TRUE(tenStats.ok());
  EXPECT_EQ(tenStats->activity().visits(), 2);
  EXPECT_EQ(tenStats->activity().screenings(), 11);
}

TEST_F(StatsServiceTest, AnotherFactFormatIsClearedAndRebuilt) {
  std::string first;
  {
    StatsService service(*m_store, *m_records);
    ASSERT_TRUE(service.open().ok());
    auto stats = service.compute(both());
    ASSERT_TRUE(stats.ok());
    first = stats->SerializeAsString();
  }
  // The facts as a later (or earlier) server version would have left them.
  auto batch = m_store->batch();
  std::string version;
  storage::putU32(version, reports::kFactsVersion + 1);
  batch.put(storage::ColumnFamilyId::StatsFacts, reports::kVersionKey, version);
  batch.put(storage::ColumnFamilyId::StatsFacts, reports::factKey("TAP", v1::RECORD_KIND_VISIT, "stale"), "junk");
  ASSERT_TRUE(m_store->write(batch).ok());

  StatsService service(*m_store, *m_records);
  ASSERT_TRUE(service.open().ok());
  EXPECT_EQ(service.indexedSequence(), 0u);
  auto stats = service.compute(both());
  ASSERT_TRUE(stats.ok());  // the junk fact is gone, or decoding would fail
  EXPECT_EQ(stats->SerializeAsString(), first);
}

TEST_F(StatsServiceTest, TheBackgroundThreadCatchesUp) {
  StatsService service(*m_store, *m_records);
  ASSERT_TRUE(service.open().ok());
  service.startBackground(std::chrono::milliseconds(5));
  for (int i = 0; i < 1000 && service.indexedSequence() < m_records->lastSequence(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  service.stopBackground();
  EXPECT_EQ(service.indexedSequence(), m_records->lastSequence());
}

}  // namespace
}  // namespace amparo::server::testing
