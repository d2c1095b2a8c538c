#include "storage/key_codec.hpp"

namespace amparo::server::storage {
namespace {

template <class T>
void putBigEndian(std::string& out, T value) {
  for (int shift = (sizeof(T) - 1) * 8; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((value >> shift) & 0xffu));
  }
}

template <class T>
bool getBigEndian(std::string_view& in, T& value) {
  if (in.size() < sizeof(T)) return false;
  T result = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) {
    result = static_cast<T>((result << 8) | static_cast<unsigned char>(in[i]));
  }
  in.remove_prefix(sizeof(T));
  value = result;
  return true;
}

constexpr std::uint64_t kSignBit = std::uint64_t{1} << 63;

}  // namespace

void putU8(std::string& out, std::uint8_t value) {
  out.push_back(static_cast<char>(value));
}
void putU32(std::string& out, std::uint32_t value) {
  putBigEndian(out, value);
}
void putU64(std::string& out, std::uint64_t value) {
  putBigEndian(out, value);
}
void putI64(std::string& out, std::int64_t value) {
  putU64(out, static_cast<std::uint64_t>(value) ^ kSignBit);
}

void putBytes(std::string& out, std::string_view bytes) {
  putU32(out, static_cast<std::uint32_t>(bytes.size()));
  out.append(bytes);
}

bool getU8(std::string_view& in, std::uint8_t& value) {
  return getBigEndian(in, value);
}
bool getU32(std::string_view& in, std::uint32_t& value) {
  return getBigEndian(in, value);
}
bool getU64(std::string_view& in, std::uint64_t& value) {
  return getBigEndian(in, value);
}

bool getI64(std::string_view& in, std::int64_t& value) {
  std::uint64_t raw = 0;
  if (!getU64(in, raw)) return false;
  value = static_cast<std::int64_t>(raw ^ kSignBit);
  return true;
}

bool getBytes(std::string_view& in, std::string& bytes) {
  std::uint32_t size = 0;
  if (!getU32(in, size) || in.size() < size) return false;
  bytes.assign(in.substr(0, size));
  in.remove_prefix(size);
  return true;
}

std::string u64Key(std::uint64_t value) {
  std::string key;
  putU64(key, value);
  return key;
}

bool parseU64Key(std::string_view key, std::uint64_t& value) {
  return key.size() == 8 && getU64(key, value);
}

std::string prefixSuccessor(std::string_view prefix) {
  std::string next(prefix);
  while (!next.empty()) {
    auto& last = next.back();
    if (static_cast<unsigned char>(last) != 0xff) {
      last = static_cast<char>(static_cast<unsigned char>(last) + 1);
      return next;
    }
    next.pop_back();
  }
  return next;
}

}  // namespace amparo::server::storage
