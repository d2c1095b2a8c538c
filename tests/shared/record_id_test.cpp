#include "amparo/sync/record_id.hpp"

#include <gtest/gtest.h>

#include <set>
#include <thread>
#include <vector>

namespace amparo::sync {
namespace {

using namespace std::chrono_literals;

TEST(RecordIdTest, HasUuidV7Shape) {
  const auto id = newRecordId();
  ASSERT_EQ(id.size(), 36u);
  EXPECT_EQ(id[14], '7') << id;
  EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << id;
  EXPECT_TRUE(isValidRecordId(id)) << id;
}

TEST(RecordIdTest, RejectsMalformedIds) {
  const std::vector<std::string> bad = {
      "",
      "not-a-uuid",
      "01935f2a-7c3e-4a10-8b2c-1d2e3f405162",   // version 4
      "01935f2a-7c3e-7a10-cb2c-1d2e3f405162",   // variant 110
      "01935F2A-7C3E-7A10-8B2C-1D2E3F405162",   // not canonical lower case
      "01935f2a7c3e-7a10-8b2c-1d2e3f4051620",   // dash misplaced
      "01935f2a-7c3e-7a10-8b2c-1d2e3f40516",    // short
      "01935f2a-7c3e-7a10-8b2c-1d2e3f40516g",   // not hex
  };
  for (const auto& id : bad) EXPECT_FALSE(isValidRecordId(id)) << id;
  EXPECT_TRUE(isValidRecordId("01935f2a-7c3e-7a10-8b2c-1d2e3f405162"));
}

TEST(RecordIdTest, EncodesCreationTimeToTheMillisecond) {
  const auto when = std::chrono::system_clock::time_point(1764633600123ms);
  RecordIdGenerator generator;
  const auto id = generator.next(when);
  const auto decoded = recordIdTime(id);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(*decoded, when);
  EXPECT_FALSE(recordIdTime("garbage").has_value());
}

TEST(RecordIdTest, IdsFromOneProcessAreUniqueAndStrictlyIncreasing) {
  std::vector<std::string> ids;
  ids.reserve(20000);
  for (int i = 0; i < 20000; ++i) ids.push_back(newRecordId());  // many per millisecond
  for (std::size_t i = 1; i < ids.size(); ++i) ASSERT_LT(ids[i - 1], ids[i]) << "at " << i;
}

TEST(RecordIdTest, StaysIncreasingWhenTheClockGoesBackwards) {
  RecordIdGenerator generator;
  const auto now = std::chrono::system_clock::now();
  const auto later = generator.next(now + 1h);
  const auto earlierClock = generator.next(now);
  EXPECT_LT(later, earlierClock);
}

TEST(RecordIdTest, IdsMadeConcurrentlyNeverCollide) {
  constexpr int kThreads = 4;
  constexpr int kPerThread = 5000;
  std::vector<std::vector<std::string>> perThread(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) perThread[static_cast<std::size_t>(t)].push_back(newRecordId());
    });
  }
  for (auto& thread : threads) thread.join();
  std::set<std::string> all;
  for (const auto& ids : perThread) all.insert(ids.begin(), ids.end());
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kThreads * kPerThread));
}

TEST(RecordIdTest, IdsOrderByCreationTime) {
  const auto base = std::chrono::system_clock::time_point(1764633600000ms);
  // Two devices: the later wall-clock time sorts later (time prefix).
  RecordIdGenerator deviceA;
  RecordIdGenerator deviceB;
  const auto b = deviceB.next(base + 11h);
  const auto a = deviceA.next(base + 10h);
  EXPECT_LT(a, b);
  EXPECT_LT(*recordIdTime(a), *recordIdTime(b));
}

}  // namespace
}  // namespace amparo::sync
