#include "index/date_bound.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace twindex::index {
namespace {

constexpr bool kLower = false;
constexpr bool kUpper = true;

TEST(ParseDateBoundTest, YearIsWholeYear) {
  EXPECT_EQ(ParseDateBound("2017", kLower), "20170100");
  EXPECT_EQ(ParseDateBound("2017", kUpper), "20171231");
}

TEST(ParseDateBoundTest, YearMonthIsWholeMonth) {
  EXPECT_EQ(ParseDateBound("2017-04", kLower), "20170400");
  EXPECT_EQ(ParseDateBound("2017-04", kUpper), "20170430");
  EXPECT_EQ(ParseDateBound("2017-01", kUpper), "20170131");
  EXPECT_EQ(ParseDateBound("2017-12", kUpper), "20171231");
}

TEST(ParseDateBoundTest, FullDateIsThatDayForBothBounds) {
  EXPECT_EQ(ParseDateBound("2017-04-27", kLower), "20170427");
  EXPECT_EQ(ParseDateBound("2017-04-27", kUpper), "20170427");
}

TEST(ParseDateBoundTest, FebruaryFollowsLeapYears) {
  EXPECT_EQ(ParseDateBound("2024-02", kUpper), "20240229");  // divisible by 4
  EXPECT_EQ(ParseDateBound("2023-02", kUpper), "20230228");
  EXPECT_EQ(ParseDateBound("1900-02", kUpper), "19000228");  // century, not leap
  EXPECT_EQ(ParseDateBound("2000-02", kUpper), "20000229");  // divisible by 400
  EXPECT_EQ(ParseDateBound("2024-02-29", kLower), "20240229");
  EXPECT_EQ(ParseDateBound("2023-02-29", kLower), std::nullopt);
  EXPECT_EQ(ParseDateBound("1900-02-29", kUpper), std::nullopt);
}

TEST(ParseDateBoundTest, RejectsDaysThatDoNotExist) {
  EXPECT_EQ(ParseDateBound("2017-04-31", kLower), std::nullopt);
  EXPECT_EQ(ParseDateBound("2017-01-32", kLower), std::nullopt);
  EXPECT_EQ(ParseDateBound("2017-01-00", kLower), std::nullopt);
}

TEST(ParseDateBoundTest, RejectsBadMonths) {
  EXPECT_EQ(ParseDateBound("2017-00", kLower), std::nullopt);
  EXPECT_EQ(ParseDateBound("2017-13", kUpper), std::nullopt);
  EXPECT_EQ(ParseDateBound("2017-13-01", kLower), std::nullopt);
}

TEST(ParseDateBoundTest, RejectsMalformedText) {
  for (const char* text : {"",
                           "17",
                           "201",
                           "20170",
                           "2017-",
                           "2017-4",
                           "2017-04-",
                           "2017-04-7",
                           "2017-04-270",
                           "2017/04/27",
                           "2017.04",
                           "20170427",
                           "abcd",
                           "2017a",
                           "+201",
                           "-2017",
                           " 2017",
                           "2017 ",
                           "2017-04-27T00:00",
                           "2017--04",
                           "0999",
                           "２０１７"}) {
    EXPECT_EQ(ParseDateBound(text, kLower), std::nullopt) << '"' << text << '"';
    EXPECT_EQ(ParseDateBound(text, kUpper), std::nullopt) << '"' << text << '"';
  }
}

TEST(ParseDateBoundTest, OutputSortsLikeDates) {
  // Bounds are compared as strings against date terms, so they must be fixed width.
  const auto a = ParseDateBound("1999-12-31", kUpper);
  const auto b = ParseDateBound("2000-01-01", kLower);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->size(), 8u);
  EXPECT_LT(*a, *b);
}

}  // namespace
}  // namespace twindex::index
