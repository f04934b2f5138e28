#include "index/schema.h"

#include <gtest/gtest.h>

#include <string>

namespace twindex::index::schema {
namespace {

bool IsLowerHex(const std::string& s) {
  return s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

TEST(FileKeyTest, IsThirtyTwoLowerHexDigits) {
  for (const char* path : {"/", "/a.pdf", "/archiwum/Sokółka/umowa 2017.pdf"}) {
    const std::string key = FileKey(path);
    EXPECT_EQ(key.size(), 32u) << path;
    EXPECT_TRUE(IsLowerHex(key)) << key;
  }
}

TEST(FileKeyTest, IsStableForTheSamePath) {
  EXPECT_EQ(FileKey("/data/umowa.pdf"), FileKey(std::string("/data/") + "umowa.pdf"));
}

TEST(FileKeyTest, KnownValue) {
  // XXH3-128 is a fixed algorithm: a key written by one build must be found by the next.
  // Reference: xxhsum -H2 of the empty input is 99aa06d3014798d86001c324468d497f.
  EXPECT_EQ(FileKey(""), "99aa06d3014798d86001c324468d497f");
}

TEST(FileKeyTest, DiffersForDifferentPaths) {
  EXPECT_NE(FileKey("/data/a.pdf"), FileKey("/data/b.pdf"));
  EXPECT_NE(FileKey("/data/a.pdf"), FileKey("/data/a.pdf/"));
}

TEST(FileKeyTest, FixedLengthForLongPaths) {
  const std::string long_path = "/" + std::string(4000, 'x');
  EXPECT_EQ(FileKey(long_path).size(), 32u);
  EXPECT_LE(FileTerm(FileKey(long_path)).size(), 245u);  // Xapian's term length limit
}

TEST(SchemaTermsTest, PrefixedTerms) {
  EXPECT_EQ(FileTerm("abc"), "XFabc");
  EXPECT_EQ(FileRecordKey("abc"), "Fabc");
  EXPECT_EQ(Prefixed(kLanguagePrefix, "be"), "Lbe");
}

TEST(DateTermTest, FullIsoDate) {
  EXPECT_EQ(DateTerm("2017-04-27"), "XD20170427");
  EXPECT_EQ(DateTerm("1999-12-31"), "XD19991231");
}

TEST(DateTermTest, UsesOnlyTheDatePartOfATimestamp) {
  EXPECT_EQ(DateTerm("2017-04-27T10:15:00Z"), "XD20170427");
}

TEST(DateTermTest, MonthWithoutDayIsDayZero) {
  EXPECT_EQ(DateTerm("2017-04"), "XD20170400");
  EXPECT_EQ(DateTerm("2017-4"), "");
}

TEST(DateTermTest, RejectsPartialOrMalformedDates) {
  EXPECT_EQ(DateTerm(""), "");
  EXPECT_EQ(DateTerm("2017"), "");
  EXPECT_EQ(DateTerm("--04-27"), "");  // no year: cannot be placed in a range
  EXPECT_EQ(DateTerm("2017-4-27"), "");
  EXPECT_EQ(DateTerm("20170427"), "");
  EXPECT_EQ(DateTerm("2017/04/27"), "");
  EXPECT_EQ(DateTerm("2017-0a-27"), "");
  EXPECT_EQ(DateTerm("27-04-2017"), "");
}

TEST(DateTermTest, DateOfTermIsTheInverse) {
  for (const char* iso : {"2017-04-27", "1999-12-31", "2017-04"})
    EXPECT_EQ(DateOfTerm(DateTerm(iso)), iso);
  EXPECT_EQ(DateOfTerm("XC627904"), "");
  EXPECT_EQ(DateOfTerm("XD2017"), "");
}

}  // namespace
}  // namespace twindex::index::schema
