// ParallelWork: every item done exactly once, on the caller and helpers.

#include "parallel_work.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace amparo::server {
namespace {

TEST(ParallelWorkTest, EveryItemIsDoneExactlyOnceWhateverTheHelpers) {
  for (unsigned helpers : {0u, 1u, 3u}) {
    ParallelWork parallel(helpers);
    for (std::size_t count : {0u, 1u, 2u, 100u, 1000u}) {
      std::vector<std::atomic<int>> done(count);
      parallel.forEach(count, [&](std::size_t i) { ++done[i]; });
      for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(done[i].load(), 1) << helpers << " helpers, item " << i;
    }
  }
}

TEST(ParallelWorkTest, HelpersTakePartAndConcurrentCallersShareThem) {
  ParallelWork parallel(2);
  std::mutex mutex;
  std::set<std::thread::id> workers;
  std::vector<std::thread> callers;
  std::atomic<std::size_t> total{0};
  for (int c = 0; c < 4; ++c) {
    callers.emplace_back([&] {
      for (int round = 0; round < 50; ++round) {
        parallel.forEach(64, [&](std::size_t) {
          std::this_thread::sleep_for(std::chrono::microseconds(20));
          ++total;
          std::lock_guard lock(mutex);
          workers.insert(std::this_thread::get_id());
        });
      }
    });
  }
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(total.load(), 4u * 50u * 64u);
  EXPECT_GT(workers.size(), 4u);  // the callers and at least one helper
}

TEST(ParallelWorkTest, AnExceptionReachesTheCallerAfterTheOtherItems) {
  ParallelWork parallel(1);
  std::atomic<int> done{0};
  EXPECT_THROW(parallel.forEach(50,
                                [&](std::size_t i) {
                                  if (i == 7) throw std::runtime_error("item 7");
                                  ++done;
                                }),
               std::runtime_error);
  EXPECT_EQ(done.load(), 49);
}

}  // namespace
}  // namespace amparo::server
