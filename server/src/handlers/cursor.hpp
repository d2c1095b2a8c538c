#pragma once
// Pull cursors: opaque to clients. The bytes are a format byte and the
// big-endian server sequence; in a URL they travel as base64url.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::server::handlers {

std::string encodeCursor(std::uint64_t sequence);
std::optional<std::uint64_t> decodeCursor(std::string_view bytes);  // empty → 0

// base64url without padding, for the `cursor` query parameter, and back
// (standard base64, padded or not, is accepted too).
std::string cursorToParam(std::string_view bytes);
std::optional<std::string> cursorFromParam(std::string_view param);

}  // namespace amparo::server::handlers
