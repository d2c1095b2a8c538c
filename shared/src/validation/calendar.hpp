#pragma once
// Small date and time helpers for validation: strict ISO dates and protobuf
// Timestamps compared in whole seconds, so no value can overflow a clock.

#include <google/protobuf/timestamp.pb.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace amparo::validation::detail {

// "YYYY-MM-DD" naming a real calendar day (2027-02-29 is rejected); nothing else.
std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);

// A point in time as seconds and nanoseconds since the Unix epoch.
struct Instant {
  std::int64_t seconds = 0;
  std::int32_t nanos = 0;
  auto operator<=>(const Instant&) const = default;
};

Instant toInstant(const google::protobuf::Timestamp& timestamp);
Instant toInstant(std::chrono::system_clock::time_point timePoint);

// Within the range protobuf's Timestamp allows (years 1 to 9999).
bool isValidTimestamp(const google::protobuf::Timestamp& timestamp);

// The latest calendar day that has begun anywhere on earth at `timePoint`
// (UTC+14): a plain date entered in any time zone is never after it.
std::chrono::sys_days latestLocalDay(std::chrono::system_clock::time_point timePoint);

}  // namespace amparo::validation::detail
