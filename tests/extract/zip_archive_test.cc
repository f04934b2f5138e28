#include "extract/zip_archive.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "office_fixture.h"

namespace twindex::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using twindex::testing::ExtractErrorOf;
using twindex::testing::MakeZip;

TEST(ZipArchiveTest, ReadsMembersByName) {
  const std::string bytes = MakeZip({{"a.txt", "alpha"}, {"dir/b.xml", "<b>Białystok</b>"}});
  ZipArchive zip(bytes);
  EXPECT_TRUE(zip.Has("dir/b.xml"));
  EXPECT_FALSE(zip.Has("b.xml"));
  EXPECT_THAT(zip.Names(), ElementsAre("a.txt", "dir/b.xml"));
  EXPECT_EQ(zip.Read("dir/b.xml"), "<b>Białystok</b>");
  EXPECT_EQ(zip.Read("a.txt"), "alpha");
}

TEST(ZipArchiveTest, ReadsEmptyMember) {
  const std::string bytes = MakeZip({{"empty", ""}});
  ZipArchive zip(bytes);
  EXPECT_EQ(zip.Read("empty"), "");
}

TEST(ZipArchiveTest, MissingMemberThrows) {
  const std::string bytes = MakeZip({{"a.txt", "alpha"}});
  ZipArchive zip(bytes);
  EXPECT_THAT(ExtractErrorOf([&] { zip.Read("word/document.xml"); }),
              HasSubstr("missing member word/document.xml"));
}

TEST(ZipArchiveTest, NotAZipThrows) {
  EXPECT_EQ(ExtractErrorOf([] { ZipArchive zip("plain text, not a zip"); }), "not a zip file");
  EXPECT_EQ(ExtractErrorOf([] { ZipArchive zip(""); }), "not a zip file");
}

TEST(ZipArchiveTest, TruncatedZipThrows) {
  const std::string bytes = MakeZip({{"a.txt", std::string(1000, 'a')}, {"b.txt", "bravo"}});
  const std::string head = bytes.substr(0, bytes.size() - 30);
  EXPECT_EQ(ExtractErrorOf([&] { ZipArchive zip(head); }), "truncated zip");
}

TEST(ZipArchiveTest, DamagedMemberDataThrows) {
  std::string bytes =
      MakeZip({{"a.txt", "Grodno, Białystok, Kaunas, Vilnius. " + std::string(500, 'x')}});
  // Local header: 30 bytes, then the name (length at offset 26) and extra field (offset 28).
  const size_t data =
      30 + static_cast<unsigned char>(bytes[26]) + static_cast<unsigned char>(bytes[28]);
  for (size_t i = data; i < data + 8; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  ZipArchive zip(bytes);
  EXPECT_THAT(ExtractErrorOf([&] { zip.Read("a.txt"); }), HasSubstr("damaged zip member a.txt"));
}

TEST(ZipArchiveTest, CapsTotalUncompressedSize) {
  const std::string bytes =
      MakeZip({{"a.txt", std::string(1000, 'a')}, {"b.txt", std::string(500, 'b')}});
  {
    ZipArchive zip(bytes, /*max_total_size=*/1500);  // exactly enough for both
    EXPECT_EQ(zip.Read("a.txt").size(), 1000u);
    EXPECT_EQ(zip.Read("b.txt").size(), 500u);
  }
  {
    ZipArchive zip(bytes, /*max_total_size=*/1499);
    zip.Read("a.txt");
    EXPECT_EQ(ExtractErrorOf([&] { zip.Read("b.txt"); }), "zip member too large: b.txt");
  }
  {
    ZipArchive zip(bytes, /*max_total_size=*/999);
    EXPECT_EQ(ExtractErrorOf([&] { zip.Read("a.txt"); }), "zip member too large: a.txt");
  }
}

}  // namespace
}  // namespace twindex::extract
