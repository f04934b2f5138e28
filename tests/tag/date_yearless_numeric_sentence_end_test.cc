// A day and month in digits without a year ("27.09.") that end their sentence, in a text that
// gives its year, are a date with that year; a time of day, a decimal inside a sentence, or the
// same figures in a text with no year stay no date. The sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(YearlessNumericSentenceEnd, ADayAndMonthEndingTheSentenceInADatedText) {
  EXPECT_EQ(
      Found("Kutno, 3 marca 2025 r.\n\nRewizyta planowana jest na 14.06. Potem wakacje.", 2025),
      (V{"2025-03-03@3 marca 2025 r.", "2025-06-14~@14.06"}));
  EXPECT_EQ(Found("Луга, 21.07.2025\n\nОтветный визит намечен на 05.10. Все приглашены.", 2025),
            (V{"2025-07-21@21.07.2025", "2025-10-05~@05.10"}));
}

TEST(YearlessNumericSentenceEnd, TimesDecimalsAndUndatedTextsStayNoDate) {
  // A time of day ("o 10.15."), a decimal inside the sentence, an impossible month.
  EXPECT_EQ(
      Found("Kutno, 3 marca 2025 r.\n\nSpotkanie zaczniemy o 10.15. Prosimy o punktualność.", 2025),
      (V{"2025-03-03@3 marca 2025 r."}));
  EXPECT_EQ(Found("Kutno, 3 marca 2025 r.\n\nWskaźnik wyniósł 12.07 punktu, a cena 14.35.", 2025),
            (V{"2025-03-03@3 marca 2025 r."}));
  // No year anywhere in the text: nothing to give the figures a year.
  EXPECT_EQ(Found("Rewizyta planowana jest na 14.06. Potem wakacje."), V{});
}

}  // namespace
}  // namespace twindex::tag
