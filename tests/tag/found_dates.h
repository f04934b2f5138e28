// For the date tests: the mentions TagDates finds in a text, in order, as "iso@text", or
// "iso~@text" when the year came from elsewhere in the text, so one EXPECT_EQ shows them all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tag/date_tagger.h"

namespace twindex::tag::found_dates {

using V = std::vector<std::string>;

inline V Found(std::string_view text, int reference_year = 0) {
  V out;
  for (const DateMention& m : TagDates(text, reference_year))
    out.push_back(m.iso + (m.year_inferred ? "~@" : "@") + m.text);
  return out;
}

}  // namespace twindex::tag::found_dates
