// CoveringPrefixes / DateFilter (date_filter.h).
#include "index/date_filter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace twindex::index {
namespace {

using ::testing::ElementsAre;

// Whether one of `prefixes` starts `s`.
bool Covered(const std::vector<std::string>& prefixes, const std::string& s) {
  for (const std::string& p : prefixes)
    if (s.compare(0, p.size(), p) == 0) return true;
  return false;
}

TEST(CoveringPrefixes, CoverExactlyTheRange) {
  const std::pair<const char*, const char*> ranges[] = {{"000", "999"}, {"123", "456"},
                                                        {"100", "199"}, {"007", "007"},
                                                        {"090", "110"}, {"998", "999"}};
  for (const auto& [lo, hi] : ranges) {
    const std::vector<std::string> prefixes = CoveringPrefixes(lo, hi);
    for (int i = 0; i < 1000; ++i) {
      char s[4];
      std::snprintf(s, sizeof s, "%03d", i);
      EXPECT_EQ(Covered(prefixes, s), std::string(s) >= lo && std::string(s) <= hi)
          << lo << ".." << hi << " at " << s;
    }
    // Disjoint: no prefix lies inside another.
    for (const std::string& a : prefixes)
      for (const std::string& b : prefixes)
        if (&a != &b) {
          EXPECT_NE(b.compare(0, a.size(), a), 0) << a << " " << b;
        }
  }
}

TEST(CoveringPrefixes, FewestPrefixes) {
  EXPECT_THAT(CoveringPrefixes("20000000", "20209999"), ElementsAre("200", "201", "2020"));
  EXPECT_THAT(CoveringPrefixes("00000000", "99999999"), ElementsAre(""));
  EXPECT_THAT(CoveringPrefixes("20170427", "20170427"), ElementsAre("20170427"));
  EXPECT_TRUE(CoveringPrefixes("2", "1").empty());
}

}  // namespace
}  // namespace twindex::index
