#pragma once
// Big-endian fixed-width integers, so byte order equals numeric order in
// RocksDB's default comparator, and length-prefixed strings for values.
// Every decoder consumes from the front of `in` and returns false on short or
// malformed input, leaving `in` unspecified.

#include <cstdint>
#include <string>
#include <string_view>

namespace amparo::server::storage {

void putU8(std::string& out, std::uint8_t value);
void putU32(std::string& out, std::uint32_t value);
void putU64(std::string& out, std::uint64_t value);
void putI64(std::string& out, std::int64_t value);  // sign bit flipped: order kept
// A u32 length then the bytes.
void putBytes(std::string& out, std::string_view bytes);

bool getU8(std::string_view& in, std::uint8_t& value);
bool getU32(std::string_view& in, std::uint32_t& value);
bool getU64(std::string_view& in, std::uint64_t& value);
bool getI64(std::string_view& in, std::int64_t& value);
bool getBytes(std::string_view& in, std::string& bytes);

// An 8-byte big-endian key, and back; the decoder wants exactly 8 bytes.
std::string u64Key(std::uint64_t value);
bool parseU64Key(std::string_view key, std::uint64_t& value);

// The smallest key greater than every key starting with `prefix`; empty when
// there is none (all 0xff), meaning "no upper bound".
std::string prefixSuccessor(std::string_view prefix);

}  // namespace amparo::server::storage
