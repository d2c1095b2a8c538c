#include "amparo/wire/compression.hpp"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

namespace amparo::wire {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr int kZstdLevel = 3;         // fast, and most of the gain for protobuf records
constexpr int kGzipWindow = 15 + 16;  // 32 KiB window, gzip wrapper

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

DecompressError zstdDecompress(std::string_view in, std::size_t limit, std::string& out) {
  std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(), &ZSTD_freeDStream);
  if (!stream) return DecompressError::Malformed;
  // Windows above 8 MiB would let a tiny frame demand a huge buffer.
  ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, 23);
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  std::size_t last = 1;
  while (input.pos < input.size) {
    const auto before = out.size();
    out.resize(before + kChunk);
    ZSTD_outBuffer output{out.data() + before, kChunk, 0};
    last = ZSTD_decompressStream(stream.get(), &output, &input);
    out.resize(before + output.pos);
    if (ZSTD_isError(last)) return DecompressError::Malformed;
    if (out.size() > limit) return DecompressError::TooLarge;
  }
  // Flush what the decoder still holds for the last frame.
  while (last != 0) {
    const auto before = out.size();
    out.resize(before + kChunk);
    ZSTD_outBuffer output{out.data() + before, kChunk, 0};
    last = ZSTD_decompressStream(stream.get(), &output, &input);
    out.resize(before + output.pos);
    if (ZSTD_isError(last)) return DecompressError::Malformed;
    if (out.size() > limit) return DecompressError::TooLarge;
    if (output.pos == 0 && last != 0) return DecompressError::Malformed;  // truncated frame
  }
  return DecompressError::None;
}

DecompressError gzipDecompress(std::string_view in, std::size_t limit, std::string& out) {
  z_stream stream{};
  if (inflateInit2(&stream, kGzipWindow) != Z_OK) return DecompressError::Malformed;
  std::unique_ptr<z_stream, decltype(&inflateEnd)> guard(&stream, &inflateEnd);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    const auto before = out.size();
    out.resize(before + kChunk);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    stream.avail_out = static_cast<uInt>(kChunk);
    status = inflate(&stream, Z_NO_FLUSH);
    out.resize(before + kChunk - stream.avail_out);
    if (status != Z_OK && status != Z_STREAM_END) return DecompressError::Malformed;
    if (out.size() > limit) return DecompressError::TooLarge;
    if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) return DecompressError::Malformed;
  }
  return stream.avail_in == 0 ? DecompressError::None : DecompressError::Malformed;
}

std::string gzipCompress(std::string_view in) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY);
  std::unique_ptr<z_stream, decltype(&deflateEnd)> guard(&stream, &deflateEnd);
  std::string out(deflateBound(&stream, static_cast<uLong>(in.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);  // the buffer is deflateBound: one call finishes
  out.resize(stream.total_out);
  return out;
}

}  // namespace

std::optional<Encoding> encodingFromName(std::string_view name) {
  const auto value = lower(name);
  if (value.empty() || value == "identity") return Encoding::Identity;
  if (value == "gzip" || value == "x-gzip") return Encoding::Gzip;
  if (value == "zstd") return Encoding::Zstd;
  return std::nullopt;
}

std::string_view encodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::Identity:
      return "identity";
    case Encoding::Gzip:
      return "gzip";
    case Encoding::Zstd:
      return "zstd";
  }
  return "identity";
}

Encoding preferredEncoding(std::string_view acceptEncoding) {
  // Any q above 0 counts as accepted; the server's own order decides.
  const auto value = lower(acceptEncoding);
  auto accepts = [&](std::string_view token) {
    std::size_t at = 0;
    while ((at = value.find(token, at)) != std::string::npos) {
      const bool startOk = at == 0 || value[at - 1] == ' ' || value[at - 1] == ',';
      const auto end = at + token.size();
      const bool endOk = end == value.size() || value[end] == ',' || value[end] == ';' || value[end] == ' ';
      if (startOk && endOk) {
        const auto next = value.find(',', end);
        const auto params = value.substr(end, next == std::string::npos ? std::string::npos : next - end);
        const auto q = params.find("q=");
        return q == std::string::npos || std::strtod(params.c_str() + q + 2, nullptr) > 0;
      }
      at = end;
    }
    return false;
  };
  if (accepts("zstd")) return Encoding::Zstd;
  if (accepts("gzip")) return Encoding::Gzip;
  return Encoding::Identity;
}

DecompressError decompress(Encoding encoding, std::string_view in, std::size_t limit, std::string& out) {
  out.clear();
  switch (encoding) {
    case Encoding::Identity:
      if (in.size() > limit) return DecompressError::TooLarge;
      out.assign(in);
      return DecompressError::None;
    case Encoding::Gzip:
      return gzipDecompress(in, limit, out);
    case Encoding::Zstd:
      return zstdDecompress(in, limit, out);
  }
  return DecompressError::Malformed;
}

std::string compress(Encoding encoding, std::string_view in) {
  switch (encoding) {
    case Encoding::Identity:
      return std::string(in);
    case Encoding::Gzip:
      return gzipCompress(in);
    case Encoding::Zstd: {
      std::string out(ZSTD_compressBound(in.size()), '\0');
      const auto size = ZSTD_compress(out.data(), out.size(), in.data(), in.size(), kZstdLevel);
      if (ZSTD_isError(size)) return {};  // cannot happen with compressBound room
      out.resize(size);
      return out;
    }
  }
  return std::string(in);
}

}  // namespace amparo::wire
