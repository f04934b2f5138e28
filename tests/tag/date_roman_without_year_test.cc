// A Roman month without its year, where nothing but a date reads so: a day and its Roman month
// that end their phrase ("Wcześniej, 11 XI, …", "… zaczyna się 29 V."), and the Lithuanian order,
// month first, opening a sentence ("IX.24 Aktobės …") or ending its phrase inside one ("šventę IX
// 12, o …"), in a text that gives the year. A count or a reference stays no date. The sentences are
// our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(RomanWithoutYear, ADayAndItsRomanMonthThatEndTheirPhrase) {
  EXPECT_EQ(Found("Sejny, 2 października 2025 r.\n\nPotem, 11 XI, chór zaśpiewa w Puńsku.", 2025),
            (V{"2025-10-02@2 października 2025 r.", "2025-11-11~@11 XI"}));
  EXPECT_EQ(Found("Гродна, 3 красавіка 2025 г.\n\nСустрэча адбудзецца 29 V. Запрашаем усіх.", 2025),
            (V{"2025-04-03@3 красавіка 2025 г.", "2025-05-29~@29 V"}));
}

TEST(RomanWithoutYear, MonthFirstOpeningASentenceOrEndingItsPhrase) {
  EXPECT_EQ(Found("Alytus, 2025 m. sausio 10 d.\n\nRuduo. IX.24 mokiniai vyko į Punską.", 2025),
            (V{"2025-01-10@2025 m. sausio 10 d.", "2025-09-24~@IX.24"}));
  EXPECT_EQ(Found("Alytus, 2025 m. sausio 10 d.\n\nSvečiai atvyks į šventę IX 12, o vėliau "
                  "išvyks.",
                  2025),
            (V{"2025-01-10@2025 m. sausio 10 d.", "2025-09-12~@IX 12"}));
}

TEST(RomanWithoutYear, CountsAndReferencesStayNoDate) {
  // A number before a Roman numeral inside a sentence, a count after a month-first numeral.
  EXPECT_EQ(Found("W klasie 3 II uczy się 25 dzieci.", 2025), V{});
  EXPECT_EQ(Found("Į stovyklą atvyko IX 12 mokinių iš Punsko.", 2025), V{});
  // A reference: "art. 5 X." is an article; and in an undated text a Roman numeral after a day
  // is too often something else.
  EXPECT_EQ(Found("Zob. tabela 27 IV."), V{});
  EXPECT_EQ(Found("Zgodnie z art. 5 X. ustawy.", 2025), V{});
}

}  // namespace
}  // namespace twindex::tag
