#include "amparo/sync/record_id.hpp"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace amparo::sync {
namespace {

constexpr std::string_view kHex = "0123456789abcdef";

std::string format(const std::array<std::uint8_t, 16>& bytes) {
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[bytes[i] >> 4]);
    out.push_back(kHex[bytes[i] & 0x0f]);
  }
  return out;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string newRecordId() {
  static RecordIdGenerator generator;
  return generator.next(std::chrono::system_clock::now());
}

// RFC 9562 method 1: a 12-bit counter in rand_a keeps ids made within one
// millisecond monotonic; if the clock goes backwards we keep the last
// timestamp, so ids from one generator never decrease.
std::string RecordIdGenerator::next(std::chrono::system_clock::time_point now) {
  static const bool sodiumReady = sodium_init() >= 0;
  (void)sodiumReady;

  std::array<std::uint8_t, 16> bytes{};
  randombytes_buf(bytes.data(), bytes.size());

  auto millis = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
  std::uint16_t counter = 0;
  {
    std::lock_guard lock(m_mutex);
    if (millis <= m_lastMillis) {
      millis = m_lastMillis;
      if (++m_counter > 0x0fff) {  // counter exhausted: borrow the next millisecond
        ++millis;
        m_counter = 0;
      }
    } else {
      // Start each millisecond at a random point in the lower half, leaving room to count up.
      m_counter = static_cast<std::uint16_t>((bytes[6] & 0x07) << 8 | bytes[7]);
    }
    m_lastMillis = millis;
    counter = m_counter;
  }

  for (int i = 0; i < 6; ++i) {
    bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(millis >> (40 - 8 * i));
  }
  bytes[6] = static_cast<std::uint8_t>(0x70 | ((counter >> 8) & 0x0f));
  bytes[7] = static_cast<std::uint8_t>(counter & 0xff);
  bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3f));
  return format(bytes);
}

bool isValidRecordId(std::string_view id) {
  if (id.size() != 36) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (id[i] != '-') return false;
    } else if (hexValue(id[i]) < 0) {
      return false;
    }
  }
  const bool version7 = id[14] == '7';
  const bool variant10 = id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b';
  return version7 && variant10;
}

std::optional<std::chrono::system_clock::time_point> recordIdTime(std::string_view id) {
  if (!isValidRecordId(id)) return std::nullopt;
  std::uint64_t millis = 0;
  for (std::size_t i = 0; i < 13; ++i) {
    if (i == 8) continue;  // the dash between the two timestamp groups
    millis = millis << 4 | static_cast<std::uint64_t>(hexValue(id[i]));
  }
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(millis));
}

}  // namespace amparo::sync
