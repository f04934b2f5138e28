// The time of writing: a dateline that a sentence follows on its own line dates "yesterday" and
// "two days ago"; "this year" said on its own ("šiais metais", "w tym roku", "сёлета") is the year
// of writing for the rest of its sentence, in a report whose heading names the year before. The
// sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(TimeOfWriting, ADatelineFollowedByASentenceOnItsLine) {
  EXPECT_EQ(Found("ЛІДА, 4 сакавіка 2021 г. Учора ў горад прыехалі госці з Польшчы."),
            (V{"2021-03-04@4 сакавіка 2021 г.", "2021-03-03~@Учора"}));
  // Inside a sentence the date is no dateline, and "вчера" no date.
  EXPECT_EQ(Found("Гости приехали 4 марта 2021 г. и вчера уехали."),
            (V{"2021-03-04@4 марта 2021 г."}));
}

TEST(TimeOfWriting, ThisYearSaidOnItsOwnIsTheYearOfWriting) {
  // The heading names 2023, the report is written in 2024.
  EXPECT_EQ(Found("ATASKAITA UŽ 2023 M.\n\nPer metus vyko trys susitikimai, spalio 5 d. "
                  "– paskutinis. Šiais metais planuojama svečius pakviesti į Alytų geg. 14–16 d.",
                  2024),
            (V{"2023-10-05~@spalio 5 d.", "2024-05-14~@geg. 14", "2024-05-16~@16 d."}));
  EXPECT_EQ(Found("Sprawozdanie za 2023 rok\n\nW tym roku chór wystąpi w Sejnach, zapewne "
                  "koło 20 czerwca.",
                  2024),
            (V{"2024-06-20~@20 czerwca"}));
}

// Another year's scope ends with its sentence even where the next sentence starts with a day:
// "... da 2025 года. 4 кастр. ...".
TEST(TimeOfWriting, ADayAfterAYearsFullStopStartsTheNextSentence) {
  EXPECT_EQ(Found("Быў падпісаны план да 2025 года. 4 кастр. артысты выступілі ў Хаскава.", 2022),
            (V{"2022-10-04~@4 кастр."}));
  // Inside a sentence a year's word and a day go on: "w 2019 r. 4 razy" is no date anyway.
  EXPECT_EQ(Found("Grupa była tu w 2019 r. 4 razy."), V{});
}

}  // namespace
}  // namespace twindex::tag
