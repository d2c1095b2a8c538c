#include "auth/login_throttle.hpp"

#include <algorithm>

namespace amparo::server::auth {
namespace {
// Bounds memory under a flood of made-up usernames.
constexpr std::size_t kMaxEntries = 10'000;
}  // namespace

LoginThrottle::LoginThrottle(ThrottlePolicy policy) : m_policy(policy) {}

std::optional<std::chrono::milliseconds> LoginThrottle::retryAfter(std::string_view username, Clock::time_point now) {
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(std::string(username));
  if (it == m_entries.end() || it->second.blockedUntil <= now) return std::nullopt;
  return std::chrono::ceil<std::chrono::milliseconds>(it->second.blockedUntil - now);
}

bool LoginThrottle::failed(std::string_view username, Clock::time_point now) {
  std::lock_guard lock(m_mutex);
  if (m_entries.size() >= kMaxEntries) evictOld(now);
  auto& entry = m_entries[std::string(username)];
  // A lock that has run out starts a fresh count.
  if (entry.failures >= m_policy.lockAfter && entry.blockedUntil <= now) entry.failures = 0;
  ++entry.failures;
  entry.lastFailure = now;
  if (entry.failures >= m_policy.lockAfter) {
    entry.blockedUntil = now + m_policy.lockFor;
    return entry.failures == m_policy.lockAfter;
  }
  if (entry.failures >= m_policy.slowAfter) {
    const int doublings = std::min(entry.failures - m_policy.slowAfter, 16);
    const std::chrono::milliseconds doubled = m_policy.baseDelay * (1LL << doublings);
    entry.blockedUntil = now + std::min(doubled, m_policy.maxDelay);
  }
  return false;
}

void LoginThrottle::succeeded(std::string_view username) {
  std::lock_guard lock(m_mutex);
  m_entries.erase(std::string(username));
}

void LoginThrottle::restoreLock(std::string_view username, Clock::time_point until, Clock::time_point now) {
  std::lock_guard lock(m_mutex);
  if (m_entries.size() >= kMaxEntries) evictOld(now);
  auto& entry = m_entries[std::string(username)];
  entry.failures = std::max(entry.failures, m_policy.lockAfter);
  entry.blockedUntil = std::max(entry.blockedUntil, until);
  entry.lastFailure = now;
}

void LoginThrottle::evictOld(Clock::time_point now) {
  std::erase_if(m_entries, [&](const auto& item) {
    return item.second.blockedUntil <= now && now - item.second.lastFailure > m_policy.lockFor;
  });
  if (m_entries.size() >= kMaxEntries) m_entries.clear();  // still flooded: forget rather than grow
}

}  // namespace amparo::server::auth
