// A report's heading names the year its events are in; the heading ends where its dateline starts,
// also when the dateline is written in the ISO order with spaces ("2025 02 03") and follows the
// title on the next line with no blank line between, as OCR reads a scan. The sentences are our
// own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(HeadingDateline, ASpacedIsoDatelineUnderTheTitleEndsTheHeading) {
  EXPECT_EQ(Found("Alytaus 2024 m. veiklos ataskaita\nAlytus, 2025 02 03\n\nKoncertas vyko kovo "
                  "11 d.",
                  2025),
            (V{"2025-02-03@2025 02 03", "2024-03-11~@kovo 11 d."}));
}

TEST(HeadingDateline, ATitleWithTwoYearsStillNamesNone) {
  // Two different years in the title lines themselves: no heading year, the dateline's holds.
  EXPECT_EQ(
      Found("Planas 2024 m. ir 2025 m.\nAlytus, 2025 02 03\n\nKoncertas vyko kovo 11 d.", 2025),
      (V{"2025-02-03@2025 02 03", "2025-03-11~@kovo 11 d."}));
}

}  // namespace
}  // namespace twindex::tag
