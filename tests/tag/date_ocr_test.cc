// Dates as OCR reads them off a scan: a Roman month's I read as "1" or "l", V as the Cyrillic
// "У" ("УП" for VII), a Polish or Lithuanian letter read with another's diacritic ("birżelio"),
// and "З" read for "3" before a month Belarusian does not name so. The sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using V = std::vector<std::string>;

V Found(std::string_view text, int reference_year = 0) {
  V out;
  for (const DateMention& m : TagDates(text, reference_year)) out.push_back(m.iso + "@" + m.text);
  return out;
}

TEST(OcrDates, RomanMonthsReadWithLookAlikes) {
  EXPECT_EQ(Found("Конференция пройдёт 20-22.1Х.2016 в Гродно."),
            (V{"2016-09-20@20", "2016-09-22@22.1Х.2016"}));
  EXPECT_EQ(Found("Zjazd odbędzie się 5.lX.2016 w Sejnach."), (V{"2016-09-05@5.lX.2016"}));
  EXPECT_EQ(Found("Свята пройдзе 3-5.УП.2021 у Лідзе."),
            (V{"2021-07-03@3", "2021-07-05@5.УП.2021"}));
  EXPECT_EQ(Found("Сход 9.УШ.2021 г."), (V{"2021-08-09@9.УШ.2021 г."}));
  EXPECT_EQ(Found("Сустрэча 7.У.2019."), (V{"2019-05-07@7.У.2019"}));
  // A "1" before letters that make no month stays a number; "У" alone after a sentence's dot
  // is a preposition.
  EXPECT_EQ(Found("Wersja 2.1A.2016"), V{});
  EXPECT_EQ(Found("Было рады 5. У 2017 годзе сустрэча."), V{});
}

TEST(OcrDates, MonthNamesWithAnotherLettersDiacritic) {
  EXPECT_EQ(Found("Salantai, 2025 m. birżelio 16 d."), (V{"2025-06-16@2025 m. birżelio 16 d."}));
  EXPECT_EQ(Found("Spotkanie 12 wrzesnia 2019 r."), (V{"2019-09-12@12 wrzesnia 2019 r."}));
}

TEST(OcrDates, ThreeReadAsZeBeforeARussianMonth) {
  EXPECT_EQ(Found("З июня 2013 г., Выборг\nТекст."), (V{"2013-06-03@З июня 2013 г."}));
  // Belarusian "З кастрычніка" is 'since October'.
  EXPECT_EQ(Found("З кастрычніка 2023 г. працуе новы музей."), (V{"2023-10@кастрычніка 2023 г."}));
}

}  // namespace
}  // namespace twindex::tag
