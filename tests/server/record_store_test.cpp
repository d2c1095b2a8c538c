// RecordStore on a real RocksDB: batches, the office index and its backfill.

#include "storage/record_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "storage/entities.hpp"
#include "temp_dir.hpp"
#include "test_records.hpp"

namespace amparo::server::storage {
namespace {

using testing::TempDir;

class RecordStoreTest : public ::testing::Test {
protected:
  void SetUp() override { open(); }
  void open() {
    StoreOptions options;
    options.writeBufferSize = 64 * 1024;
    auto store = Store::open(m_dir.path() / "db", options);
    ASSERT_TRUE(store.ok());
    m_store = std::move(*store);
    m_audit = std::make_unique<AuditLog>(*m_store);
    m_records = std::make_unique<RecordStore>(*m_store, *m_audit);
    ASSERT_TRUE(m_audit->recover().ok());
    ASSERT_TRUE(m_records->recover().ok());
  }
  void reopen() {
    m_records.reset();
    m_audit.reset();
    m_store.reset();
    open();
  }

  TempDir m_dir;
  std::unique_ptr<Store> m_store;
  std::unique_ptr<AuditLog> m_audit;
  std::unique_ptr<RecordStore> m_records;
};

TEST_F(RecordStoreTest, SeveralRevisionsOfOneRecordInOneBatch) {
  const auto first = server::testing::makeVisit("ana", "TAP");
  const auto second = server::testing::editVisit(first, 4);
  const auto third = server::testing::editVisit(second, 5);
  std::vector<domain::RecordEnvelope> batch{first, second, third};
  auto results = m_records->commit(batch, "ana");
  ASSERT_TRUE(results.ok());
  for (const auto& r : *results) EXPECT_EQ(r.decision.outcome, sync::Outcome::Accepted);
  EXPECT_EQ(results->back().decision.winner, third.revision());
  EXPECT_EQ(m_records->recordCount(), 1u);
  EXPECT_EQ(m_records->lastSequence(), 3u);
  reopen();
  EXPECT_EQ(m_records->recordCount(), 1u);
  EXPECT_EQ(m_records->lastSequence(), 3u);
  auto meta = m_records->meta(first.id());
  ASSERT_TRUE(meta.ok() && meta->has_value());
  EXPECT_EQ(sync::RevisionTree((*meta)->nodes).winner(), third.revision());
}

TEST_F(RecordStoreTest, OfficeScansStopAtMaxScanAndResume) {
  std::vector<domain::RecordEnvelope> batch;
  for (int i = 0; i < 10; ++i) batch.push_back(server::testing::makeVisit("ana", i < 7 ? "TAP" : "TEN"));
  ASSERT_TRUE(m_records->commit(batch, "ana").ok());
  std::vector<std::string> seen;
  std::string after;
  for (;;) {
    auto page = m_records->scanOffice(
        "TAP", after, 100, [](const RecordMeta&) { return true; }, 3);
    ASSERT_TRUE(page.ok());
    for (const auto& meta : page->records) seen.push_back(meta.id);
    after = page->lastId;
    if (!page->hasMore) break;
  }
  ASSERT_EQ(seen.size(), 7u);
  for (int i = 0; i < 7; ++i) EXPECT_EQ(seen[static_cast<std::size_t>(i)], batch[static_cast<std::size_t>(i)].id());
}

TEST_F(RecordStoreTest, AMissingOfficeIndexIsRebuiltOnOpen) {
  std::vector<domain::RecordEnvelope> batch{server::testing::makeVisit("ana", "TAP")};
  ASSERT_TRUE(m_records->commit(batch, "ana").ok());
  auto wipe = m_store->batch();
  wipe.remove(ColumnFamilyId::OfficeRecords, officeRecordKey("TAP", batch[0].id()));
  ASSERT_TRUE(m_store->write(wipe).ok());
  auto report = m_records->verify();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->problems.size(), 1u);
  reopen();
  report = m_records->verify();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
  auto page = m_records->scanOffice("TAP", "", 10, [](const RecordMeta&) { return true; });
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->records.size(), 1u);
}

TEST_F(RecordStoreTest, ConcurrentCommitsShareSyncsAndKeepTheFeedInOrder) {
  constexpr int kThreads = 8;
  constexpr int kBatches = 15;
  constexpr int kPerBatch = 5;
  std::vector<std::thread> threads;
  std::atomic<int> accepted{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int b = 0; b < kBatches; ++b) {
        std::vector<domain::RecordEnvelope> batch;
        for (int i = 0; i < kPerBatch; ++i) {
          batch.push_back(server::testing::makeVisit("user-" + std::to_string(t), "TAP"));
        }
        // Every other batch repeats its first record: already had, in the same group or not.
        if (b % 2 == 0) batch.push_back(batch.front());
        auto results = m_records->commit(batch, "user-" + std::to_string(t));
        ASSERT_TRUE(results.ok());
        ASSERT_EQ(results->size(), batch.size());
        for (std::size_t i = 0; i < kPerBatch; ++i) {
          EXPECT_EQ((*results)[i].decision.outcome, sync::Outcome::Accepted);
          accepted += (*results)[i].decision.outcome == sync::Outcome::Accepted;
        }
        if (b % 2 == 0) {
          EXPECT_EQ(results->back().decision.outcome, sync::Outcome::AlreadyHad);
        }
      }
    });
  }
  // A reader following the feed while the commits run sees it grow without
  // gaps: only synced changes are shown, and they are contiguous.
  std::atomic<bool> writing{true};
  std::uint64_t followed = 0;
  std::size_t followedRecords = 0;
  std::thread reader([&] {
    for (;;) {
      const bool last = !writing.load();
      auto page = m_records->changesSince(followed, 7, [](const ChangeEntry&) { return true; });
      ASSERT_TRUE(page.ok());
      ASSERT_LE(page->lastSequence, m_records->lastSequence());
      ASSERT_EQ(page->lastSequence - followed, page->records.size());  // every entry, no gap
      followed = page->lastSequence;
      followedRecords += page->records.size();
      if (last && !page->hasMore) break;
    }
  });
  for (auto& thread : threads) thread.join();
  writing = false;
  reader.join();
  constexpr std::uint64_t kTotal = kThreads * kBatches * kPerBatch;
  EXPECT_EQ(followed, kTotal);
  EXPECT_EQ(followedRecords, kTotal);
  EXPECT_EQ(accepted.load(), static_cast<int>(kTotal));
  EXPECT_EQ(m_records->recordCount(), kTotal);
  EXPECT_EQ(m_records->lastSequence(), kTotal);
  // The feed is contiguous and every entry resolves.
  auto page = m_records->changesSince(0, 10000, [](const ChangeEntry&) { return true; });
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->records.size(), kTotal);
  EXPECT_EQ(page->lastSequence, kTotal);
  std::set<std::string> ids;
  for (const auto& r : page->records) ids.insert(r.id());
  EXPECT_EQ(ids.size(), kTotal);
  auto report = m_records->verify();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
}

// The next group is decided while the last one is still being written: two
// commits racing with revisions of the same records must each see the
// other's, or a tree written by one would drop the other's revision.
TEST_F(RecordStoreTest, RacingCommitsOfTheSameRecordsKeepEveryRevision) {
  constexpr int kRecords = 300;
  std::vector<domain::RecordEnvelope> left;
  std::vector<domain::RecordEnvelope> right;
  for (int i = 0; i < kRecords; ++i) {
    left.push_back(server::testing::makeVisit("ana", "TAP"));
    right.push_back(left.back());
    right.back().mutable_visit()->set_people_interviewed(1000 + i);  // a sibling root: a conflict
    sync::seal(right.back());
  }
  auto racer = [&](const std::vector<domain::RecordEnvelope>& mine) {
    for (const auto& record : mine) {
      auto results = m_records->commit(std::vector<domain::RecordEnvelope>{record}, "ana");
      ASSERT_TRUE(results.ok());
      const auto outcome = results->front().decision.outcome;
      EXPECT_TRUE(outcome == sync::Outcome::Accepted || outcome == sync::Outcome::Conflict);
    }
  };
  std::thread a(racer, std::cref(left));
  std::thread b(racer, std::cref(right));
  a.join();
  b.join();
  for (int i = 0; i < kRecords; ++i) {
    auto meta = m_records->meta(left[static_cast<std::size_t>(i)].id());
    ASSERT_TRUE(meta.ok() && meta->has_value());
    EXPECT_EQ((*meta)->nodes.size(), 2u) << "record " << i;
  }
  EXPECT_EQ(m_records->recordCount(), static_cast<std::uint64_t>(kRecords));
  EXPECT_EQ(m_records->lastSequence(), 2u * kRecords);
  auto report = m_records->verify();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
}

}  // namespace
}  // namespace amparo::server::storage
