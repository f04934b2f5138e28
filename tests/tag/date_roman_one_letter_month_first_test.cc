// Lithuanian writes a date month first in Roman numerals; a one-letter numeral (V, X, I) counts
// when a dot glues it to its day inside a line of a dated text ("…; V.15 delegacija atvyko",
// "vyks X.03, o …"), also after a semicolon that opens a clause. An initial ("V. Adamkus": a space
// after its dot), an outline's numbering at a line's start ("V.12 Išvados") and an undated text
// stay no date. The sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(RomanOneLetterMonthFirst, GluedToItsDayInADatedText) {
  EXPECT_EQ(Found("Utena, 2024-02-01\n\nKovo mėnesį lankėsi svečiai; V.14 atvyko choras, o "
                  "paroda vyks X.05, rudenį.",
                  2024),
            (V{"2024-02-01@2024-02-01", "2024-05-14~@V.14", "2024-10-05~@X.05"}));
}

TEST(RomanOneLetterMonthFirst, InitialsOutlinesAndUndatedTextsStayNoDate) {
  EXPECT_EQ(Found("Utena, 2024-02-01\n\nSveikinimą perskaitė V. Adamkus.", 2024),
            (V{"2024-02-01@2024-02-01"}));
  EXPECT_EQ(Found("Utena, 2024-02-01\n\nTurinys\nV.12 Išvados\nX.14 Priedai", 2024),
            (V{"2024-02-01@2024-02-01"}));
  EXPECT_EQ(Found("Skyriuje aptarta; V.14 punktas keičiamas."), V{});
}

}  // namespace
}  // namespace twindex::tag
