#include "tag/date_tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace twindex::tag {
namespace {

// "iso@text" for each mention, so one EXPECT_EQ shows every date found, in order.
std::vector<std::string> Found(std::string_view text, int reference_year = 0) {
  std::vector<std::string> out;
  for (const DateMention& m : TagDates(text, reference_year)) out.push_back(m.iso + "@" + m.text);
  return out;
}

using V = std::vector<std::string>;

// The single date in `text`: its ISO form, and its byte range is exactly where `matched` is.
void ExpectOne(std::string_view text, std::string_view iso, std::string_view matched,
               int reference_year = 0) {
  SCOPED_TRACE(std::string(text));
  std::vector<DateMention> found = TagDates(text, reference_year);
  ASSERT_EQ(found.size(), 1u) << (found.empty() ? "" : found[0].iso + " " + found.back().iso);
  size_t at = text.find(matched);
  ASSERT_NE(at, std::string_view::npos);
  EXPECT_EQ(found[0].iso, iso);
  EXPECT_EQ(found[0].begin, at);
  EXPECT_EQ(found[0].end, at + matched.size());
  EXPECT_EQ(found[0].text, matched);
}

// --- The seeds' own sentences ----------------------------------------------------------------

TEST(DateTagger, SeedThisYearTakesReferenceYear) {
  ExpectOne("dnia 27 września br. w siedzibie", "2018-09-27", "27 września br.", 2018);
}

TEST(DateTagger, SeedThisYearWithoutReferenceYear) {
  ExpectOne("dnia 27 września br. w siedzibie", "--09-27", "27 września br.");
}

TEST(DateTagger, SeedWeekdayDateWithoutYear) {
  ExpectOne("w czwartek, 27 kwietnia, odbędzie się", "--04-27", "27 kwietnia");
  // With nothing in the text before it, the document's own year is the date's.
  ExpectOne("w czwartek, 27 kwietnia, odbędzie się", "2017-04-27", "27 kwietnia", 2017);
}

TEST(DateTagger, SeedPhoneNumbersAndOpeningHoursAreNotDates) {
  EXPECT_EQ(Found("TEL: + 48 697 697 205"), V{});
  EXPECT_EQ(Found("TEL: +48 693 202 220"), V{});
  EXPECT_EQ(Found("Pon. 13:00 – 20:00\nWt. 08:00 – 15:00"), V{});
}

// --- Numeric forms ---------------------------------------------------------------------------

TEST(DateTagger, NumericDayMonthYear) {
  ExpectOne("Białystok, 27.04.2017", "2017-04-27", "27.04.2017");
  ExpectOne("dnia 27.04.17 podpisano", "2017-04-27", "27.04.17");
  ExpectOne("dnia 03.05.89 podpisano", "1989-05-03", "03.05.89");
  ExpectOne("data: 27/04/2017.", "2017-04-27", "27/04/2017");
  ExpectOne("от 20.11.2024 г.", "2024-11-20", "20.11.2024 г.");
  ExpectOne("Białystok, 27.04.2017r.", "2017-04-27", "27.04.2017r.");
}

TEST(DateTagger, TwoDigitYearsPivotAtFifty) {
  EXPECT_EQ(Found("01.01.49 i 01.01.50"), (V{"2049-01-01@01.01.49", "1950-01-01@01.01.50"}));
}

TEST(DateTagger, IsoDates) {
  ExpectOne("Parašyta 2017-04-27 Vilniuje", "2017-04-27", "2017-04-27");
  ExpectOne("2018.03.16 Kaunas", "2018-03-16", "2018.03.16");
}

TEST(DateTagger, RomanMonths) {
  ExpectOne("Białystok, 27 IV 2017 r.", "2017-04-27", "27 IV 2017 r.");
  ExpectOne("Białystok, 27.IV.2017", "2017-04-27", "27.IV.2017");
  ExpectOne("Гродна, 1 XII 2019 г.", "2019-12-01", "1 XII 2019 г.");
  // Without a year a Roman numeral after a number is too often something else.
  EXPECT_EQ(Found("rozdział 27 IV"), V{});
  EXPECT_EQ(Found("27 XIII 2017"), V{});
}

// --- Month names, per language ----------------------------------------------------------------

TEST(DateTagger, Polish) {
  ExpectOne("Białystok, 27 kwietnia 2017 r. w dwóch", "2017-04-27", "27 kwietnia 2017 r.");
  ExpectOne("do 31 stycznia 2020 roku", "2020-01-31", "31 stycznia 2020 roku");
  ExpectOne("w dniu 5 listopada 2021", "2021-11-05", "5 listopada 2021");
  ExpectOne("dnia 15 lipca 1410 r.", "1410-07-15", "15 lipca 1410 r.");
  ExpectOne("27 kwi. 2017", "2017-04-27", "27 kwi. 2017");
  ExpectOne("27 paź 2017", "2017-10-27", "27 paź 2017");  // abbreviation without "." but a year
  ExpectOne("do dnia 31 stycznia, uzgadniać", "--01-31", "31 stycznia");
}

TEST(DateTagger, Belarusian) {
  ExpectOne("г. Брэст, 16 сакавіка 2018 г.", "2018-03-16", "16 сакавіка 2018 г.");
  ExpectOne("14 лютага 2019 г. у Полацк", "2019-02-14", "14 лютага 2019 г.");
  ExpectOne("16 сак. 2018 г.", "2018-03-16", "16 сак. 2018 г.");
  ExpectOne("да 1 лютага кожнага года", "--02-01", "1 лютага");
  ExpectOne("3 траўня 2020 года", "2020-05-03", "3 траўня 2020 года");
}

TEST(DateTagger, Russian) {
  ExpectOne("Гродно, 19 ноября 2024 года", "2024-11-19", "19 ноября 2024 года");
  ExpectOne("подписан в Варшаве 23 июня 1992 г.", "1992-06-23", "23 июня 1992 г.");
  ExpectOne("19 нояб. 2024", "2024-11-19", "19 нояб. 2024");
  ExpectOne("не позднее 1 декабря предшествующего года", "--12-01", "1 декабря");
  ExpectOne("19 ноября с.г. в Гродно", "2024-11-19", "19 ноября с.г.", 2024);
  ExpectOne("19 НОЯБРЯ 2024 ГОДА", "2024-11-19", "19 НОЯБРЯ 2024 ГОДА");
}

TEST(DateTagger, Lithuanian) {
  ExpectOne("Druskininkuose 2018 m. kovo 16 d. dviem", "2018-03-16", "2018 m. kovo 16 d.");
  ExpectOne("2018-ųjų kovo 16-ąją pasirašyta", "2018-03-16", "2018-ųjų kovo 16-ąją");
  ExpectOne("iki vasario 28 d. suderina", "--02-28", "vasario 28 d.");
  ExpectOne("iki kov. 16 d.", "--03-16", "kov. 16 d.");
  ExpectOne("2022 m. geg. 11 d.", "2022-05-11", "2022 m. geg. 11 d.");
  ExpectOne("š. m. kovo 16 d. Vilniuje", "2019-03-16", "š. m. kovo 16 d.", 2019);
  ExpectOne("š. m. kovo 16 d. Vilniuje", "--03-16", "š. m. kovo 16 d.");
  // Without "d." a month and a number are not enough ("kovo" is also "of the fight").
  EXPECT_EQ(Found("kovo 16 dalyvių"), V{});
}

TEST(DateTagger, MonthNamesIgnoreCaseAndDiacritics) {
  ExpectOne("27 KWIETNIA 2017 R.", "2017-04-27", "27 KWIETNIA 2017 R.");
  ExpectOne("27 wrzesnia 2017 r.", "2017-09-27", "27 wrzesnia 2017 r.");
  ExpectOne("2022 m. geguzes 11 d.", "2022-05-11", "2022 m. geguzes 11 d.");
}

// --- Month and year --------------------------------------------------------------------------

TEST(DateTagger, MonthOfYear) {
  ExpectOne("w marcu 2019 r. odbyło się", "2019-03", "marcu 2019 r.");
  ExpectOne("we wrześniu 2017 r.", "2017-09", "wrześniu 2017 r.");
  ExpectOne("w lutym 2023 r.", "2023-02", "lutym 2023 r.");
  ExpectOne("w listopadzie 2023 r.", "2023-11", "listopadzie 2023 r.");
  ExpectOne("od marca 2019 roku", "2019-03", "marca 2019 roku");
  ExpectOne("в марте 2019 года", "2019-03", "марте 2019 года");
  ExpectOne("в мае 2019 года", "2019-05", "мае 2019 года");
  ExpectOne("у сакавіку 2018 г.", "2018-03", "сакавіку 2018 г.");
  ExpectOne("у лістападзе 2018 г.", "2018-11", "лістападзе 2018 г.");
  ExpectOne("у траўні 2016 г.", "2016-05", "траўні 2016 г.");
  ExpectOne("2019 m. kovo mėn. vyko", "2019-03", "2019 m. kovo mėn.");
  ExpectOne("2019 m. gegužės mėnesį", "2019-05", "2019 m. gegužės mėnesį");
  ExpectOne("2022 m. gegužę", "2022-05", "2022 m. gegužę");
  ExpectOne("naujienlaiškis, 2019 m. lapkritis", "2019-11", "2019 m. lapkritis");
}

TEST(DateTagger, MonthWithoutYearIsNotADate) {
  EXPECT_EQ(Found("w marcu odbyło się 5 spotkań"), V{});
  EXPECT_EQ(Found("Gegužės mėnesį 12 dalyvių"), V{});
}

// --- Ranges and pairs ------------------------------------------------------------------------

TEST(DateTagger, DayRangeInOneMonth) {
  EXPECT_EQ(Found("Suwałki, 30–31 marca 2023 r."),
            (V{"2023-03-30@30", "2023-03-31@31 marca 2023 r."}));
  EXPECT_EQ(Found("w dniach 30-31 marca"), (V{"--03-30@30", "--03-31@31 marca"}));
  EXPECT_EQ(Found("З 24 па 26 мая 2019 г."), (V{"2019-05-24@24", "2019-05-26@26 мая 2019 г."}));
  EXPECT_EQ(Found("с 24 по 26 мая 2019 года"), (V{"2019-05-24@24", "2019-05-26@26 мая 2019 года"}));
  EXPECT_EQ(Found("2019 m. spalio 3–4 d. Vilniuje"),
            (V{"2019-10-03@2019 m. spalio 3", "2019-10-04@4 d."}));
  EXPECT_EQ(Found("w dniach 3 i 4 maja 2019 r."), (V{"2019-05-03@3", "2019-05-04@4 maja 2019 r."}));
  EXPECT_EQ(Found("12-14.05.2019"), (V{"2019-05-12@12", "2019-05-14@14.05.2019"}));
}

// A range's first end says where it ends (for date filters); a pair does not.
TEST(DateTagger, ARangeFirstEndNamesItsLastDay) {
  std::vector<DateMention> range = TagDates("Dni miasta 14–16 września 2014 r.");
  ASSERT_EQ(range.size(), 2u);
  EXPECT_EQ(range[0].through, "2014-09-16");
  EXPECT_EQ(range[1].through, "");
  EXPECT_EQ(TagDates("с 24 по 26 мая 2019 года")[0].through, "2019-05-26");
  EXPECT_EQ(TagDates("2019 m. spalio 3–5 d.")[0].through, "2019-10-05");
  std::vector<DateMention> pair = TagDates("w dniach 3 i 6 maja 2019 r.");
  ASSERT_EQ(pair.size(), 2u);
  EXPECT_EQ(pair[0].through, "");
}

TEST(DateTagger, RangeAcrossMonths) {
  EXPECT_EQ(Found("30 marca – 2 kwietnia"), (V{"--03-30@30 marca", "--04-02@2 kwietnia"}));
  EXPECT_EQ(Found("30 marca – 2 kwietnia 2023 r."),
            (V{"2023-03-30@30 marca", "2023-04-02@2 kwietnia 2023 r."}));
  EXPECT_EQ(Found("30 grudnia 2018 – 2 stycznia 2019"),
            (V{"2018-12-30@30 grudnia 2018", "2019-01-02@2 stycznia 2019"}));
  // The first end's year is the one before when the range crosses New Year.
  EXPECT_EQ(Found("30 grudnia – 2 stycznia 2019"),
            (V{"2018-12-30@30 grudnia", "2019-01-02@2 stycznia 2019"}));
  EXPECT_EQ(Found("30 września – 2 października br.", 2018),
            (V{"2018-09-30@30 września", "2018-10-02@2 października br."}));
}

TEST(DateTagger, ReversedRangeKeepsOnlyTheFullDate) {
  EXPECT_EQ(Found("31–30 marca 2023"), (V{"2023-03-30@30 marca 2023"}));
  EXPECT_EQ(Found("14-12.05.2019"), (V{"2019-05-12@12.05.2019"}));
}

// --- This year -------------------------------------------------------------------------------

TEST(DateTagger, ThisYearMarks) {
  ExpectOne("27 września b.r. w", "2018-09-27", "27 września b.r.", 2018);
  ExpectOne("27 września bieżącego roku", "2018-09-27", "27 września bieżącego roku", 2018);
  ExpectOne("5 марта т.г.", "2020-03-05", "5 марта т.г.", 2020);
  ExpectOne("5 сакавіка гэтага года", "2020-03-05", "5 сакавіка гэтага года", 2020);
  // 29 February exists only in some years: known year decides, unknown year allows it.
  EXPECT_EQ(Found("29 lutego br.", 2019), V{});
  EXPECT_EQ(Found("29 lutego br.", 2020), V{"2020-02-29@29 lutego br."});
  EXPECT_EQ(Found("29 lutego br."), V{"--02-29@29 lutego br."});
}

// --- Not dates -------------------------------------------------------------------------------

TEST(DateTagger, ImpossibleDates) {
  EXPECT_EQ(Found("31.02.2017"), V{});
  EXPECT_EQ(Found("00.13.2017"), V{});
  EXPECT_EQ(Found("29.02.2017"), V{});
  EXPECT_EQ(Found("29.02.2016"), V{"2016-02-29@29.02.2016"});
  EXPECT_EQ(Found("2017-13-01"), V{});
  EXPECT_EQ(Found("31 kwietnia 2017 r."), V{});  // and not "kwietnia 2017" as a month either
  EXPECT_EQ(Found("0 maja 2017"), V{});
  EXPECT_EQ(Found("32 maja 2017"), V{});
}

TEST(DateTagger, BareYearsAreNotDates) {
  EXPECT_EQ(Found("Od 2008 roku dla Gdańska są to Połock i Nowopołock."), V{});
  EXPECT_EQ(Found("w 2019 году; 2019; 2019 m.; 2018-2019"), V{});
}

TEST(DateTagger, NumbersThatAreSomethingElse) {
  EXPECT_EQ(Found("zgodnie z art. 27 kwietnia"), V{});  // an article number, not a day
  EXPECT_EQ(Found("§ 3 maja"), V{});
  EXPECT_EQ(Found("Uchwała nr 12/05/2017 Rady Miasta"), V{});          // a resolution's number
  EXPECT_EQ(Found("Uchwała 12/05/2017"), V{"2017-05-12@12/05/2017"});  // without "nr", a date
  EXPECT_EQ(Found("adres 10.0.0.1 i 192.168.1.1"), V{});
  EXPECT_EQ(Found("1.12.2019.5"), V{});
  EXPECT_EQ(Found("wersja 2.10.15"), V{});
  EXPECT_EQ(Found("v2.10.15"), V{});
  EXPECT_EQ(Found("27.04 zł"), V{});
  EXPECT_EQ(Found("1,5 maja"), V{});
  EXPECT_EQ(Found("o 13:00 20 maja"), V{"--05-20@20 maja"});
  EXPECT_EQ(Found("COVID19 maja"), V{});
  EXPECT_EQ(Found("27 osób, 2 kwiatki"), V{});
}

TEST(DateTagger, CapitalizedMonthWithoutYearIsAName) {
  EXPECT_EQ(Found("w Parku Konstytucji 3 Maja"), V{});
  EXPECT_EQ(Found("ul. 3 Maja 12"), V{});
  EXPECT_EQ(Found("3 Maja 1791 roku"), V{"1791-05-03@3 Maja 1791 roku"});
}

// --- Several dates, order, offsets -----------------------------------------------------------

TEST(DateTagger, SeveralDatesInTextOrderWithByteOffsets) {
  const std::string text =
      "Umowę sporządzono w Białymstoku dnia 27 kwietnia 2017 r. Koordynatorzy do dnia "
      "31 stycznia uzgadniają harmonogram; spotkanie 20.11.2024 w Гродно, 19 ноября 2024 года.";
  std::vector<DateMention> found = TagDates(text);
  ASSERT_EQ(found.size(), 4u);
  const std::pair<const char*, const char*> expected[] = {{"2017-04-27", "27 kwietnia 2017 r."},
                                                          // the year of the date before
                                                          {"2017-01-31", "31 stycznia"},
                                                          {"2024-11-20", "20.11.2024"},
                                                          {"2024-11-19", "19 ноября 2024 года"}};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(found[i].iso, expected[i].first);
    EXPECT_EQ(text.substr(found[i].begin, found[i].end - found[i].begin), expected[i].second);
    EXPECT_EQ(found[i].text, expected[i].second);
  }
}

TEST(DateTagger, EmptyAndDigitlessText) {
  EXPECT_EQ(Found(""), V{});
  EXPECT_EQ(Found("kwietnia marca"), V{});
  EXPECT_EQ(Found("27"), V{});
}

TEST(DateTagger, IllFormedUtf8DoesNotBreakTagging) {
  EXPECT_EQ(Found("\xff\xfe 27 kwietnia 2017 \xc3"), V{"2017-04-27@27 kwietnia 2017"});
}

TEST(DateTagger, AnyUnambiguousStartOfAMonthNameAbbreviatesIt) {
  ExpectOne("Сустрэча 14 крас. 2023 г. у Віцебску.", "2023-04-14", "14 крас. 2023 г.");
  ExpectOne("Форум 9 ліст. 2023 г.", "2023-11-09", "9 ліст. 2023 г.");
  ExpectOne("Termin: 5 paźdz. 2021 r.", "2021-10-05", "5 paźdz. 2021 r.");
  // "ma" starts both marca and maja: too short to be anything.
  EXPECT_EQ(Found("Dnia 5 ma. 2021 r."), V{});
}

TEST(DateTagger, QuotedDayOfAnAgreement) {
  ExpectOne("г. Пинск «22» апреля 2021 г.", "2021-04-22", "22» апреля 2021 г.");
  ExpectOne("«19» лістапада 2012 г.", "2012-11-19", "19» лістапада 2012 г.");
}

TEST(DateTagger, RangesEndingInRomanOrNumericDates) {
  EXPECT_EQ(Found("w Prużanach – 26–27 VIII 2017 r. oraz"),
            (V{"2017-08-26@26", "2017-08-27@27 VIII 2017 r."}));
  EXPECT_EQ(Found("w dniach 16– 22.10.2022 r."), (V{"2022-10-16@16", "2022-10-22@22.10.2022 r."}));
}

TEST(DateTagger, LithuanianRangeWithIki) {
  EXPECT_EQ(Found("rengti nuo gegužės 3 d. iki 5 d., kad"),
            (V{"--05-03@gegužės 3 d.", "--05-05@5 d."}));
}

TEST(DateTagger, MonthRangeOfOneYear) {
  EXPECT_EQ(Found("Праект ажыццяўляўся ў май–жнівень 2019 г."),
            (V{"2019-05@май", "2019-08@жнівень 2019 г."}));
  EXPECT_EQ(Found("od marca do maja 2019 r."), (V{"2019-03@marca", "2019-05@maja 2019 r."}));
}

TEST(DateTagger, ThisYearSaidBeforeTheDate) {
  EXPECT_EQ(Found("Дні горада сёлета адзначым 14 верасня.", 2019), V{"2019-09-14@14 верасня"});
  EXPECT_EQ(Found("W tym roku 3 czerwca odbędzie się festyn.", 2022), V{"2022-06-03@3 czerwca"});
  // Without the adverb the year is still the document's, for want of another.
  EXPECT_EQ(Found("Festyn 3 czerwca.", 2022), V{"2022-06-03@3 czerwca"});
  EXPECT_EQ(Found("Festyn 3 czerwca."), V{"--06-03@3 czerwca"});
}

TEST(DateTagger, LithuanianStreetNamedAfterADate) {
  EXPECT_EQ(Found("Forumas vyks Vasario 16-osios g. 5, Šiauliuose."), V{});
}

TEST(DateTagger, ThreadSafe) {
  // The month table is built on first use; threads racing to it must all see it whole.
  std::vector<std::thread> threads;
  std::vector<size_t> counts(8);
  for (size_t t = 0; t < counts.size(); ++t)
    threads.emplace_back([&counts, t] {
      for (int i = 0; i < 200; ++i)
        counts[t] += TagDates("16 сакавіка 2018 г., 2018 m. kovo 16 d., 27 kwietnia").size();
    });
  for (auto& t : threads) t.join();
  for (size_t c : counts) EXPECT_EQ(c, 600u);
}

// --- Years the text gives elsewhere -----------------------------------------------------------

// "iso@text" with a "~" after the ISO form when its year was inferred.
V FoundMarked(std::string_view text, int reference_year = 0) {
  V out;
  for (const DateMention& m : TagDates(text, reference_year))
    out.push_back(m.iso + (m.year_inferred ? "~@" : "@") + m.text);
  return out;
}

// FoundMarked's form of mentions already found.
V Marked(const std::vector<DateMention>& found) {
  V out;
  for (const DateMention& m : found) out.push_back(m.iso + (m.year_inferred ? "~@" : "@") + m.text);
  return out;
}

TEST(DateTagger, YearlessDateTakesTheYearOfTheLastFullDate) {
  EXPECT_EQ(FoundMarked("Delegacja z Łomży przyjechała 8 marca 2018 r., a rewizyta odbyła się "
                        "21–22 kwietnia."),
            (V{"2018-03-08@8 marca 2018 r.", "2018-04-21~@21", "2018-04-22~@22 kwietnia"}));
  EXPECT_EQ(FoundMarked("2022 m. gegužės 5 d. pasirašyta sutartis, o birželio 12 d. įvyko "
                        "pirmasis susitikimas Jonavoje."),
            (V{"2022-05-05@2022 m. gegužės 5 d.", "2022-06-12~@birželio 12 d."}));
}

TEST(DateTagger, YearlessDateTakesTheYearOfAYearMention) {
  EXPECT_EQ(FoundMarked("В 2015 году в Пскове прошли дни культуры: 9–10 сентября."),
            (V{"2015-09-09~@9", "2015-09-10~@10 сентября"}));
  EXPECT_EQ(FoundMarked("У 2020 годзе сустрэча ў Лідзе адбылася 3 кастрычніка."),
            (V{"2020-10-03~@3 кастрычніка"}));
  EXPECT_EQ(FoundMarked("Od 2013 r. miasta wymieniają się chórami; koncert odbył się 14 "
                        "listopada."),
            (V{"2013-11-14~@14 listopada"}));
  // History is no context: "1236 m." is a founding, not the year of the events.
  EXPECT_EQ(FoundMarked("Miestas įkurtas 1236 m. Šventė vyks rugsėjo 9 d.", 2019),
            (V{"2019-09-09~@rugsėjo 9 d."}));
  EXPECT_EQ(FoundMarked("Mūšis įvyko 1236 m. rugsėjo 22 d.; forumas vyks spalio 2 d.", 2022),
            (V{"1236-09-22@1236 m. rugsėjo 22 d.", "2022-10-02~@spalio 2 d."}));
  // A number without a year word is not a year mention: "2013 uczniów".
  EXPECT_EQ(FoundMarked("Wzięło w nim udział 2013 uczniów, finał 14 listopada."),
            (V{"--11-14@14 listopada"}));
}

TEST(DateTagger, TheNearestYearBeforeWins) {
  EXPECT_EQ(FoundMarked("Umowę podpisano 2 lutego 2009 r. W 2014 roku, 6 czerwca, odnowiono ją."),
            (V{"2009-02-02@2 lutego 2009 r.", "2014-06-06~@6 czerwca"}));
  // The text's years beat the document's own year...
  EXPECT_EQ(FoundMarked("W 2012 roku, 6 czerwca, odbył się festiwal.", 2013),
            (V{"2012-06-06~@6 czerwca"}));
  // ...unless a year mentioned on its own lies well before it: background, as in "partners since
  // 2006".
  EXPECT_EQ(FoundMarked("Miasta są partnerami od 2006 roku; festiwal odbył się 6 czerwca.", 2020),
            (V{"2020-06-06~@6 czerwca"}));
  EXPECT_EQ(FoundMarked("Договор подписан 19 мая 1991 года. Дни города пройдут 14 сентября.", 2016),
            (V{"1991-05-19@19 мая 1991 года", "2016-09-14~@14 сентября"}));
}

TEST(DateTagger, YearRollsForwardOnlyAcrossNewYear) {
  EXPECT_EQ(FoundMarked("Jarmark odbył się 15 grudnia 2019 r., a kolejne spotkanie 20 stycznia."),
            (V{"2019-12-15@15 grudnia 2019 r.", "2020-01-20~@20 stycznia"}));
  // Going back within the year is no new year.
  EXPECT_EQ(FoundMarked("Umowę podpisano 20 października 2015 r.; wcześniej, 5 maja, obradowały "
                        "komisje."),
            (V{"2015-10-20@20 października 2015 r.", "2015-05-05~@5 maja"}));
}

// A year other than the document's dates its own sentence (a year or a month of one) or
// paragraph (a full date), then the dates take the document's year again.
TEST(DateTagger, AnotherYearHoldsToTheEndOfItsSentence) {
  EXPECT_EQ(
      FoundMarked("Wymiany przerwano w 2020 roku. Prosimy o zgłoszenia do 10 sierpnia.", 2021),
      (V{"2021-08-10~@10 sierpnia"}));
  EXPECT_EQ(FoundMarked("W 2020 roku, 5 maja, wymiany przerwano.", 2021),
            (V{"2020-05-05~@5 maja"}));
  EXPECT_EQ(
      FoundMarked("Соглашение подписано в июле 2015 года. Встреча намечена на 20 августа.", 2016),
      (V{"2015-07@июле 2015 года", "2016-08-20~@20 августа"}));
  EXPECT_EQ(
      FoundMarked("Paroda keliaus į Liepoją 2024 m. pavasarį. Forumas vyks rugpjūčio 1 d.", 2023),
      (V{"2023-08-01~@rugpjūčio 1 d."}));
  // Without the document's year, a year holds until the next.
  EXPECT_EQ(FoundMarked("W 2018 roku delegacja odwiedziła Grodno. Umowę podpisano 5 maja."),
            (V{"2018-05-05~@5 maja"}));
}

TEST(DateTagger, AnotherYearsFullDateHoldsToTheEndOfItsParagraph) {
  EXPECT_EQ(FoundMarked("Koncert odbył się 27 IV 2017. Drugi koncert odbył się 4 maja.\n\n"
                        "Delegacja pojedzie do Lwowa 30 marca.",
                        2018),
            (V{"2017-04-27@27 IV 2017", "2017-05-04~@4 maja", "2018-03-30~@30 marca"}));
  // A line break after a full stop ends a paragraph too (ODT, PDF).
  EXPECT_EQ(FoundMarked("Wizyta 30 marca – 2 kwietnia 2020 r. nie doszła do skutku.\nWystawa "
                        "potrwa od 4 do 28 maja.",
                        2021),
            (V{"2020-03-30@30 marca", "2020-04-02@2 kwietnia 2020 r.", "2021-05-04~@4",
               "2021-05-28~@28 maja"}));
}

TEST(DateTagger, TheHeadingsYearIsTheDocumentsYear) {
  // A report of 2017, signed in 2018: its dates return to 2017.
  YearContext report{.reference_year = 2018};
  EXPECT_EQ(Marked(TagDates("Sprawozdanie z współpracy w 2017 roku\n\nW 2016 roku podpisano "
                            "umowę. Festyn odbył się 5 maja.",
                            report)),
            (V{"2017-05-05~@5 maja"}));
  // The heading is its first lines, up to the dateline.
  YearContext otchet{.reference_year = 2014};
  EXPECT_EQ(Marked(TagDates("ОТЧЁТ\nо сотрудничестве за 2013 год\nг. Великие Луки, 24 января "
                            "2014 года\nВ 2012 году подписано соглашение. Фестиваль прошёл "
                            "24–26 мая.",
                            otchet)),
            (V{"2014-01-24@24 января 2014 года", "2013-05-24~@24", "2013-05-26~@26 мая"}));
}

TEST(DateTagger, TheHeadingMayFollowTheBlockThatDatesTheText) {
  // A dateline first, the report's title after it.
  YearContext sprawozdanie{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Gdańsk, 3 lutego 2020 r.\n\nSprawozdanie z działalności za rok 2019"
                            "\n\nDelegacja przyjechała 5 maja.",
                            sprawozdanie)),
            (V{"2020-02-03@3 lutego 2020 r.", "2019-05-05~@5 maja"}));
  // As OCR reads it: no blank line between the dateline and the title.
  YearContext skan{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Gdańsk, 3 lutego 2020 r.\nSprawozdanie z działalności za rok 2019\n\n"
                            "Delegacja przyjechała 5 maja.",
                            skan)),
            (V{"2020-02-03@3 lutego 2020 r.", "2019-05-05~@5 maja"}));
  YearContext metai{.reference_year = 2021};
  EXPECT_EQ(Marked(TagDates("2021 m. vasario 2 d.\nSENIŪNIJOS VEIKLA 2020 M.\n\nŠventė vyko "
                            "birželio 5 d.",
                            metai)),
            (V{"2021-02-02@2021 m. vasario 2 d.", "2020-06-05~@birželio 5 d."}));
  // An approval stamp first.
  YearContext otchet{.reference_year = 2016};
  EXPECT_EQ(Marked(TagDates("УТВЕРЖДЁН\nрешением совета\n12.03.2016 № 7\n\nОтчёт о работе за "
                            "2015 год\n\nВыставка открылась 4 июня.",
                            otchet)),
            (V{"2016-03-12@12.03.2016", "2015-06-04~@4 июня"}));
  // The dot of a year's word does not make the title a sentence.
  YearContext ataskaita{.reference_year = 2021};
  EXPECT_EQ(Marked(TagDates("Alytus, 2021 m. vasario 2 d.\n\nSENIŪNIJOS VEIKLA 2020 M.\n\n"
                            "Šventė vyko birželio 5 d.",
                            ataskaita)),
            (V{"2021-02-02@2021 m. vasario 2 d.", "2020-06-05~@birželio 5 d."}));
  // The block after the first is no heading when the first named no date: a body's year.
  YearContext news{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Koncert w filharmonii\n\nOrkiestra z Essen gra od 2019 roku\n\n"
                            "Kolejny występ 5 maja.",
                            news)),
            (V{"2020-05-05~@5 maja"}));
}

TEST(DateTagger, TheNextLinesFirstWordIsNoMonthOfTheHeadingsYear) {
  // "Мар'ино" starts with "Мар", which is March: the heading's year is still no dateline's.
  YearContext otchet{.reference_year = 2018};
  EXPECT_EQ(Marked(TagDates("Отчёт о работе за 2017 год\n\nМар'ино, 20 января 2018 г.\n\n"
                            "Концерт прошёл 5 мая.",
                            otchet)),
            (V{"2018-01-20@20 января 2018 г.", "2017-05-05~@5 мая"}));
}

TEST(DateTagger, ASectionTitlesYearHoldsForItsParagraph) {
  EXPECT_EQ(FoundMarked("Выставка прошла 3 мая 2019 г.\n\n4. Планы на 2020 год. Провести "
                        "фестиваль 12 июня.\n\nОтчёт сдан 20 декабря.",
                        2019),
            (V{"2019-05-03@3 мая 2019 г.", "2020-06-12~@12 июня", "2019-12-20~@20 декабря"}));
  EXPECT_EQ(FoundMarked("Festiwal odbył się 3 maja 2019 r.\n\nPlany na 2020 rok. Koncert 12 "
                        "czerwca.",
                        2019),
            (V{"2019-05-03@3 maja 2019 r.", "2020-06-12~@12 czerwca"}));
  // Inside a paragraph it is a sentence's year only.
  EXPECT_EQ(FoundMarked("Festiwal odbył się 3 maja 2019 r. Dużo planów na 2020 rok. Koncert 12 "
                        "czerwca.",
                        2019),
            (V{"2019-05-03@3 maja 2019 r.", "2019-06-12~@12 czerwca"}));
}

TEST(DateTagger, AnotherYearsScopeKeepsTheStorysMonthForNewYear) {
  // December, then a plan "на 2019 год" to the end of its sentence: January is still next year.
  EXPECT_EQ(FoundMarked("Совет собрался 21 декабря и принял план на 2019 год. Первый обмен "
                        "делегациями – 28 января.",
                        2018),
            (V{"2018-12-21~@21 декабря", "2019-01-28~@28 января"}));
}

TEST(DateTagger, AnOwnDateTheTextDoesNotStateEndsNoScope) {
  // The own date is only the first date named (the start of a period): it does not say which year
  // the text is about, and the last year mentioned holds.
  YearContext context{.reference_year = 2012, .reference_stated = false};
  EXPECT_EQ(Marked(TagDates("Šventė: 2013 m. geg. 25 d. Jurbarke.\n\nStovykla (liepos 8–14 d.).",
                            context)),
            (V{"2013-05-25@2013 m. geg. 25 d.", "2013-07-08~@liepos 8", "2013-07-14~@14 d."}));
}

TEST(DateTagger, TheNextOrLastYearOfTheStory) {
  EXPECT_EQ(FoundMarked("Konferencja 12.X.2017, a spotkanie 6 stycznia następnego roku."),
            (V{"2017-10-12@12.X.2017", "2018-01-06~@6 stycznia następnego roku"}));
  EXPECT_EQ(FoundMarked("Слонім, 16 верасня 2019 года. Сустрэча — 19–20 сакавіка наступнага года."),
            (V{"2019-09-16@16 верасня 2019 года", "2020-03-19~@19",
               "2020-03-20~@20 сакавіка наступнага года"}));
  // It makes an abbreviation without its dot a month, as a year does.
  EXPECT_EQ(FoundMarked("Сустрэча 13 снежня 2019 г., наступная 24 стд наступнага года."),
            (V{"2019-12-13@13 снежня 2019 г.", "2020-01-24~@24 стд наступнага года"}));
  EXPECT_EQ(FoundMarked("Работа в 2015 году: на 11 февраля будущего года запланирован приезд."),
            (V{"2016-02-11~@11 февраля будущего года"}));
  EXPECT_EQ(FoundMarked("Dnia 10 lutego 2020 r. przypomniano festiwal z 5 maja ubiegłego roku."),
            (V{"2020-02-10@10 lutego 2020 r.", "2019-05-05~@5 maja ubiegłego roku"}));
  // On its own: an adverb dates the rest of its sentence...
  EXPECT_EQ(FoundMarked("Festiwal odbył się 5 maja 2019 r. W przyszłym roku potrwa od 3 do 5 "
                        "lipca."),
            (V{"2019-05-05@5 maja 2019 r.", "2020-07-03~@3", "2020-07-05~@5 lipca"}));
  // ...a genitive its clause.
  EXPECT_EQ(
      FoundMarked("Sutartis pasirašyta 2019 m. lapkričio 7 d. Kitų metų Seinų dienas siūloma "
                  "rengti nuo gegužės 3 d. iki 5 d."),
      (V{"2019-11-07@2019 m. lapkričio 7 d.", "2020-05-03~@gegužės 3 d.", "2020-05-05~@5 d."}));
  EXPECT_EQ(FoundMarked("Vizitas vyko 2016 m. lapkr. 2 d. Susitikimas numatytas kitų metų "
                        "pavasarį, o terminai bus suderinti iki gruodžio 31 d."),
            (V{"2016-11-02@2016 m. lapkr. 2 d.", "2016-12-31~@gruodžio 31 d."}));
}

TEST(DateTagger, NextYearCountsFromTheDocumentsYearTheFollowingFromTheStorys) {
  // An agreement of 2020 plans a camp in 2021; "kitų metų", "w przyszłym roku" are still 2021...
  YearContext sutartis{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Stovykla vyks 2021 m. liepos 6 d., o šventė – kitų metų kovo 3 d.",
                            sutartis)),
            (V{"2021-07-06@2021 m. liepos 6 d.", "2021-03-03~@kovo 3 d."}));
  YearContext umowa{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Obóz odbędzie się 6 lipca 2021 r. Festiwal – 3 marca przyszłego roku.",
                            umowa)),
            (V{"2021-07-06@6 lipca 2021 r.", "2021-03-03~@3 marca przyszłego roku"}));
  // ...but "następnego roku" follows the story.
  YearContext historia{.reference_year = 2020};
  EXPECT_EQ(Marked(TagDates("Obóz odbył się 6 lipca 2021 r. Festiwal – 3 marca następnego roku.",
                            historia)),
            (V{"2021-07-06@6 lipca 2021 r.", "2022-03-03~@3 marca następnego roku"}));
}

TEST(DateTagger, AYearInferredAnewHoldsToTheEndOfItsSentence) {
  // "przyszłego roku" dates its own date; the next sentence's deadline is the document's year.
  EXPECT_EQ(
      FoundMarked("Zespół zagra 5–6 kwietnia przyszłego roku. Zgłoszenia do 20 listopada.", 2024),
      (V{"2025-04-05~@5", "2025-04-06~@6 kwietnia przyszłego roku", "2024-11-20~@20 listopada"}));
  // So does a January after a December: "iki lapkričio 15 d." is this November.
  EXPECT_EQ(
      FoundMarked("Paroda veiks gruodžio 4 d., o Alytuje – sausio 9 d. Nuotraukas neškite iki "
                  "lapkričio 15 d.",
                  2024),
      (V{"2024-12-04~@gruodžio 4 d.", "2025-01-09~@sausio 9 d.", "2024-11-15~@lapkričio 15 d."}));
}

TEST(DateTagger, TheNewYearIsTheNextOne) {
  EXPECT_EQ(FoundMarked("Sesja odbyła się 18 grudnia 2020 r., a festiwal 3 października. W nowym "
                        "roku delegacja przyjedzie 20 stycznia."),
            (V{"2020-12-18@18 grudnia 2020 r.", "2020-10-03~@3 października",
               "2021-01-20~@20 stycznia"}));
  EXPECT_EQ(FoundMarked("Выставка закрылась 2 октября 2019 г. В новом году гостей ждут 9 марта."),
            (V{"2019-10-02@2 октября 2019 г.", "2020-03-09~@9 марта"}));
  // A school's new year starts in this one.
  EXPECT_EQ(FoundMarked("Wizyta 2 maja 2020 r. W nowym roku szkolnym zajęcia ruszą 4 września."),
            (V{"2020-05-02@2 maja 2020 r.", "2020-09-04~@4 września"}));
}

TEST(DateTagger, AMonthSaidWithoutADayMovesTheStoryAcrossNewYear) {
  EXPECT_EQ(FoundMarked("Konferencja odbyła się 12.X.2017. W grudniu przedstawiciele spotkali się "
                        "na opłatku, a 6 stycznia delegacja wyjechała."),
            (V{"2017-10-12@12.X.2017", "2018-01-06~@6 stycznia"}));
  EXPECT_EQ(FoundMarked("Форум прошёл 5 октября 2019 г. В декабре прошла ярмарка, а 12 января – "
                        "концерт."),
            (V{"2019-10-05@5 октября 2019 г.", "2020-01-12~@12 января"}));
  EXPECT_EQ(FoundMarked("2019 m. spalio 5 d. vyko forumas. Gruodį vyko mugė, o sausio 12 d. – "
                        "koncertas."),
            (V{"2019-10-05@2019 m. spalio 5 d.", "2020-01-12~@sausio 12 d."}));
  // Within the year it only moves the month.
  EXPECT_EQ(FoundMarked("Umowę podpisano 5 marca 2019 r.; w maju odbył się festiwal, a 5 czerwca "
                        "koncert."),
            (V{"2019-03-05@5 marca 2019 r.", "2019-06-05~@5 czerwca"}));
}

TEST(DateTagger, AFullMonthNameEndsItsSentenceAtAFullStop) {
  // "мая." closes the sentence: the year on the next line is not its year.
  EXPECT_EQ(FoundMarked("В 2016 году гости приехали 14–15 мая.\n2021 год стал юбилейным."),
            (V{"2016-05-14~@14", "2016-05-15~@15 мая"}));
  // An abbreviation keeps its dot and its year.
  ExpectOne("Wizyta 27 kwi. 2017 r. w Ełku", "2017-04-27", "27 kwi. 2017 r.");
}

TEST(DateTagger, ContextCarriesFromOneTextToTheNext) {
  YearContext context{.reference_year = 2020};
  EXPECT_TRUE(TagDates("Sprawozdanie za 2019 r.", context).empty());
  const std::vector<DateMention> next = TagDates("Zebranie odbyło się 9 marca.", context);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].iso, "2019-03-09");
  EXPECT_TRUE(next[0].year_inferred);
}

TEST(DateTagger, DatesSaidRelativeToTheLastOne) {
  EXPECT_EQ(FoundMarked("Goście z Kętrzyna przyjechali 30 czerwca 2016 r., a nazajutrz zwiedzili "
                        "zamek."),
            (V{"2016-06-30@30 czerwca 2016 r.", "2016-07-01~@nazajutrz"}));
  EXPECT_EQ(FoundMarked("Форум открылся 28 февраля 2020 г., а через 2 дня делегации уехали."),
            (V{"2020-02-28@28 февраля 2020 г.", "2020-03-01~@через 2 дня"}));
  EXPECT_EQ(FoundMarked("Сустрэча адбылася 3 студзеня 2019 г. Напярэдадні госці наведалі музей."),
            (V{"2019-01-03@3 студзеня 2019 г.", "2019-01-02~@Напярэдадні"}));
  EXPECT_EQ(FoundMarked("2018 m. rugpjūčio 31 d. atvyko svečiai, o kitą dieną prasidėjo mugė."),
            (V{"2018-08-31@2018 m. rugpjūčio 31 d.", "2018-09-01~@kitą dieną"}));
  EXPECT_EQ(FoundMarked("Отчёт от 10 марта 2021 г.: 3 дня назад прошла встреча."),
            (V{"2021-03-10@10 марта 2021 г.", "2021-03-07~@3 дня назад"}));
  // Without a date before it, "the next day" is no date.
  EXPECT_EQ(FoundMarked("Nazajutrz goście zwiedzili zamek w 2016 r."), V{});
}

TEST(DateTagger, TheSecondDayOfAnEventCountsFromItsFirst) {
  EXPECT_EQ(FoundMarked("Турнир прошёл 19–21 мая 2017 г. На второй день прошла экскурсия."),
            (V{"2017-05-19@19", "2017-05-21@21 мая 2017 г.", "2017-05-20~@На второй день"}));
  EXPECT_EQ(FoundMarked("Festiwal trwał od 30 czerwca do 2 lipca 2019 r. Pierwszego dnia grały "
                        "chóry, trzeciego dnia orkiestry."),
            (V{"2019-06-30@30 czerwca", "2019-07-02@2 lipca 2019 r.", "2019-06-30~@Pierwszego dnia",
               "2019-07-02~@trzeciego dnia"}));
  // "The next day" counts from the last day.
  EXPECT_EQ(FoundMarked("Šventė vyko 2019 m. liepos 5–7 d., o kitą dieną svečiai išvyko."),
            (V{"2019-07-05@2019 m. liepos 5", "2019-07-07@7 d.", "2019-07-08~@kitą dieną"}));
}

TEST(DateTagger, RangesAreOneMentionThroughTheirLastDay) {
  auto through = [](std::string_view text) {
    V out;
    for (const DateMention& m : TagDates(text)) out.push_back(m.iso + ">" + m.through);
    return out;
  };
  // Across months, dashed or worded; a pair is no range.
  EXPECT_EQ(through("Festiwal trwał 30 czerwca – 2 lipca 2019 r."),
            (V{"2019-06-30>2019-07-02", "2019-07-02>"}));
  EXPECT_EQ(through("od 30 grudnia 2019 do 2 stycznia 2020 r."),
            (V{"2019-12-30>2020-01-02", "2020-01-02>"}));
  EXPECT_EQ(through("Spotkania 3 maja i 5 czerwca 2019 r."), (V{"2019-05-03>", "2019-06-05>"}));
  EXPECT_EQ(through("w nocy z 30 czerwca na 1 lipca 2019 r."), (V{"--06-30>", "2019-07-01>"}));
  // "Between ... and" is a range.
  EXPECT_EQ(through("między 3 a 5 maja 2019 r."), (V{"2019-05-03>2019-05-05", "2019-05-05>"}));
  EXPECT_EQ(through("между 3 и 5 мая 2019 г."), (V{"2019-05-03>2019-05-05", "2019-05-05>"}));
  EXPECT_EQ(through("3 i 5 maja 2019 r."), (V{"2019-05-03>", "2019-05-05>"}));
  // An ISO date and the range's last day; Lithuanian "nuo ... iki ...".
  EXPECT_EQ(through("Festivalis 2010-07-09–11 Trakuose."),
            (V{"2010-07-09>2010-07-11", "2010-07-11>"}));
  EXPECT_EQ(through("2021 m. spalio 8 d. ir nuo spalio 8 iki 12 d., nuo spalio 14 d. iki 16 d."),
            (V{"2021-10-08>", "2021-10-08>2021-10-12", "2021-10-12>", "2021-10-14>2021-10-16",
               "2021-10-16>"}));
}

TEST(DateTagger, ListsAndNumericRanges) {
  auto through = [](std::string_view text) {
    V out;
    for (const DateMention& m : TagDates(text)) out.push_back(m.iso + ">" + m.through);
    return out;
  };
  // Each listed day is a date of the month the last one names.
  EXPECT_EQ(Found("Festiwal odbył się 14, 15 i 16 września 2018 r."),
            (V{"2018-09-14@14", "2018-09-15@15", "2018-09-16@16 września 2018 r."}));
  EXPECT_EQ(Found("Дни культуры: 3, 4 и 5 мая 2019 г."),
            (V{"2019-05-03@3", "2019-05-04@4", "2019-05-05@5 мая 2019 г."}));
  EXPECT_EQ(Found("Šventė vyks 2019 m. spalio 15 ir 16 d."),
            (V{"2019-10-15@2019 m. spalio 15", "2019-10-16@16 d."}));
  EXPECT_EQ(Found("Renginys vyks spalio 15–16 dienomis."),
            (V{"--10-15@spalio 15", "--10-16@16 dienomis"}));
  // Numeric ranges across months, the first end with or without its year.
  EXPECT_EQ(through("Wizyta 30.11–2.12.2019 r."), (V{"2019-11-30>2019-12-02", "2019-12-02>"}));
  EXPECT_EQ(through("Wizyta 28.06 – 2.07.2019 r."), (V{"2019-06-28>2019-07-02", "2019-07-02>"}));
  EXPECT_EQ(through("Wizyta 30.11.2019–2.12.2019."), (V{"2019-11-30>2019-12-02", "2019-12-02>"}));
  EXPECT_EQ(through("Wizyta 30.12–2.01.2020."), (V{"2019-12-30>2020-01-02", "2020-01-02>"}));
  // A Roman month ends a range without its year where the phrase ends.
  EXPECT_EQ(FoundMarked("W 2018 r. festiwal odbył się w dniach 14–16 IX."),
            (V{"2018-09-14~@14", "2018-09-16~@16 IX"}));
  EXPECT_EQ(Found("Rozdział 14 IX części"), V{});
  // Roman months in Cyrillic look-alike letters, as Cyrillic text and its OCR write them.
  EXPECT_EQ(Found("План будзе ўзгоднены да 1.ХП.2014."), (V{"2014-12-01@1.ХП.2014"}));
  EXPECT_EQ(Found("Паездка запланавана на 14-18.Х.2019."),
            (V{"2019-10-14@14", "2019-10-18@18.Х.2019"}));
  EXPECT_EQ(Found("Встреча 5 ХІ 2019 г."), (V{"2019-11-05@5 ХІ 2019 г."}));
  EXPECT_EQ(Found("Корпус 5 П 2019 года"), V{});
}

TEST(DateTagger, LithuanianYearFirstForms) {
  EXPECT_EQ(Found("2019 m. gegužės mėn. 5 d. įvyko posėdis."),
            (V{"2019-05-05@2019 m. gegužės mėn. 5 d."}));
  EXPECT_EQ(Found("2015 m. VIII 22 d. vyko šventė."), (V{"2015-08-22@2015 m. VIII 22 d."}));
  EXPECT_EQ(Found("2019 m. gegužės mėn. vyko šventė."), (V{"2019-05@2019 m. gegužės mėn."}));
  // A capital inside a sentence names a holiday or a street, not a date...
  EXPECT_EQ(Found("Didžiausias renginys – Vasario 16-osios minėjimas."), V{});
  // ...while a sentence may start with the month.
  EXPECT_EQ(Found("Sutartis pasirašyta. Vasario 16 d. vyko minėjimas."),
            (V{"--02-16@Vasario 16 d."}));
}

TEST(DateTagger, AProgrammeOfDaysAndMonths) {
  EXPECT_EQ(Found("Programa:\n24.07 – atvykimas;\n25.07 – ekskursija;\n26.07 – išvykimas.", 2015),
            (V{"2015-07-24@24.07", "2015-07-25@25.07", "2015-07-26@26.07"}));
  // A timetable is no programme of days: one of its lines is no day and month.
  EXPECT_EQ(Found("10.10 – przyjazd\n10.30 – obiad\n12.05 – wyjazd"), V{});
  // Numbered sections are no programme.
  EXPECT_EQ(Found("1.10 – Zakres\n1.11 – Terminy\n1.12 – Koszty"), V{});
  // One line alone is no programme.
  EXPECT_EQ(Found("12.05 – wyjazd"), V{});
}

TEST(DateTagger, MonthFirstOrInTheMonthWithoutAYear) {
  EXPECT_EQ(Found("Госці наведалі цёзку жнівень 27 – у дзень свята горада."),
            (V{"--08-27@жнівень 27"}));
  EXPECT_EQ(Found("У снежні, 13-га, кіраўнікі падвялі вынікі."), (V{"--12-13@снежні, 13-га"}));
  EXPECT_EQ(Found("В декабре, 13-го, главы подвели итоги."), (V{"--12-13@декабре, 13-го"}));
  EXPECT_EQ(Found("W grudniu, 13 osób przyjechało."), V{});
  EXPECT_EQ(Found("Май 9 человек – мало."), V{});
}

TEST(DateTagger, AbbreviatedMonthsInEveryLanguage) {
  EXPECT_EQ(
      Found("12 стд 2019 г., 3 крс. 2019 г., 9 снж 2019 г."),
      (V{"2019-01-12@12 стд 2019 г.", "2019-04-03@3 крс. 2019 г.", "2019-12-09@9 снж 2019 г."}));
  EXPECT_EQ(Found("5 февр. 2020 г., 6 янв 2020 г."),
            (V{"2020-02-05@5 февр. 2020 г.", "2020-01-06@6 янв 2020 г."}));
  EXPECT_EQ(Found("4 stycz. 2021 r., 5 lut 2021 r."),
            (V{"2021-01-04@4 stycz. 2021 r.", "2021-02-05@5 lut 2021 r."}));
  EXPECT_EQ(Found("2022 m. vas. 3 d., 2022 m. saus. 7 d."),
            (V{"2022-02-03@2022 m. vas. 3 d.", "2022-01-07@2022 m. saus. 7 d."}));
}

TEST(DateTagger, MonthBeforeTheDayWithAYear) {
  EXPECT_EQ(Found("Гродна, жнівень 12, 2019 г."), (V{"2019-08-12@жнівень 12, 2019 г."}));
  EXPECT_EQ(Found("Sokółka, sierpień 14, 2019 r."), (V{"2019-08-14@sierpień 14, 2019 r."}));
  EXPECT_EQ(Found("Sprawozdanie do marca 3 razy"), V{});
}

TEST(DateTagger, RomanMonthsInRanges) {
  EXPECT_EQ(Found("Plener 14–16.IX.2014 w Olecku."), (V{"2014-09-14@14", "2014-09-16@16.IX.2014"}));
  // Without a year: glued by its dot, or after a dash's range of days.
  EXPECT_EQ(Found("Plener 3–5.VI w Olecku."), (V{"--06-03@3", "--06-05@5.VI"}));
  EXPECT_EQ(Found("w dniach 8–10 VIII uczniowie pojadą"), (V{"--08-08@8", "--08-10@10 VIII"}));
}

TEST(DateTagger, RomanMonthGluedToTheDayNeedsNoYear) {
  EXPECT_EQ(Found("Wystawę otwarto 11.III, a zamknięto 2.V."),
            (V{"--03-11@11.III", "--05-02@2.V"}));
  EXPECT_EQ(FoundMarked("Сустрэча 12 мая 2021 г. Наступная – 7.X у Лідзе.", 0),
            (V{"2021-05-12@12 мая 2021 г.", "2021-10-07~@7.X"}));
  // More of a number glued to it: a section, not a date; with a space, a number and a numeral.
  EXPECT_EQ(Found("zob. pkt 3.IV.5 i 27 IV"), V{});
}

TEST(DateTagger, LithuanianRomanMonthBeforeTheDay) {
  EXPECT_EQ(Found("Planas:\n– VI 14 šventė Alytuje;\n– XI.3 koncertas."),
            (V{"--06-14@VI 14", "--11-03@XI.3"}));
  EXPECT_EQ(Found("Susitikimas: XI 5 d. Birštone."), (V{"--11-05@XI 5 d."}));
  // Inside a phrase, or a numeral of one letter, or a number that goes on: none.
  EXPECT_EQ(Found("mokosi IX 12 mokinių; – V 14 šventė; – XI 5.3 skyrius"), V{});
}

TEST(DateTagger, ABylineOrAPlaceWithItsWordIsTheTimeOfWriting) {
  // "wczoraj", "позавчера" count from a dateline with "dn." before its date, or a byline's date
  // with the place after it.
  EXPECT_EQ(Found("Sejny, dn. 14.03.2019\n\nUmowę podpisano wczoraj w ratuszu."),
            (V{"2019-03-14@14.03.2019", "2019-03-13@wczoraj"}));
  EXPECT_EQ(Found("Иван Петров, 5 июня 2018 г., Псков\n\nДелегация вернулась позавчера."),
            (V{"2018-06-05@5 июня 2018 г.", "2018-06-03@позавчера"}));
  // A date inside a sentence is no time of writing.
  EXPECT_EQ(Found("Umowę, 14.03.2019, podpisano w Sejnach, a wczoraj ją ogłoszono."),
            (V{"2019-03-14@14.03.2019"}));
}

TEST(DateTagger, OcrsCyrillicZeForThreeInADateline) {
  EXPECT_EQ(Found("Иван Петров, З мая 2018 г., Псков"), (V{"2018-05-03@З мая 2018 г."}));
  EXPECT_EQ(Found("З крас. 2021 г., Ліда\n\nНавіны."), (V{"2021-04-03@З крас. 2021 г."}));
  // Belarusian "З" ('since') before a month's full name starts a sentence: no day.
  EXPECT_EQ(Found("З красавіка 2021 г. працуе музей."), (V{"2021-04@красавіка 2021 г."}));
}

TEST(DateTagger, ADayAndMonthSetApartNeedNoYear) {
  EXPECT_EQ(FoundMarked("Выставка открылась 3 мая 2018 г., а закрылась, 14.06, без шума.", 0),
            (V{"2018-05-03@3 мая 2018 г.", "2018-06-14~@14.06"}));
  EXPECT_EQ(Found("Próby (11.03) i koncert, 07–08.04, w auli."),
            (V{"--03-11@11.03", "--04-07@07", "--04-08@08.04"}));
  // A time, a decimal or a number that goes on: no date.
  EXPECT_EQ(Found("Start o 10.05, meta w 12.10; kurs 24.02 zł, wynik 11.03, 4"), V{});
}

TEST(DateTagger, AbbreviationWithoutItsDotEndingALineOrBeforeADaysWord) {
  EXPECT_EQ(Found("Terminy:\nzgłoszenia – do 9 paź\nwyjazd – 20 lis"),
            (V{"--10-09@9 paź", "--11-20@20 lis"}));
  EXPECT_EQ(Found("Renginys vyks geg 14 d. Birštone."), (V{"--05-14@geg 14 d."}));
  // Within a line it needs its year: "lis" is also a fox.
  EXPECT_EQ(Found("Widziano 3 lis w lesie."), V{});
}

TEST(DateTagger, DatesThatComeBackEveryYearKeepNoYear) {
  EXPECT_EQ(FoundMarked("Umowę zawarto 4 marca 2016 r. Obozy trwają od 1 lipca do 31 sierpnia "
                        "każdego roku."),
            (V{"2016-03-04@4 marca 2016 r.", "--07-01@1 lipca", "--08-31@31 sierpnia"}));
  EXPECT_EQ(FoundMarked("Штогод да 15 лістапада Бакі ўзгадняюць план.", 2020),
            (V{"--11-15@15 лістапада"}));
  EXPECT_EQ(FoundMarked("Отчёт за 2019 год. Ежегодно, не позднее 1 марта, стороны отчитываются."),
            (V{"--03-01@1 марта"}));
}

}  // namespace
}  // namespace twindex::tag
