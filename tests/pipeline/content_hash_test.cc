#include "pipeline/content_hash.h"

#include <gtest/gtest.h>

#include <string>

namespace twindex::pipeline {
namespace {

TEST(HashBytesTest, IsThirtyTwoLowerHexDigits) {
  const std::string hash = HashBytes("Umowa o współpracy");
  EXPECT_EQ(hash.size(), 32u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos) << hash;
}

TEST(HashBytesTest, EmptyInputHasTheKnownXxh3Value) {
  EXPECT_EQ(HashBytes(""), "99aa06d3014798d86001c324468d497f");
}

TEST(HashBytesTest, DependsOnEveryByte) {
  EXPECT_EQ(HashBytes("Гродна"), HashBytes("Гродна"));
  EXPECT_NE(HashBytes("Гродна"), HashBytes("Гродно"));
  EXPECT_NE(HashBytes(std::string(1 << 20, 'a')), HashBytes(std::string(1 << 20, 'a') + "b"));
}

}  // namespace
}  // namespace twindex::pipeline
