#include "core/hex.h"

#include <gtest/gtest.h>

namespace twindex {
namespace {

TEST(HexTest, ParsesWhatItSpells) {
  const Hash128 h{0x0123456789abcdefULL, 0xfedcba9876543210ULL};
  const std::string hex = Hex128(h);
  EXPECT_EQ(hex, "0123456789abcdeffedcba9876543210");
  EXPECT_EQ(ParseHex128(hex), h);
}

TEST(HexTest, RefusesAnythingButThirtyTwoHexDigits) {
  EXPECT_EQ(ParseHex128(""), std::nullopt);
  EXPECT_EQ(ParseHex128("0123456789abcdeffedcba987654321"), std::nullopt);
  EXPECT_EQ(ParseHex128("0123456789abcdeffedcba98765432100"), std::nullopt);
  EXPECT_EQ(ParseHex128("0123456789abcdefxedcba9876543210"), std::nullopt);
  EXPECT_EQ(ParseHex128("-123456789abcdeffedcba9876543210"), std::nullopt);
}

}  // namespace
}  // namespace twindex
