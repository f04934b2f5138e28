// Date forms of Polish, Belarusian, Lithuanian and Russian as published date-parsing test suites
// write them, and forms of our own of the kinds issue 16 (class 3) lists. Each row is a text and
// the ISO dates TagDates must find in it, in text order. The published cases are facts about the
// languages, re-typed here (not copied code); each table names the suite and file it comes from.
// Left out of the suites: times of day, weekdays alone, and dates relative to the time of reading
// with no date in the text to count from ("вчера", "6 tygodni temu"), which twindex never resolves
// (kNowRelativeWithoutAnchor checks that they stay no date).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

struct FormCase {
  std::string_view text;
  std::string_view dates;  // ISO values, space-separated, in text order; "" = no date
};

// The ISO values TagDates finds in `text`, space-separated.
std::string Dates(std::string_view text) {
  std::string out;
  for (const DateMention& m : TagDates(text)) out += (out.empty() ? "" : " ") + m.iso;
  return out;
}

template <size_t N>
void ExpectAll(const FormCase (&cases)[N]) {
  for (const FormCase& c : cases) EXPECT_EQ(Dates(c.text), c.dates) << "in: " << c.text;
}

// scrapinghub/dateparser, tests/test_languages.py (test_translation, test_split,
// test_applicable_languages, test_not_applicable_languages): ru 3, pl 3, be 6, lt 2.
constexpr FormCase kDateparserLanguages[] = {
    {"5 августа 2014 г. в 12:00", "2014-08-05"},
    {"8 января 2015 г. в 9:10", "2015-01-08"},
    {"4 stycznia o 13:50", "--01-04"},
    {"29 listopada 2014 o 08:40", "2014-11-29"},
    {"8 stycznia 2015 o 10:19", "2015-01-08"},
    {"5 снежня 2015 г. у 12:00", "2015-12-05"},
    {"11 верасня 2015 г. у 12:11", "2015-09-11"},
    {"3 стд 2015 г. у 10:33", "2015-01-03"},
    {"13 лютага 1913", "1913-02-13"},
    {"жнівень 12, чацвер", "--08-12"},
    {"3 верасня 2015 г. у 11:10", "2015-09-03"},
    {"15 gegužės 1970 trečiadienis", "1970-05-15"},
    {"an 2 rugsėjo 09:18 priešpiet", "--09-02"},
    // Not Russian: "haziran" is a Turkish month.
    {"08.haziran.2014, 11:07", ""},
};

// scrapinghub/dateparser, tests/test_search.py (test_search_date_string, test_search_and_parse,
// test_relative_base_setting, test_date_search_function): ru 7, pl 1, be 4, and a phone number.
constexpr FormCase kDateparserSearch[] = {
    {"5 августа 2014 г в 12:00", "2014-08-05"},
    {"5 снежня 2015 г у 12:00", "2015-12-05"},
    {"11 верасня 2015 г у 12:11", "2015-09-11"},
    {"3 стд 2015 г у 10:33", "2015-01-03"},
    {"Пасля апублікавання Патсдамскай дэкларацыі 26 ліпеня 1945 года і адмовы Японіі "
     "капітуляваць на яе ўмовах ЗША скінулі атамныя бомбы.",
     "1945-07-26"},
    {"II wojna światowa – największa wojna światowa w historii, trwająca od 1 września 1939 do 2 "
     "września 1945 (w Europie do 8 maja 1945)",
     "1939-09-01 1945-09-02 1945-05-08"},
    {"Втора́я мирова́я война́ (1 сентября 1939 — 2 сентября 1945) — война двух мировых "
     "военно-политических коалиций, ставшая крупнейшим вооружённым конфликтом в истории "
     "человечества.",
     "1939-09-01 1945-09-02"},
    {"19 марта 2001 был хороший день. 20 марта тоже был хороший день. 21 марта был отличный "
     "день.",
     "2001-03-19 2001-03-20 2001-03-21"},
    // The text's first date is its time of writing: "сегодня", "вчера", "2 дня назад" count from
    // it, and "через неделю" counts from the last date the text states, not from a counted one.
    {"19 марта 2001. Сегодня был хороший день. 2 дня назад был хороший день. Вчера тоже был "
     "хороший день.",
     "2001-03-19 2001-03-19 2001-03-17 2001-03-18"},
    {"19 марта 2001. Сегодня был хороший день. Два дня назад был хороший день. Хорошая была "
     "неделя. Думаю, через неделю будет еще лучше.",
     "2001-03-19 2001-03-19 2001-03-17 2001-03-26"},
    {"19 марта 2001, 20 марта, 21 марта был отличный день.", "2001-03-19 2001-03-20 2001-03-21"},
    {"Привет", ""},
    // A phone number in the suite's French sentence: digits in pairs are no date in any language.
    {"bonjour, pouvez vous me joindre svp par telephone 08 11 58 54 41", ""},
};

// ivbeg/qddate, tests/test_dateparser.py (test_parse_supported_text, the Russian, Polish and
// numeric rows; test_parse_returns_none_for_unsupported_text, whose Russian rows are dates all the
// same) and tests.py (TESTS): ru 15, pl 2, numeric 9.
constexpr FormCase kQddate[] = {
    {"3 Января 2003 года", "2003-01-03"},
    {"05 Января 2003", "2003-01-05"},
    {"15 февраля 2007 года", "2007-02-15"},
    {"2 Июня 2015", "2015-06-02"},
    {"9 июля 2015 г.", "2015-07-09"},
    {"23 июня 2015", "2015-06-23"},
    {"3 Июля, 2015", "2015-07-03"},
    {"пятница, июля 17, 2015", "2015-07-17"},
    {"Июль 16, 2015", "2015-07-16"},
    {"9 Июля 2015 [11:23]", "2015-07-09"},
    {"18 Июля 2021 [17:48]", "2021-07-18"},
    {"09.июля.2015", "2015-07-09"},
    {"Авг 11, 2015", "2015-08-11"},
    {"Вторник, 18 Август 2015 18:51", "2015-08-18"},
    {"19 август в 16:03", "--08-19"},
    {"5 stycznia 2020", "2020-01-05"},
    {"17 Marca 2018 r.", "2018-03-17"},
    {"01.12.2009", "2009-12-01"},
    {"2013-01-12", "2013-01-12"},
    {"31.05.2001", "2001-05-31"},
    {"7/12/2009", "2009-12-07"},
    {"01.03.2009 14:53", "2009-03-01"},
    {"01.03.2009 14:53:12", "2009-03-01"},
    {"22.12.2009 17:56", "2009-12-22"},
    {"12-08-2015 - 09:00", "2015-08-12"},
    {"26 / 06 15", ""},
};

// bear/parsedatetime, tests/TestRussianLocale.py (testDates, testDatesLang, testConjugate): ru 4.
constexpr FormCase kParsedatetime[] = {
    {"25.08.2006", "2006-08-25"},
    {"25.8.06", "2006-08-25"},
    {"25 августа 2006 23:05", "2006-08-25"},
    {"25 сентября 2006 23:05", "2006-09-25"},
};

// Relative to the time of reading, with no date in the text to count from: no date. From
// scrapinghub/dateparser, tests/test_languages.py (test_freshness_translation): ru 4, pl 2, be 2,
// lt 2.
constexpr FormCase kNowRelativeWithoutAnchor[] = {
    {"спустя 2 дня", ""},      {"вчера", ""},           {"позавчера", ""}, {"через 8 месяцев", ""},
    {"6 tygodni temu", ""},    {"Wczoraj o 07:40", ""}, {"учора", ""},     {"пазаўчора", ""},
    {"praėjusią savaitę", ""}, {"po 2 valandų", ""},
};

// Forms of our own, of the kinds issue 16 (class 3) lists.
constexpr FormCase kOwnForms[] = {
    // The month's name before the day, without a year, where the day ends the phrase.
    {"Гродна, жнівень 27", "--08-27"},
    {"Sierpień 14, czwartek", "--08-14"},
    {"Август 3.", "--08-03"},
    {"Праект: 27 жніўня", "--08-27"},
    // Ordinal endings after the day's digits.
    {"13-га жніўня 2019 г.", "2019-08-13"},
    {"13-го мая 2019 г.", "2019-05-13"},
    {"1-ое мая", "--05-01"},
    {"3-go maja 2019 r.", "2019-05-03"},
    {"с 13-го по 15-е мая 2019 г.", "2019-05-13 2019-05-15"},
    // ISO order with spaces, on its own.
    {"Data: 2013 05 27", "2013-05-27"},
    // Lithuanian years with their ending, before a month or as the year of what follows.
    {"2019-ųjų kovo 16 d.", "2019-03-16"},
    {"2019-ųjų vasarą, spalio 3 d. vyko mugė", "2019-10-03"},
    {"2019-aisiais gegužės 5 d.", "2019-05-05"},
    // Polish "r." glued to the year.
    {"dnia 3.05.2016r.", "2016-05-03"},
    {"dnia 3.05.2016r. w Ełku", "2016-05-03"},
    // Split by a line break.
    {"27 kwietnia\n2017 r.", "2017-04-27"},
    {"19 ноября\n2024 года", "2024-11-19"},
    {"2018 m.\nkovo 16 d.", "2018-03-16"},
    {"Sporządzono dnia 27.04.\n2017 r.", "2017-04-27"},
    // Roman months, also in ranges.
    {"14–16.IX.2014", "2014-09-14 2014-09-16"},
    {"14 IX 2014", "2014-09-14"},
    // Abbreviations with and without their dot.
    {"3 стд 2019 г., 5 лют 2019 г., 7 сак. 2019 г.", "2019-01-03 2019-02-05 2019-03-07"},
    {"5 янв. 2020 г., 6 февр. 2020 г.", "2020-01-05 2020-02-06"},
    {"4 stycz. 2021 r., 5 lut. 2021 r.", "2021-01-04 2021-02-05"},
    {"2022 m. saus. 7 d., 2022 m. vas. 3 d.", "2022-01-07 2022-02-03"},
    // Relative to a date the text states.
    {"Delegacja przyjechała 3 maja 2019 r., a dwa dni później zwiedziła zamek.",
     "2019-05-03 2019-05-05"},
    {"Сустрэча адбылася 3 траўня 2019 г., а праз тыдзень госці вярнуліся.",
     "2019-05-03 2019-05-10"},
    {"2019 m. gegužės 3 d. atvyko svečiai, o po dviejų dienų išvyko.", "2019-05-03 2019-05-05"},
    {"Goście przyjechali 3 maja 2019 r., po tygodniu wrócili.", "2019-05-03 2019-05-10"},
    // Relative to the time of writing, which a dateline states.
    {"Гродно, 19 ноября 2024 г.\nСегодня в Гродно прошла встреча.", "2024-11-19 2024-11-19"},
    {"Białystok, 27.04.2017\nWczoraj podpisano umowę.", "2017-04-27 2017-04-26"},
    {"2018 m. rugpjūčio 31 d.\nVakar atvyko svečiai.", "2018-08-31 2018-08-30"},
};

// Numbers that are no dates, however date-like.
constexpr FormCase kNotDates[] = {
    {"tel. 2013 05 27", ""},
    {"+48 85 2013 05 27", ""},
    {"2013 05 27 14", ""},
    {"wynik 3:1, potem 2:0", ""},
    {"13 05", ""},
    {"w sezonie 2013 05 zawodników", ""},
    {"wersja 2.10.15", ""},
    {"art. 13-go maja", ""},
    {"3.1.12 Zakres prac", ""},
    {"Май 9 человек", ""},
    {"marzec 3 razy", ""},
    {"Хорошая была неделя.", ""},
    // "Today" counts from a dateline only: here the date is inside a sentence.
    {"Договор подписан 19 мая 1991 года. Сегодня города дружат.", "1991-05-19"},
};

TEST(DateForms, DateparserLanguages) { ExpectAll(kDateparserLanguages); }
TEST(DateForms, DateparserSearch) { ExpectAll(kDateparserSearch); }
TEST(DateForms, Qddate) { ExpectAll(kQddate); }
TEST(DateForms, Parsedatetime) { ExpectAll(kParsedatetime); }
TEST(DateForms, NowRelativeWithoutAnchorIsNoDate) { ExpectAll(kNowRelativeWithoutAnchor); }
TEST(DateForms, OwnForms) { ExpectAll(kOwnForms); }
TEST(DateForms, NotDates) { ExpectAll(kNotDates); }

}  // namespace
}  // namespace twindex::tag
