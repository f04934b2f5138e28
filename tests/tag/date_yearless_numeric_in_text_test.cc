// A day and month in digits without a year ("22.01") inside a dated text: opening a sentence in
// the middle of a line, before a word; after a weekday's name and a comma, as a programme heads
// its days (there also "3.07" and the month-day order "07-19"); after "do"/"до" when the first
// half is over 24, so no hour. A timetable's time at a line's start, a time after "o"/"в" and the
// same figures in an undated text stay no date. The sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(YearlessNumericInText, OpeningASentenceInsideALine) {
  EXPECT_EQ(
      Found("Sanok, 4 marca 2024 r.\n\nStyczeń i luty. 19.02 przyjechali do nas tancerze.", 2024),
      (V{"2024-03-04@4 marca 2024 r.", "2024-02-19~@19.02"}));
  EXPECT_EQ(
      Found("Полацк, 10.01.2024\n\nЧацвёрты квартал. 11.11 адкрылася выстава фатаграфій.", 2024),
      (V{"2024-01-10@10.01.2024", "2024-11-11~@11.11"}));
  EXPECT_EQ(
      Found("Тверь, 5 февраля 2023 г.\n\nВторой квартал. 14.05 состоялся концерт хора.", 2023),
      (V{"2023-02-05@5 февраля 2023 г.", "2023-05-14~@14.05"}));
}

TEST(YearlessNumericInText, AfterAWeekdaysName) {
  EXPECT_EQ(Found("Tczew, 1 czerwca 2025 r.\n\nProgram\nPiątek, 6.06: przyjazd gości.\n"
                  "Sobota, 07.06: wycieczka nad morze.",
                  2025),
            (V{"2025-06-01@1 czerwca 2025 r.", "2025-06-06~@6.06", "2025-06-07~@07.06"}));
  EXPECT_EQ(Found("Utena, 2025 m. birželio 2 d.\n\nPenktadienis, 06-13. Koncertas aikštėje.", 2025),
            (V{"2025-06-02@2025 m. birželio 2 d.", "2025-06-13~@06-13"}));
  EXPECT_EQ(Found("Орша, 02.06.2025\n\nСубота, 14.06 – экскурсія па горадзе.", 2025),
            (V{"2025-06-02@02.06.2025", "2025-06-14~@14.06"}));
}

TEST(YearlessNumericInText, ADeadlineWhoseDayIsNoHour) {
  EXPECT_EQ(Found("Ełk, 2 maja 2025 r.\n\nWnioski przyjmujemy do 28.06, a wyniki ogłosimy w lipcu.",
                  2025),
            (V{"2025-05-02@2 maja 2025 r.", "2025-06-28~@28.06"}));
}

TEST(YearlessNumericInText, TimesDecimalsAndUndatedTextsStayNoDate) {
  // A timetable's times start their lines; "o 10.05," and "до 11.30," are times of day.
  EXPECT_EQ(
      Found("Ełk, 2 maja 2025 r.\n\nProgram\n10.10 Otwarcie wystawy\n11.05 Kawa i rozmowy", 2025),
      (V{"2025-05-02@2 maja 2025 r."}));
  EXPECT_EQ(Found("Ełk, 2 maja 2025 r.\n\nZaczynamy o 10.05, po kawie. Przerwa trwa do 11.30, "
                  "potem obiad.",
                  2025),
            (V{"2025-05-02@2 maja 2025 r."}));
  // A sentence opened by a number after an abbreviation's dot, and an undated text.
  EXPECT_EQ(Found("Ełk, 2 maja 2025 r.\n\nZebrano ok. 12.05 tys. zł na cele społeczne.", 2025),
            (V{"2025-05-02@2 maja 2025 r."}));
  EXPECT_EQ(Found("Czwarty kwartał. 17.12 odbyła się konferencja."), V{});
}

}  // namespace
}  // namespace twindex::tag
