#pragma once
// Body compression both ways (field links are slow and paid by the
// megabyte): zstd and gzip. Decompression is bounded by the body limit, so a
// small compressed body cannot expand into a memory bomb.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::wire {

enum class Encoding { Identity, Gzip, Zstd };

// From a Content-Encoding value; nullopt when unsupported.
std::optional<Encoding> encodingFromName(std::string_view name);
std::string_view encodingName(Encoding encoding);
// The best encoding the client accepts (zstd over gzip), from Accept-Encoding.
Encoding preferredEncoding(std::string_view acceptEncoding);

enum class DecompressError { None, Malformed, TooLarge };
// Decompresses `in` into `out`, failing with TooLarge as soon as the output
// would pass `limit` bytes.
DecompressError decompress(Encoding encoding, std::string_view in, std::size_t limit, std::string& out);
std::string compress(Encoding encoding, std::string_view in);

}  // namespace amparo::wire
