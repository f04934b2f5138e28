// English and German month names inside a Polish, Lithuanian, Russian or Belarusian text (an
// invitation, a poster, a quote): "September 19–21", "3 March 2015", "March 3, 2015", "3. März
// 2015". The sentences are our own.
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

TEST(ForeignMonths, EnglishDayFirstAndMonthFirst) {
  EXPECT_EQ(Found("Na plakacie napisano „3 March 2015” i nic więcej."),
            (V{"2015-03-03@3 March 2015"}));
  EXPECT_EQ(Found("Kvietime parašyta: March 3, 2015, Vilnius."), (V{"2015-03-03@March 3, 2015"}));
  EXPECT_EQ(Found("В приглашении стояло: October 12, 2018 года."),
            (V{"2018-10-12@October 12, 2018 года"}));
}

TEST(ForeignMonths, MonthFirstRangeTakesTheStorysYear) {
  EXPECT_EQ(Found("Goście przyjadą 2 września 2024 r.; program ma tytuł „September 19–21”."),
            (V{"2024-09-02@2 września 2024 r.", "2024-09-19~@September 19", "2024-09-21~@21"}));
  EXPECT_EQ(Found("Festival: July 4–6 2019 m., Kaunas."),
            (V{"2019-07-04@July 4", "2019-07-06@6 2019 m."}));
}

TEST(ForeignMonths, GermanDayWithItsDot) {
  EXPECT_EQ(Found("Die Urkunde trägt das Datum 3. März 2015, przetłumaczone przez biuro."),
            (V{"2015-03-03@3. März 2015"}));
  EXPECT_EQ(Found("Spotkanie w Halle: 14. Oktober 2022 r."), (V{"2022-10-14@14. Oktober 2022 r."}));
}

TEST(ForeignMonths, NotDates) {
  // A first name is no month; a numbered point before a capitalized word is no date.
  EXPECT_EQ(Found("Jan Kowalski przyjechał 3 maja 2019 r."), (V{"2019-05-03@3 maja 2019 r."}));
  EXPECT_EQ(Found("Punkt 3. Mai wird verschoben."), V{});
  EXPECT_EQ(Found("Zygmunt August 12 razy odwiedził Wilno."), V{});
}

}  // namespace
}  // namespace twindex::tag
