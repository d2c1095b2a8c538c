#include "amparo/wire/compression.hpp"

#include <gtest/gtest.h>

#include <random>

namespace amparo::wire {
namespace {

std::string sample() {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Albergue Belén, Tapachula; entrevista " + std::to_string(i) + ". ";
  return text;
}

TEST(CompressionTest, RoundTripsBothEncodings) {
  const auto plain = sample();
  for (const auto encoding : {Encoding::Zstd, Encoding::Gzip}) {
    const auto packed = compress(encoding, plain);
    EXPECT_LT(packed.size(), plain.size() / 5) << encodingName(encoding);
    std::string back;
    ASSERT_EQ(decompress(encoding, packed, plain.size(), back), DecompressError::None);
    EXPECT_EQ(back, plain);
  }
}

TEST(CompressionTest, ABombStopsAtTheLimit) {
  const std::string zeros(64 * 1024 * 1024, '\0');
  for (const auto encoding : {Encoding::Zstd, Encoding::Gzip}) {
    const auto bomb = compress(encoding, zeros);
    ASSERT_LT(bomb.size(), 256u * 1024);
    std::string out;
    EXPECT_EQ(decompress(encoding, bomb, 1024 * 1024, out), DecompressError::TooLarge) << encodingName(encoding);
    EXPECT_LE(out.size(), 1024u * 1024 + 128 * 1024);  // stopped near the limit, not at 64 MiB
  }
}

TEST(CompressionTest, GarbageAndTruncatedInputAreMalformed) {
  const auto plain = sample();
  std::mt19937 random(7);
  std::string garbage(1000, '\0');
  for (auto& c : garbage) c = static_cast<char>(random());
  for (const auto encoding : {Encoding::Zstd, Encoding::Gzip}) {
    std::string out;
    EXPECT_EQ(decompress(encoding, garbage, 1 << 20, out), DecompressError::Malformed);
    const auto packed = compress(encoding, plain);
    EXPECT_EQ(decompress(encoding, packed.substr(0, packed.size() / 2), 1 << 20, out), DecompressError::Malformed)
        << encodingName(encoding);
  }
}

TEST(CompressionTest, NegotiationPrefersZstdAndHonoursQZero) {
  EXPECT_EQ(preferredEncoding("gzip, zstd"), Encoding::Zstd);
  EXPECT_EQ(preferredEncoding("gzip, deflate, br"), Encoding::Gzip);
  EXPECT_EQ(preferredEncoding("zstd;q=0, gzip;q=0.5"), Encoding::Gzip);
  EXPECT_EQ(preferredEncoding("xzstd"), Encoding::Identity);
  EXPECT_EQ(preferredEncoding(""), Encoding::Identity);
  EXPECT_EQ(encodingFromName("ZSTD"), Encoding::Zstd);
  EXPECT_FALSE(encodingFromName("br"));
}

}  // namespace
}  // namespace amparo::wire
