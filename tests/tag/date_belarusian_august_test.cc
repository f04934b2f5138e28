// Belarusian writes August short as "жн." (two letters, the standard abbreviation), in a day or a
// range ("з 4 па 6 жн."); without its dot and with no year after it, "жн" is no month. The
// sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(BelarusianAugust, TwoLetterAbbreviation) {
  EXPECT_EQ(Found("Слонім, 1 ліпеня 2024 г.\n\nКірмаш пройдзе 17 жн. на стадыёне.", 2024),
            (V{"2024-07-01@1 ліпеня 2024 г.", "2024-08-17~@17 жн."}));
  EXPECT_EQ(Found("Моладзь адпачне ў лагеры 9 жн. 2023 г."), (V{"2023-08-09@9 жн. 2023 г."}));
}

TEST(BelarusianAugust, InARange) {
  const std::vector<DateMention> found = TagDates(
      "Слонім, 1 ліпеня 2024 г.\n\nГосці пабудуць у нас з 4 па 6 жн. і паедуць далей.", 2024);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].iso, "2024-08-04");
  EXPECT_EQ(found[1].through, "2024-08-06");
  EXPECT_EQ(found[2].iso, "2024-08-06");
}

TEST(BelarusianAugust, NoDotNoMonth) {
  EXPECT_EQ(Found("Слонім, 1 ліпеня 2024 г.\n\nУ спісе 17 жн і 5 мужчын.", 2024),
            (V{"2024-07-01@1 ліпеня 2024 г."}));
}

}  // namespace
}  // namespace twindex::tag
