// Days said relative to an event the text dates: the day after the arrival or the departure of a
// stay (a range or a pair of days), the eve of an event, and no date where the only date before is
// the text's dateline and the phrase names another event. The sentences are our own.
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

TEST(StayAnchors, TheDayAfterTheArrivalCountsFromTheStaysFirstDay) {
  EXPECT_EQ(Found("Chór gościł w Kownie w dniach 10–14 maja 2021 r. Nazajutrz po przyjeździe "
                  "zaśpiewał w katedrze."),
            (V{"2021-05-10@10", "2021-05-14@14 maja 2021 r.", "2021-05-11~@Nazajutrz"}));
  EXPECT_EQ(Found("Школьники жили в Пскове с 3 по 7 июля 2018 г. На следующий день после "
                  "приезда они посетили кремль."),
            (V{"2018-07-03@3", "2018-07-07@7 июля 2018 г.", "2018-07-04~@На следующий день"}));
}

TEST(StayAnchors, TheDayAfterTheDepartureCountsFromTheStaysLastDay) {
  // Even with another date between the stay and the phrase.
  EXPECT_EQ(Found("Паездка доўжылася з 2 па 6 кастрычніка 2020 г. Папярэдні візіт быў 14 лют. "
                  "Назаўтра пасля ад'езду група прыехала ў Мінск."),
            (V{"2020-10-02@2", "2020-10-06@6 кастрычніка 2020 г.", "2020-02-14~@14 лют.",
               "2020-10-07~@Назаўтра"}));
}

TEST(StayAnchors, TheEveOfAnEventIsBeforeItsFirstDay) {
  EXPECT_EQ(Found("Дни города пройдут 12 и 13 июня 2022 г., а накануне откроется выставка."),
            (V{"2022-06-12@12", "2022-06-13@13 июня 2022 г.", "2022-06-11~@накануне"}));
  EXPECT_EQ(Found("Jarmark potrwa 5–7 sierpnia 2023 r.; dzień wcześniej przyjadą wystawcy."),
            (V{"2023-08-05@5", "2023-08-07@7 sierpnia 2023 r.", "2023-08-04~@dzień wcześniej"}));
}

TEST(StayAnchors, ANewsDatelineIsNoOtherEvent) {
  // "After the concert" after only the dateline: the concert's day is not stated.
  EXPECT_EQ(Found("Гродна, 12 мая 2020 г.\nУ суботу адбыўся канцэрт. Назаўтра пасля канцэрта "
                  "госці паехалі дадому."),
            (V{"2020-05-12@12 мая 2020 г."}));
  // An agreement's dateline is its signing.
  EXPECT_EQ(Found("Alytus, 2024 m. kovo 4 d.\nKitą dieną po sutarties pasirašymo svečiai išvyko."),
            (V{"2024-03-04@2024 m. kovo 4 d.", "2024-03-05~@Kitą dieną"}));
}

}  // namespace
}  // namespace twindex::tag
