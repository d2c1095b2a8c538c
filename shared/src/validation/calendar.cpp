#include "validation/calendar.hpp"

namespace amparo::validation::detail {
namespace {

// Timestamp's documented range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
constexpr std::int64_t kMinTimestampSeconds = -62135596800;
constexpr std::int64_t kMaxTimestampSeconds = 253402300799;
constexpr std::int32_t kMaxNanos = 999999999;

bool parseDigits(std::string_view text, int& out) {
  out = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!parseDigits(text.substr(0, 4), year) || !parseDigits(text.substr(5, 2), month) ||
      !parseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

Instant toInstant(const google::protobuf::Timestamp& timestamp) {
  return {timestamp.seconds(), timestamp.nanos()};
}

Instant toInstant(std::chrono::system_clock::time_point timePoint) {
  const auto sinceEpoch = timePoint.time_since_epoch();
  const auto seconds = std::chrono::floor<std::chrono::seconds>(sinceEpoch);
  const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(sinceEpoch - seconds);
  return {static_cast<std::int64_t>(seconds.count()), static_cast<std::int32_t>(nanos.count())};
}

bool isValidTimestamp(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() >= kMinTimestampSeconds && timestamp.seconds() <= kMaxTimestampSeconds &&
         timestamp.nanos() >= 0 && timestamp.nanos() <= kMaxNanos;
}

std::chrono::sys_days latestLocalDay(std::chrono::system_clock::time_point timePoint) {
  return std::chrono::floor<std::chrono::days>(timePoint + std::chrono::hours(14));
}

}  // namespace amparo::validation::detail
