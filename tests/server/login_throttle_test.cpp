#include "auth/login_throttle.hpp"

#include <gtest/gtest.h>

namespace amparo::server::auth {
namespace {

using namespace std::chrono_literals;

TEST(LoginThrottleTest, SlowsDownThenLocksThenForgetsAfterTheLock) {
  LoginThrottle throttle({.slowAfter = 2, .baseDelay = 1s, .maxDelay = 8s, .lockAfter = 5, .lockFor = 15min});
  auto now = LoginThrottle::Clock::time_point{} + 1h;
  EXPECT_FALSE(throttle.failed("ana", now));
  EXPECT_FALSE(throttle.retryAfter("ana", now));  // one failure: no delay yet
  EXPECT_FALSE(throttle.failed("ana", now));
  ASSERT_TRUE(throttle.retryAfter("ana", now));
  EXPECT_EQ(*throttle.retryAfter("ana", now), 1s);
  now += 1s;
  EXPECT_FALSE(throttle.retryAfter("ana", now));
  EXPECT_FALSE(throttle.failed("ana", now));
  EXPECT_EQ(*throttle.retryAfter("ana", now), 2s);  // doubles
  now += 2s;
  EXPECT_FALSE(throttle.failed("ana", now));
  now += 4s;
  EXPECT_TRUE(throttle.failed("ana", now));  // the fifth locks
  EXPECT_EQ(*throttle.retryAfter("ana", now), 15min);
  EXPECT_FALSE(throttle.retryAfter("bea", now));  // per username
  now += 15min;
  EXPECT_FALSE(throttle.retryAfter("ana", now));
  EXPECT_FALSE(throttle.failed("ana", now));  // a fresh count after the lock
  EXPECT_FALSE(throttle.retryAfter("ana", now));
}

TEST(LoginThrottleTest, SuccessResetsTheCount) {
  LoginThrottle throttle({.slowAfter = 2, .baseDelay = 1s, .maxDelay = 8s, .lockAfter = 5, .lockFor = 15min});
  const auto now = LoginThrottle::Clock::time_point{} + 1h;
  throttle.failed("ana", now);
  throttle.succeeded("ana");
  throttle.failed("ana", now);
  EXPECT_FALSE(throttle.retryAfter("ana", now));
}

}  // namespace
}  // namespace amparo::server::auth
