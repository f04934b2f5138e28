// Days written as ordinal words ("pierwszego dnia lipca", "пятнадцатого сентября", "першага
// студзеня", "pirmąją rugsėjo dieną"): date_ordinals.h and the date tagger's use of it. The
// sentences are our own.
#include "tag/date_ordinals.h"

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

TEST(OrdinalDays, TableHoldsEveryDayOfEachLanguage) {
  EXPECT_EQ(LookupOrdinalDay("pierwszego")->value, 1);
  EXPECT_EQ(LookupOrdinalDay("dziewiętnastego")->value, 19);
  EXPECT_EQ(LookupOrdinalDay("dwudziestego")->tens, 20);
  EXPECT_EQ(LookupOrdinalDay("четвертого")->value, 4);
  EXPECT_EQ(LookupOrdinalDay("третье")->value, 3);
  EXPECT_EQ(LookupOrdinalDay("трыццатага")->value, 30);
  EXPECT_EQ(LookupOrdinalDay("першае")->value, 1);
  EXPECT_EQ(LookupOrdinalDay("penktąją")->value, 5);
  EXPECT_EQ(LookupOrdinalDay("pirmoji")->value, 1);
  EXPECT_EQ(LookupOrdinalDay("двадцать")->value, 0);
  EXPECT_EQ(LookupOrdinalDay("двадцать")->tens, 20);
  EXPECT_EQ(LookupOrdinalDay("kot"), nullptr);
  EXPECT_TRUE(MayBeOrdinalDay("Pierwszego"));
  EXPECT_FALSE(MayBeOrdinalDay("miasto"));
}

TEST(OrdinalDays, PolishWithAndWithoutDnia) {
  EXPECT_EQ(Found("Delegacja wyjedzie pierwszego dnia lipca."),
            (V{"--07-01@pierwszego dnia lipca"}));
  EXPECT_EQ(Found("Umowę podpisano dnia drugiego maja 2018 r. w ratuszu."),
            (V{"2018-05-02@drugiego maja 2018 r."}));
  EXPECT_EQ(Found("Festyn zaplanowano na dwudziestego pierwszego czerwca.", 2022),
            (V{"2022-06-21~@dwudziestego pierwszego czerwca"}));
  // With digits elsewhere, the year of the story dates it.
  EXPECT_EQ(Found("Goście przyjechali 3 marca 2021 r., a wyjechali siódmego marca."),
            (V{"2021-03-03@3 marca 2021 r.", "2021-03-07~@siódmego marca"}));
}

TEST(OrdinalDays, RussianAndBelarusian) {
  EXPECT_EQ(Found("Фестиваль откроется пятнадцатого сентября 2019 года."),
            (V{"2019-09-15@пятнадцатого сентября 2019 года"}));
  EXPECT_EQ(Found("Встреча прошла двадцать пятого июня.", 2020),
            (V{"2020-06-25~@двадцать пятого июня"}));
  EXPECT_EQ(Found("Первое мая горожане отметили шествием.", 2017), (V{"2017-05-01~@Первое мая"}));
  EXPECT_EQ(Found("Дэлегацыя прыедзе першага студзеня 2024 г."),
            (V{"2024-01-01@першага студзеня 2024 г."}));
  EXPECT_EQ(Found("Сустрэча адбудзецца дваццаць трэцяга лютага.", 2021),
            (V{"2021-02-23~@дваццаць трэцяга лютага"}));
}

TEST(OrdinalDays, LithuanianMonthFirstOrWithTheDaysWord) {
  EXPECT_EQ(Found("Mokslo metai prasidės pirmąją rugsėjo dieną.", 2023),
            (V{"2023-09-01~@pirmąją rugsėjo dieną"}));
  EXPECT_EQ(Found("Svečiai atvyks gegužės dvidešimt antrąją.", 2023),
            (V{"2023-05-22~@gegužės dvidešimt antrąją"}));
  EXPECT_EQ(Found("Sutartis pasirašyta 2016 m. birželio penktąją."),
            (V{"2016-06-05@2016 m. birželio penktąją"}));
}

TEST(OrdinalDays, NotADate) {
  // An ordinal without a month counts days of an event, not of a month; a capitalized month
  // without a year names a street; an impossible day is none.
  EXPECT_EQ(Found("Drugiego dnia festiwalu padał deszcz."), V{});
  EXPECT_EQ(Found("Mieszkam przy ulicy Trzeciego Maja."), V{});
  EXPECT_EQ(Found("Это было тридцатого февраля."), V{});
  EXPECT_EQ(Found("Второго тура выборов не будет."), V{});
}

}  // namespace
}  // namespace twindex::tag
