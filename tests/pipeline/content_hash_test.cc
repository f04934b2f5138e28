#include "pipeline/content_hash.h"

#include <xxhash.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "core/hex.h"
#include "test_support.h"

namespace twindex::pipeline {
namespace {

using twindex::testing::TempDir;
using twindex::testing::WriteFile;

std::string OneShotHash(const std::string& bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return Hex128(h.high64, h.low64);
}

TEST(HashFileTest, IsThirtyTwoLowerHexDigits) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Umowa o współpracy");
  const std::string hash = HashFile((dir / "a.txt").string());
  EXPECT_EQ(hash.size(), 32u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos) << hash;
}

TEST(HashFileTest, EmptyFileHasTheKnownXxh3Value) {
  TempDir dir;
  WriteFile(dir / "empty", "");
  EXPECT_EQ(HashFile((dir / "empty").string()), "99aa06d3014798d86001c324468d497f");
}

TEST(HashFileTest, DependsOnContentOnly) {
  TempDir dir;
  WriteFile(dir / "a.txt", "same bytes");
  WriteFile(dir / "other-name.pdf", "same bytes");
  WriteFile(dir / "c.txt", "same bytes!");
  EXPECT_EQ(HashFile((dir / "a.txt").string()), HashFile((dir / "other-name.pdf").string()));
  EXPECT_NE(HashFile((dir / "a.txt").string()), HashFile((dir / "c.txt").string()));
}

TEST(HashFileTest, StreamedHashOfALargeFileEqualsOneShotHash) {
  // Larger than the read buffer and not a multiple of it, so several reads are combined.
  std::string bytes((3 << 20) + 17, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) ^ (i >> 9));
  TempDir dir;
  WriteFile(dir / "big.bin", bytes);
  EXPECT_EQ(HashFile((dir / "big.bin").string()), OneShotHash(bytes));
}

TEST(HashFileTest, SmallFileEqualsOneShotHash) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Гродна");
  EXPECT_EQ(HashFile((dir / "a.txt").string()), OneShotHash("Гродна"));
}

TEST(HashFileTest, MissingFileThrowsWithReason) {
  TempDir dir;
  try {
    HashFile((dir / "missing").string());
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("cannot open"));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("No such file"));
  }
}

TEST(HashFileTest, DirectoryThrows) {
  TempDir dir;
  EXPECT_THROW(HashFile(dir.path().string()), std::runtime_error);
}

}  // namespace
}  // namespace twindex::pipeline
