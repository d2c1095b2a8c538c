#pragma once
// Record ids: UUIDv7 (RFC 9562), made on the device, offline, unique without
// coordination and ordered by creation time.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::sync {

// Makes UUIDv7 ids in canonical lower-case text form (36 chars). Ids from one
// generator strictly increase, even within one millisecond or when the clock
// steps back. Thread-safe.
class RecordIdGenerator {
public:
  std::string next(std::chrono::system_clock::time_point now);

private:
  std::mutex m_mutex;
  std::uint64_t m_lastMillis = 0;
  std::uint16_t m_counter = 0;
};

// A new id from the process-wide generator.
std::string newRecordId();

// True for a canonical lower-case UUID text of version 7, variant 10.
bool isValidRecordId(std::string_view id);

// The creation time encoded in a UUIDv7 (millisecond precision).
std::optional<std::chrono::system_clock::time_point> recordIdTime(std::string_view id);

}  // namespace amparo::sync
