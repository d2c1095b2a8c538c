#pragma once
// Repeated failed logins slow down, then lock the username for a while.
// Kept in memory; the server also stores each lock (not the slow-downs) and
// gives it back with restoreLock() after a restart, so restarting does not
// lift a lock. Unknown usernames are tracked the same way, so the answers do
// not reveal which accounts exist.

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace amparo::server::auth {

struct ThrottlePolicy {
  int slowAfter = 3;                          // failures before delays start
  std::chrono::milliseconds baseDelay{1000};  // doubled per further failure
  std::chrono::milliseconds maxDelay{60'000};
  int lockAfter = 10;  // failures that lock the username
  std::chrono::minutes lockFor{15};
};

// Meta key of a stored lock: this prefix + username → lock end, Unix ms.
inline constexpr std::string_view kLoginLockKeyPrefix = "login_lock/";

class LoginThrottle {
public:
  using Clock = std::chrono::steady_clock;
  explicit LoginThrottle(ThrottlePolicy policy = {});

  // How long the caller must wait before this username may try again;
  // nullopt when it may try now.
  std::optional<std::chrono::milliseconds> retryAfter(std::string_view username, Clock::time_point now);
  // Records a failure; true when this failure locked the username.
  bool failed(std::string_view username, Clock::time_point now);
  void succeeded(std::string_view username);
  // Locks the username until `until`, as a lock that failed() set would.
  std::chrono::minutes lockFor() const { return m_policy.lockFor; }
  void restoreLock(std::string_view username, Clock::time_point until, Clock::time_point now);

private:
  struct Entry {
    int failures = 0;
    Clock::time_point blockedUntil{};
    Clock::time_point lastFailure{};
  };
  void evictOld(Clock::time_point now);

  ThrottlePolicy m_policy;
  std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
};

}  // namespace amparo::server::auth
