#include "handlers/cursor.hpp"

#include <sodium.h>

#include <vector>

#include "auth/passwords.hpp"
#include "storage/key_codec.hpp"

namespace amparo::server::handlers {
namespace {
constexpr std::uint8_t kCursorFormat = 1;
}

std::string encodeCursor(std::uint64_t sequence) {
  std::string bytes;
  storage::putU8(bytes, kCursorFormat);
  storage::putU64(bytes, sequence);
  return bytes;
}

std::optional<std::uint64_t> decodeCursor(std::string_view bytes) {
  if (bytes.empty()) return 0;
  std::uint8_t format = 0;
  std::uint64_t sequence = 0;
  if (!storage::getU8(bytes, format) || format != kCursorFormat || !storage::getU64(bytes, sequence) ||
      !bytes.empty()) {
    return std::nullopt;
  }
  return sequence;
}

std::string cursorToParam(std::string_view bytes) {
  auth::ensureSodium();
  const int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    variant);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> cursorFromParam(std::string_view param) {
  auth::ensureSodium();
  if (param.size() > 64) return std::nullopt;
  for (const int variant : {sodium_base64_VARIANT_URLSAFE_NO_PADDING, sodium_base64_VARIANT_URLSAFE,
                            sodium_base64_VARIANT_ORIGINAL, sodium_base64_VARIANT_ORIGINAL_NO_PADDING}) {
    std::vector<unsigned char> out(param.size());
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), param.data(), param.size(), nullptr, &length, nullptr, variant) ==
        0) {
      return std::string(reinterpret_cast<const char*>(out.data()), length);
    }
  }
  return std::nullopt;
}

}  // namespace amparo::server::handlers
