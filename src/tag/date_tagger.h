// DateTagger: finds the calendar dates written in a page of Polish, Belarusian, Lithuanian or
// Russian text and normalizes them to ISO 8601.
//
// Recognized: numeric "27.04.2017", "27.04.17", "25.8.06", "27/04/2017", "2017-04-27", "2013 05 27"
// (the ISO order with spaces, only on its own), "27.04.\n2017 r." (the year on the next line);
// Roman months "27 IV 2017", "27.IV.2017"; month names, full or abbreviated (with or without a
// dot), any case, with or without a year and its word ("27 kwietnia 2017 r.", "27 kwi. 2017", "16
// сакавіка 2018 г.", "3 стд 2015 г.", "19 ноября 2024 года", "3 Июля, 2015", "09.июля.2015", "2018
// m. kovo 16 d.", "2018-ųjų kovo 16-ąją", "kovo 16 d."); an ordinal ending after the day ("13-го
// мая", "13-га жніўня", "1-ое мая", "3-go maja"); the month before the day ("жнівень 12, 2019 г.",
// "Авг 11, 2015", and without a year only the month's nominative where the day ends the phrase:
// "жнівень 12", "Sierpień 14, czwartek"); month and year ("w marcu 2019 r.", "в марте 2019 года",
// "2019 m. kovo mėn."); ranges and pairs, each end a date of its own ("30–31 marca", "30 marca – 2
// kwietnia 2023 r.", "с 24 по 26 мая", "с 13-го по 15-е мая", "3 i 4 maja", "14–16.IX.2014",
// "między 3 a 5 maja", "30.11–2.12.2019", "2010-07-09–11", "nuo spalio 8 iki 12 d.", "w dniach
// 14–16 IX."; a range is one mention, its first end `through` the last; a pair or a list is not:
// "14, 15 i 16 września"); Lithuanian "2019 m. gegužės mėn. 5 d.", "2015 m. VIII 22 d.", "spalio
// 15 ir 16 d."; "у снежні, 13-га"; a programme of "24.07 – ..." lines (not a timetable's "10.30
// – ..."); the day as an ordinal word ("pierwszego dnia lipca", "двадцать пятого июня", "першага
// студзеня", "pirmąją rugsėjo dieną": date_ordinals.h); English and German months ("September
// 19–21", "March 3, 2015", "3. März 2015"); OCR's look-alikes in a Roman month ("14-16.1Х.2014",
// "14-16.УП.2024") and in a month's diacritics ("birżelio"). A line break inside a date is a
// space. Month names come from ICU (see date_months.h).
//
// Not dates: bare years ("od 2008 roku"), impossible days (31.02.2017), numbers that are part of
// something else (phone numbers "08 11 58 54 41", times "13:00", scores "3:1", decimals, versions
// "1.2.3.4", section numbers "3.1.12", numbers after "art.", "§", "nr"...), numbers side by side
// with nothing to say they are a date ("13 05", "2013 05 27 14"), a capitalized month without a
// year ("ul. 3 Maja" is a street; "renginys – Vasario 16-osios minėjimas" a holiday), and a month
// before a number that goes on ("май 9 человек").
//
// TagDates is a single pass over a light tokenizer (no regular expressions); it is thread-safe
// (the month table is built once, on first use, and only read after that).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::tag {

struct DateMention {
  // "YYYY-MM-DD"; "--MM-DD" when the text gives no year and none can be inferred; "YYYY-MM" for a
  // month of a year.
  std::string iso;
  bool year_inferred = false;  // the mention has no year of its own: it came from the context
  size_t begin = 0;  // byte range of the mention in the text, including a year word ("r.", "г.")
  size_t end = 0;
  std::string text;  // the text in [begin, end)
  // The first day of a range of days ("14–16 września 2014"): its last day ("2014-09-16"), so
  // that a date filter can hold every day between; "" for any other date.
  std::string through{};
};

// What a document has said about the year so far, in text order: a date written without its year
// ("3–4 lutego", "14–15 мая", "spalio 2 d.") takes the year of the nearest full date or year
// mention before it ("12 stycznia 2019 r.", "w 2017 roku", "у 2019 годзе", "2021 m.", "2019-ųjų"; a
// year before 1900, or more than a year before the document's year, is background, not context:
// "1236 m. rugsėjo 22 d.", "partnerami są od 2006 roku", "подписан 19 мая 1991 года"), one year
// later where the text crosses New Year (a November or December date or month, then one in
// January or February: "w grudniu ... 6 stycznia"); with nothing before it, the document's year;
// with neither, none ("--MM-DD").
// The document's year is the one its heading names on its own (a report's title: "Sprawozdanie
// ... w 2019 roku", "Справаздача ... у 2016 годзе", "... 2018 metais"), else its own date's where
// the text states it (reference_stated). A year other than the document's holds only so far: a year
// or a month of one ("przerwanych w 2020 roku", "в июле 2015 года", "2024 m. pavasarį") to the end
// of its sentence, a full date ("27 IV 2017") to the end of its paragraph (a blank line, or a line
// break after a full stop), and so does a mention of a later year that opens its paragraph,
// a plan that is the paragraph's topic ("В 2025 году мы отмечаем ... Даты визита – 25–28 июня", "У
// наступным годзе ... 18–20 сак."); after that the dates take the document's year again (an aside
// about another year does not date what follows it). The year after or before the one of the story
// ("6 stycznia następnego roku", "11 февраля будущего года", "24 стд наступнага года", "kitų metų
// sausio 5 d.", "5 maja ubiegłego roku") is a date's year; said on its own it is a year mention, to
// the end of its sentence as an adverb
// ("w przyszłym roku", "в следующем году", "kitais metais"), of its clause as a genitive ("kitų
// metų Seinų dienas ... nuo gegužės 3 d.", but not "kitų metų pavasarį, o ... iki gruodžio 31 d.").
// A date marked "this year" ("27 września br.", "с.г.", "š. m.") takes the document's own year.
// A date that comes back every year ("między 1 lipca a 31 sierpnia każdego roku", "штогод да 15
// лістапада", "ежегодно, не позднее 1 марта") keeps no year.
// A date said relative to the last one ("nazajutrz", "następnego dnia", "на следующий день",
// "назаўтра", "kitą dieną", "накануне", "3 dni później", "через 2 дня", "два дня назад", "праз
// тыдзень", "po 5 dienų") is that date moved by so many days (a week is 7); the first, second or
// third day of an event ("на второй день", "drugiego dnia", "antrą dieną") counts from the first
// day of the last range; with no full date before it, or only the text's dateline (the time of
// writing, not an event), it is none. Said of an arrival or a departure ("nazajutrz po
// przyjeździe", "назаўтра пасля ад'езду", "накануне отъезда", "kitą dieną po atvykimo"), it counts
// from the first or the last day of the last range or pair of days (the stay), even after other
// dates; the eve of an event ("накануне", "w przeddzień", "dzień wcześniej") from its first day. A
// date said relative to the time of writing ("2 дня назад", "temu", "таму": ago; "сегодня",
// "вчера", "dziś", "wczoraj", "сёння", "šiandien", "vakar") counts from the text's dateline, a full
// date standing as its own line or sentence ("19 марта 2001. Сегодня...", "Гродно, 19 ноября 2024
// г.\n"); without one, "ago" counts from the last date and "today" is no date. Such a date moves no
// anchor: "через неделю" after "два дня назад" counts from the date before both.
struct CalendarDay {
  int year = 0, month = 0, day = 0;  // day 0 = none
};

// How far the context's year holds when it is not the document's year.
enum class YearScope : uint8_t { kDocument, kParagraph, kSentence, kClause };

struct YearContext {
  int reference_year = 0;  // the document's own year; 0 = unknown
  // The text states its own date (a dateline, a signing line: own_date.h), rather than the own
  // date being only the first date it names: only a stated year ends another year's scope.
  bool reference_stated = true;
  int document_year = 0;      // the year its heading names; 0 = none (then reference_year)
  bool heading_read = false;  // the first text has been looked at for document_year
  int year = 0;               // of the last full date or year mention still in scope; 0 = none yet
  int month = 0;              // of the last date, if it had a month (for New Year)
  int document_month = 0;     // `month` in the document's year when another year's scope began
  YearScope scope = YearScope::kDocument;
  CalendarDay last{};  // the last date with its day and year: the anchor of "nazajutrz", "на
                       // следующий день", "kitą dieną", "2 дня назад"
  CalendarDay last_start{};  // the first day of that date's range ("19–21 мая"), or the date: the
                             // anchor of "на второй день", "drugiego dnia", "antrą dieną"
  // The first and last day of the last range or pair of days ("з 25 па 29 верасня", "30 и 31
  // августа"): a stay or an event, which "po przyjeździe", "пасля ад'езду", "накануне" count from
  // even after other dates.
  CalendarDay stay_start{}, stay_end{};
  bool last_is_dateline = false;  // `last` is the text's dateline: the time of writing, no event
};

// Every date in `text` (UTF-8), in text order, reading and updating `context` (so that a
// document's pages pass it on from one to the next).
std::vector<DateMention> TagDates(std::string_view text, YearContext& context);
// The same for a text on its own; `reference_year` is the document's own year, 0 = unknown.
std::vector<DateMention> TagDates(std::string_view text, int reference_year = 0);

}  // namespace twindex::tag
