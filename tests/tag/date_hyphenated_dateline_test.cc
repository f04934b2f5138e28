// A dateline whose place has a hyphen in its name ("ЮЖНО-САХАЛИНСК, 10 февраля 2025 г.",
// "Bielsko-Biała, 3 maja 2025 r.") is still the text's time of writing: "вчера" and "wczoraj"
// count from it. The sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(HyphenatedDateline, TodayWordsCountFromIt) {
  EXPECT_EQ(Found("ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 10 февраля 2025 г.\n\nВыставка открылась 6 февраля, "
                  "а вчера её посетил мэр."),
            (V{"2025-02-10@10 февраля 2025 г.", "2025-02-06~@6 февраля", "2025-02-09~@вчера"}));
  EXPECT_EQ(Found("Bielsko-Biała, 3 maja 2025 r.\n\nWczoraj goście zwiedzili zamek."),
            (V{"2025-05-03@3 maja 2025 r.", "2025-05-02~@Wczoraj"}));
}

TEST(HyphenatedDateline, AHyphenBetweenNumbersIsNoPlace) {
  // A range before the date: no dateline, and "wczoraj" no date.
  EXPECT_EQ(Found("Spotkania 1-2, 3 maja 2025 r.\n\nWczoraj goście zwiedzili zamek."),
            (V{"2025-05-03@3 maja 2025 r."}));
}

}  // namespace
}  // namespace twindex::tag
