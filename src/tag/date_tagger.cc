#include "tag/date_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <vector>

#include "tag/date_months.h"
#include "tag/date_ordinals.h"

namespace twindex::tag {
namespace {

// ---------------------------------------------------------------------------------------------
// Lexer: numbers (ASCII digit runs), words (letters and combining marks) and single punctuation
// characters, each knowing whether it touches the token before it and whether it starts a line.
// Dates are decided on these tokens; spaces only matter as "glued or not" ("27.04.2017" vs "27.
// 04") and as line breaks (a dateline, a year wrapped onto the next line).

enum class Kind : uint8_t { kEnd, kNum, kWord, kPunct };

struct Tok {
  Kind kind = Kind::kEnd;
  bool glued = false;           // no space between this token and the one before
  bool line_start = false;      // first token of the text or of a line
  bool blank_before = false;    // a blank line (or a page break) before it
  bool para_start = false;      // first token of a paragraph (MarkSentences)
  bool sentence_start = false;  // first token of a sentence, or of a paragraph
  uint8_t digits = 0;           // kNum: digit count (capped)
  int32_t value = 0;            // kNum: the number (-1 if over 9 digits); kPunct: the code point
  size_t begin = 0, end = 0;
};

bool IsSpace(UChar32 c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x80 && u_isUWhiteSpace(c));
}

bool IsLineBreak(UChar32 c) {
  return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

UChar32 DecodeAt(std::string_view s, size_t& i) {
  auto c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) {
    ++i;
    return c0;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = static_cast<int32_t>(i), len = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(p, pos, len, c);
  i = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

// Words written with a '.' that is no full stop before a capital: initials ("M. K. Ogińskiego")
// and the abbreviations of a street, a square, a town, a title ("ul. Lwowska", "г. Брест", "św.
// Jana", "prof. Nowak").
bool IsAbbreviation(std::string_view s, const Tok& word) {
  static constexpr std::string_view kAbbreviations[] = {
      "ul", "al",  "pl", "św", "im", "dr",  "prof", "ks",   "gen", "mgr", "inż",  "tel", "nr", "np",
      "ул", "вул", "пл", "пр", "им", "імя", "св",   "проф", "тэл", "тел", "gatv", "pr",  "doc"};
  const std::string_view w = s.substr(word.begin, word.end - word.begin);
  size_t i = 0;
  DecodeAt(w, i);
  if (i == w.size()) return true;  // one letter
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), w) !=
         std::end(kAbbreviations);
}

// Marks the tokens that start a sentence or a paragraph. A sentence ends at '.', '!' or '?'
// before a line break or a capital (not the '.' of an abbreviation); a paragraph at a blank line,
// or at a line break after a sentence's end (a paragraph per line, as in ODT and many PDFs).
void MarkSentences(std::string_view s, std::vector<Tok>& toks) {
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    // A text's first token starts nothing: a page may break inside a paragraph.
    if (i == 0) continue;
    if (t.blank_before) {
      t.para_start = t.sentence_start = true;
      continue;
    }
    const Tok& p = toks[i - 1];
    bool stop = p.kind == Kind::kPunct && (p.value == '.' || p.value == '!' || p.value == '?');
    // "2019 r." and "16 d." end their sentence: a year's or a day's word after its number is no
    // initial.
    if (stop && p.value == '.' && i >= 2 && toks[i - 2].kind == Kind::kWord &&
        IsAbbreviation(s, toks[i - 2]))
      stop = i >= 3 && toks[i - 3].kind == Kind::kNum && toks[i - 2].end - toks[i - 2].begin <= 2;
    if (!stop) continue;
    size_t at = t.begin;
    const bool capital = t.kind == Kind::kWord && u_isupper(DecodeAt(s, at));
    // "... да 2025 года. 4 кастр. артысты ...": after a year and its word, a day starts the next
    // sentence (a year's word is no abbreviation that a number would go on from).
    const bool day_after_year = t.kind == Kind::kNum && t.digits <= 2 && p.value == '.' && i >= 3 &&
                                toks[i - 2].kind == Kind::kWord && toks[i - 3].kind == Kind::kNum &&
                                toks[i - 3].digits == 4;
    t.para_start = t.line_start;
    t.sentence_start = t.line_start || capital || day_after_year;
  }
}

std::vector<Tok> Lex(std::string_view s) {
  std::vector<Tok> toks;
  toks.reserve(s.size() / 5 + 4);
  bool glued = false;
  bool line_start = true;
  int breaks = 0;  // line breaks in the space before the next token ("\r\n" is one)
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    UChar32 c = DecodeAt(s, i);
    if (IsSpace(c)) {
      glued = false;
      line_start = line_start || IsLineBreak(c);
      if (IsLineBreak(c) && c != '\r') breaks += c == '\f' ? 2 : 1;  // a form feed ends a page
      continue;
    }
    Tok t;
    t.glued = glued;
    t.line_start = line_start;
    t.blank_before = breaks >= 2;
    t.begin = start;
    glued = true;
    line_start = false;
    breaks = 0;
    if (c >= '0' && c <= '9') {
      int64_t v = c - '0';
      size_t n = 1;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (n < 10) v = v * 10 + (s[i] - '0');
        ++n, ++i;
      }
      t.kind = Kind::kNum;
      t.digits = static_cast<uint8_t>(std::min<size_t>(n, 255));
      t.value = n <= 9 ? static_cast<int32_t>(v) : -1;
    } else if (IsWordChar(c)) {
      t.kind = Kind::kWord;
      for (size_t j = i; j < s.size();) {
        size_t at = j;
        if (!IsWordChar(DecodeAt(s, j))) {
          i = at;
          break;
        }
        i = j;
      }
    } else {
      t.kind = Kind::kPunct;
      t.value = c;
    }
    t.end = i;
    toks.push_back(t);
  }
  MarkSentences(s, toks);
  return toks;
}

bool IsDash(int32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

// Characters that join digit runs into one number: "10.0.0.1", "13:00", "1,5", "12/3", "12-14".
bool IsNumberJoiner(int32_t c) { return c == '.' || c == ',' || c == ':' || c == '/' || IsDash(c); }

bool IsCapitalized(std::string_view word) {
  size_t i = 0;
  if (!u_isupper(DecodeAt(word, i))) return false;
  while (i < word.size())
    if (u_islower(DecodeAt(word, i))) return true;
  return false;  // "MAJA": a heading in capitals, still a date
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2 || year == 0) return kDays[month - 1];  // year unknown: 29 February may exist
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return leap ? 29 : 28;
}

constexpr int kThisYear = -1;  // "br.", "с.г.": resolved against the reference year
constexpr int kNextYear = -2;  // "następnego roku", "будущего года": the story's year + 1
constexpr int kLastYear = -3;  // "ubiegłego roku", "прошлого года": the story's year - 1
// A year mention before this is history (a town's founding, a battle): the dates after it that
// have no year are not of that year (Matcher::IsHistory).
constexpr int kFirstContextYear = 1900;

// A short sequence of tokens to match (see Matcher::MatchSeq); unused slots are empty.
using Seq = std::array<std::string_view, 4>;

// Words written after a year: "2017 r.", "2017 roku", "2018 г.", "2018 года", "2018 m.".
constexpr Seq kYearWords[] = {{"r", ".?"}, {"roku"},     {"rok"},         {"г", ".?"}, {"года"},
                              {"году"},    {"год"},      {"годзе"},       {"m", ".?"}, {"metų"},
                              {"metais"},  {"-", "ųjų"}, {"-", "aisiais"}};
// "This year" in place of a year after the month (pl, ru, be).
constexpr Seq kThisYearWords[] = {
    {"br", ".?"},     {"b", ".", "r", ".?"}, {"bieżącego", "roku"}, {"biezacego", "roku"},
    {"tego", "roku"}, {"с", ".", "г", ".?"}, {"т", ".", "г", ".?"}, {"текущего", "года"},
    {"сего", "года"}, {"этого", "года"},     {"гэтага", "года"},    {"бягучага", "года"}};
// "This year" as an adverb somewhere before a date (pl, ru, be, lt).
constexpr Seq kThisYearAdverbs[] = {{"w", "tym", "roku"}, {"в", "этом", "году"},
                                    {"сёлета"},           {"у", "гэтым", "годзе"},
                                    {"šiemet"},           {"šiais", "metais"}};
// The year after or before the story's one ("następnego roku", "w przyszłym roku", "будущего
// года", "в прошлом году", "наступнага года", "kitų metų", "kitais metais"): one of these words,
// then a word for the year (kYearNouns). On their own, the adverbial forms ("w przyszłym roku",
// "в следующем году", "kitais metais") date the rest of their sentence; a genitive names the next
// year's something ("kitų metų Seinų dienas", "kitų metų pavasarį") and dates its clause.
struct RelativeYear {
  std::string_view word;
  int sign;
  bool adverbial;
};
constexpr RelativeYear kRelativeYearWords[] = {
    {"następnego", 1, false},
    {"przyszłego", 1, false},
    {"kolejnego", 1, false},
    {"następnym", 1, true},
    {"przyszłym", 1, true},
    {"kolejnym", 1, true},
    {"ubiegłego", -1, false},
    {"zeszłego", -1, false},
    {"poprzedniego", -1, false},
    {"ubiegłym", -1, true},
    {"zeszłym", -1, true},
    {"poprzednim", -1, true},
    {"следующего", 1, false},
    {"будущего", 1, false},
    {"следующем", 1, true},
    {"будущем", 1, true},
    {"прошлого", -1, false},
    {"прошлом", -1, true},
    {"прошедшего", -1, false},
    {"наступнага", 1, false},
    {"будучага", 1, false},
    {"наступным", 1, true},
    {"будучым", 1, true},
    {"мінулага", -1, false},
    {"мінулым", -1, true},
    {"kitų", 1, false},
    {"kitais", 1, true},
    {"ateinančių", 1, false},
    {"ateinančiais", 1, true},
    {"praėjusių", -1, false},
    {"praėjusiais", -1, true},
    // "the new year", said of a year to come: "w nowym roku", "в новом году", "у новым годзе",
    // "naujaisiais metais" (the feast, "po Nowym Roku", has its noun capitalized).
    {"nowym", 1, true},
    {"новом", 1, true},
    {"новым", 1, true},
    {"naujaisiais", 1, true}};
// Of those, the ones that count from the year of the story told ("the following year"); the
// others count from the document's own year, the time of writing ("next year", "last year":
// an agreement signed in 2025 whose camp is in July 2026 holds "kitų metų kovo 11-ąją" in 2026).
constexpr std::string_view kNarrativeYearWords[] = {"następnego", "następnym",    "kolejnego",
                                                    "kolejnym",   "poprzedniego", "poprzednim",
                                                    "следующего", "наступнага",   "наступным"};
// A year noun these follow is a school's or a university's year, not the calendar's.
constexpr std::string_view kTermYearWords[] = {"szkolnym", "akademickim", "учебном", "навучальным",
                                               "mokslo"};
constexpr std::string_view kYearNouns[] = {"roku",  "rok",  "года",   "году", "год",
                                           "годзе", "metų", "metais", "metus"};
// Lithuanian "this year" comes before the month: "š. m. kovo 16 d.".
constexpr Seq kLtThisYearWords[] = {{"š", ".", "m", "."}, {"šių", "metų"}};
// Lithuanian after a year that precedes the month: "2018 m.", "2018-ųjų", "2018-aisiais".
constexpr Seq kLtYearWords[] = {{"m", ".?"},     {"-", "ųjų"}, {"-", "aisiais"}, {"-", "ieji"},
                                {"-", "uosius"}, {"metų"},     {"metais"}};
// Lithuanian after a day: "16 d.", "16 dieną", "16-ąją", "16-oji", "16-osios".
constexpr Seq kLtDayWords[] = {{"d", ".?"},    {"dieną"},     {"dienos"},
                               {"dienomis"},   {"-", "ąją"},  {"-", "oji"},
                               {"-", "osios"}, {"-", "ajai"}, {"-", "ojoje"}};
// "kovo mėn." / "kovo mėnesį": a month of a year with no day.
constexpr Seq kLtMonthWords[] = {{"mėn", ".?"}, {"mėnesį"}, {"mėnesio"}};
// Between the two ends of a range or pair: a dash, "do/до/по/па/да" (to), "i/и/і/ir" (and).
constexpr std::string_view kConnectorWords[] = {"do", "до", "по", "па", "да", "i", "и", "і", "ir"};
// A number right after these is a reference (article, paragraph, page, item, phone, hour),
// not a day: "art. 27 kwietnia..." never starts a date.
constexpr std::string_view kReferenceWords[] = {
    "art", "ust", "pkt", "poz", "nr", "str", "s", "rozdz", "godz", "tel", "fax", "ст", "стр", "п",
    "пп", "гл", "тел", "no", "psl", "p", "t", "vol", "tom",
    // versions: "wersja 2.10.15" is not 2 October 2015
    "v", "ver", "version", "wersja", "wersji", "версия", "версии", "версія", "versija"};

// A date said relative to the one before it: these words mean a day later (+1) or earlier (-1).
struct RelativeDay {
  Seq words;
  int days;
  // Counted from the first day of the last date ("На второй день турнира" after "19–21 мая" is
  // 20 May): the second or third day of an event.
  bool from_start = false;
};
constexpr RelativeDay kRelativeDays[] = {{{"nazajutrz"}, 1},
                                         {{"następnego", "dnia"}, 1},
                                         {{"kolejnego", "dnia"}, 1},
                                         {{"dzień", "później"}, 1},
                                         {{"dzień", "wcześniej"}, -1},
                                         {{"poprzedniego", "dnia"}, -1},
                                         {{"w", "przeddzień"}, -1},
                                         {{"назавтра"}, 1},
                                         {{"на", "следующий", "день"}, 1},
                                         {{"на", "другой", "день"}, 1},
                                         {{"накануне"}, -1},
                                         {{"назаўтра"}, 1},
                                         {{"на", "наступны", "дзень"}, 1},
                                         {{"наступнага", "дня"}, 1},
                                         {{"напярэдадні"}, -1},
                                         {{"kitą", "dieną"}, 1},
                                         {{"kitos", "dienos"}, 1},
                                         {{"rytojaus", "dieną"}, 1},
                                         {{"išvakarėse"}, -1},
                                         {{"dieną", "prieš"}, -1},
                                         {{"pierwszego", "dnia"}, 0, true},
                                         {{"drugiego", "dnia"}, 1, true},
                                         {{"trzeciego", "dnia"}, 2, true},
                                         {{"w", "drugim", "dniu"}, 1, true},
                                         {{"w", "trzecim", "dniu"}, 2, true},
                                         {{"в", "первый", "день"}, 0, true},
                                         {{"на", "второй", "день"}, 1, true},
                                         {{"во", "второй", "день"}, 1, true},
                                         {{"на", "третий", "день"}, 2, true},
                                         {{"в", "третий", "день"}, 2, true},
                                         {{"на", "другі", "дзень"}, 1, true},
                                         {{"на", "трэці", "дзень"}, 2, true},
                                         {{"у", "першы", "дзень"}, 0, true},
                                         {{"pirmą", "dieną"}, 0, true},
                                         {{"antrą", "dieną"}, 1, true},
                                         {{"antrąją", "dieną"}, 1, true},
                                         {{"trečią", "dieną"}, 2, true},
                                         {{"trečiąją", "dieną"}, 2, true}};
// "3 dni później", "через 2 дня", "2 дня назад", "праз 3 дні", "po 5 dienų", "через неделю": a span
// of days or weeks (SpanAt) between a word that says which way (before or after the span) and the
// span. A way that counts back from the time of writing ("назад", "temu", "таму", "prieš": ago) is
// deictic: it counts from the text's dateline where it has one (Matcher::now_).
struct Way {
  std::string_view word;
  int sign;
  bool deictic;
};
constexpr std::string_view kDayWords[] = {"dzień", "dnia",  "dni",   "dniach", "день",
                                          "дня",   "дней",  "дзень", "дні",    "дзён",
                                          "diena", "dieną", "dienų", "dienas", "dienom"};
constexpr std::string_view kWeekWords[] = {
    "неделю",   "недели",  "недель",   "неделя",     "тыдзень", "тыдні",    "тыдняў",   "tydzień",
    "tygodnie", "tygodni", "tygodniu", "tygodniach", "savaitę", "savaites", "savaitės", "savaičių"};
// Small counts written as words: "два дня назад", "trzy dni później", "po dwóch dniach".
constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"два", 2},    {"две", 2},      {"три", 3},      {"четыре", 4},  {"пять", 5},    {"тры", 3},
    {"чатыры", 4}, {"пяць", 5},     {"dwa", 2},      {"dwóch", 2},   {"trzy", 3},    {"trzech", 3},
    {"cztery", 4}, {"czterech", 4}, {"pięć", 5},     {"pięciu", 5},  {"dvi", 2},     {"dviejų", 2},
    {"tris", 3},   {"trijų", 3},    {"keturias", 4}, {"keturių", 4}, {"penkias", 5}, {"penkių", 5}};
constexpr Way kWaysBefore[] = {{"po", 1, false},
                               {"через", 1, false},
                               {"спустя", 1, false},
                               {"праз", 1, false},
                               {"prieš", -1, true}};
constexpr Way kWaysAfter[] = {
    {"później", 1, false}, {"wcześniej", -1, false}, {"temu", -1, true},   {"позже", 1, false},
    {"спустя", 1, false},  {"назад", -1, true},      {"пазней", 1, false}, {"таму", -1, true},
    {"vėliau", 1, false},  {"anksčiau", -1, false}};
// Today, yesterday, tomorrow...: days from the time of writing, which the text states only in a
// dateline ("19 марта 2001.\nСегодня...", Matcher::now_); elsewhere they are no date.
constexpr std::pair<std::string_view, int> kTodayWords[] = {
    {"сегодня", 0},  {"вчера", -1},   {"позавчера", -2}, {"завтра", 1},        {"послезавтра", 2},
    {"сёння", 0},    {"учора", -1},   {"ўчора", -1},     {"пазаўчора", -2},    {"заўтра", 1},
    {"dziś", 0},     {"dzisiaj", 0},  {"wczoraj", -1},   {"przedwczoraj", -2}, {"jutro", 1},
    {"pojutrze", 2}, {"šiandien", 0}, {"vakar", -1},     {"užvakar", -2},      {"rytoj", 1},
    {"poryt", 2}};

// "Last Friday": a word for "last" (past), then a weekday (ISO number, Monday = 1), in the case
// that follows it ("w ubiegły piątek", "в прошлую пятницу", "у мінулую пятніцу", "praėjusį
// penktadienį"). The latest such weekday before the time of writing (Matcher::now_).
constexpr std::string_view kPastWeekWords[] = {
    "ubiegły", "ubiegłą", "zeszły",  "zeszłą",   "прошлый", "прошлую",   "прошлое",
    "мінулы",  "мінулую", "мінулае", "praėjusį", "praeitą", "praėjusįjį"};
constexpr std::pair<std::string_view, int> kWeekdayWords[] = {
    {"poniedziałek", 1},  {"wtorek", 2},      {"środę", 3},      {"czwartek", 4},
    {"piątek", 5},        {"sobotę", 6},      {"niedzielę", 7},  {"понедельник", 1},
    {"вторник", 2},       {"среду", 3},       {"четверг", 4},    {"пятницу", 5},
    {"субботу", 6},       {"воскресенье", 7}, {"панядзелак", 1}, {"аўторак", 2},
    {"сераду", 3},        {"чацвер", 4},      {"пятніцу", 5},    {"суботу", 6},
    {"нядзелю", 7},       {"pirmadienį", 1},  {"antradienį", 2}, {"trečiadienį", 3},
    {"ketvirtadienį", 4}, {"penktadienį", 5}, {"šeštadienį", 6}, {"sekmadienį", 7}};

// A weekday's name as a programme or a diary heads a day with it ("Czwartek, 3.07", "Пятніца,
// 12.09", "Šeštadienis, 07-19"): the nominative of pl, be, ru, lt.
constexpr std::string_view kWeekdayNames[] = {
    "poniedziałek",   "wtorek",       "środa",       "czwartek",    "piątek",      "sobota",
    "niedziela",      "понедельник",  "вторник",     "среда",       "четверг",     "пятница",
    "суббота",        "воскресенье",  "панядзелак",  "аўторак",     "серада",      "чацвер",
    "пятніца",        "субота",       "нядзеля",     "pirmadienis", "antradienis", "trečiadienis",
    "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"};

// What a word can start, among the phrases of a date relative to another (a bit set): every word
// after a text's first date is looked up here once, so that words that start none cost one hash
// lookup, not a scan of every table.
enum RelativeStart : uint8_t {
  kStartsRelativeDay = 1,  // kRelativeDays
  kStartsWayBefore = 2,    // kWaysBefore
  kStartsSpan = 4,         // a count word or a week word (SpanAt)
  kStartsToday = 8,        // kTodayWords
  kStartsPastWeek = 16,    // kPastWeekWords
};

const std::unordered_map<std::string_view, uint8_t>& RelativeStarts() {
  static const auto* const table = [] {
    auto* t = new std::unordered_map<std::string_view, uint8_t>;
    for (const RelativeDay& r : kRelativeDays) (*t)[r.words[0]] |= kStartsRelativeDay;
    for (const Way& w : kWaysBefore) (*t)[w.word] |= kStartsWayBefore;
    for (const auto& [word, n] : kNumberWords) (*t)[word] |= kStartsSpan;
    for (std::string_view word : kWeekWords) (*t)[word] |= kStartsSpan;
    for (const auto& [word, days] : kTodayWords) (*t)[word] |= kStartsToday;
    for (std::string_view word : kPastWeekWords) (*t)[word] |= kStartsPastWeek;
    return t;
  }();
  return *table;
}

// Whether a word can start a phrase of RelativeStarts, by its first letter: every word after a
// text's first date is asked, and most are turned away here without being folded.
bool CanStartRelative(std::string_view word) {
  static const auto* const firsts = [] {
    auto* f = new std::vector<UChar32>;
    for (const auto& [start, kinds] : RelativeStarts()) {
      size_t i = 0;
      f->push_back(DecodeAt(start, i));
    }
    std::sort(f->begin(), f->end());
    f->erase(std::unique(f->begin(), f->end()), f->end());
    return f;
  }();
  size_t i = 0;
  const UChar32 first = u_foldCase(DecodeAt(word, i), U_FOLD_CASE_DEFAULT);
  return std::binary_search(firsts->begin(), firsts->end(), first);
}

// An ordinal ending written after a day's digits: "13-го мая", "1-ое мая", "13-га жніўня", "3-go
// maja".
constexpr std::string_view kDayOrdinalEndings[] = {"го", "ого", "его", "е",  "ое", "ье",
                                                   "ее", "га",  "ага", "ае", "go", "ego"};

// A deadline or season that comes back every year ("1 lipca a 31 sierpnia każdego roku",
// "штогод да 15 лістапада", "до 1 декабря предшествующего года"): its dates have no one year.
constexpr Seq kEveryYearWords[] = {{"każdego", "roku"},
                                   {"co", "roku"},
                                   {"corocznie"},
                                   {"rokrocznie"},
                                   {"roku", "poprzedzającego"},
                                   {"ежегодно"},
                                   {"каждого", "года"},
                                   {"каждый", "год"},
                                   {"предшествующего", "года"},
                                   {"штогод"},
                                   {"кожнага", "года"},
                                   {"кожны", "год"},
                                   {"папярэдняга", "года"},
                                   {"kasmet"},
                                   {"kiekvienais", "metais"},
                                   {"kiekvienų", "metų"}};

struct Unit {
  int year = 0;  // 0: none given; kThisYear
  int month = 0, day = 0;
  size_t begin = 0, end = 0;
  size_t next = 0;        // token after the unit
  bool inferred = false;  // the year is the story's next or last ("następnego roku")
};

class Matcher {
 public:
  Matcher(std::string_view text, YearContext& context)
      : text_(text),
        toks_(Lex(text)),
        reference_year_(context.reference_year > 0 ? context.reference_year : 0),
        context_(context) {
    ReadOcrThrees();
    ReadOcrRomans();
    if (!context_.heading_read) {
      context_.heading_read = true;
      context_.document_year = HeadingYear();
    }
  }

  // OCR reads a "3" as the Cyrillic "З" it looks like: a lone "З" that starts a dateline ("З
  // кастр. 2023 г., Быхаў", "Ольга Сербина, З сентября 2014 г.") before a month and its year is
  // the day 3. Not where it may be a word: Belarusian "З кастрычніка 2023 г." ('since October')
  // starts a sentence, so a line's or text's start counts only with an abbreviated month, or with
  // one Belarusian does not name so ("З июня 2013 г., Выборг").
  void ReadOcrThrees() {
    for (size_t i = 0; i + 2 < toks_.size(); ++i) {
      Tok& t = toks_[i];
      if (t.kind != Kind::kWord || Str(i) != "З" || T(i + 1).glued) continue;
      const MonthName* m = LookupMonth(Str(i + 1));
      if (m == nullptr) continue;
      const bool abbreviated = IsGluedDot(i + 2);
      const size_t year = abbreviated ? i + 3 : i + 2;
      if (T(year).kind != Kind::kNum || T(year).digits != 4) continue;
      const bool after_comma = i > 0 && IsPunct(i - 1, ',') && !t.line_start;
      // "З июня 2013 г., Выборг": before a month Belarusian does not name so, "З" is no
      // Belarusian preposition.
      const bool not_belarusian = !(m->langs & kBe);
      if (!(after_comma || ((i == 0 || t.line_start) && (abbreviated || not_belarusian)))) continue;
      t.kind = Kind::kNum;
      t.value = 3;
      t.digits = 1;
    }
  }

  // OCR reads the I of a Roman month as the digit "1": "14-16.1Х.2014" (IX). A "1" glued to a
  // day's dot and to letters after it that make a month with an I before them, and then a dot or
  // a space, becomes one word with them, which RomanMonthAt reads as the numeral.
  void ReadOcrRomans() {
    for (size_t i = 1; i + 1 < toks_.size(); ++i) {
      Tok& t = toks_[i];
      const Tok letters = toks_[i + 1];
      if (t.kind != Kind::kNum || t.digits != 1 || t.value != 1 || !t.glued || !IsGluedDot(i - 1) ||
          letters.kind != Kind::kWord || !letters.glued || letters.end - letters.begin > 8 ||
          (i + 2 < toks_.size() && toks_[i + 2].glued && toks_[i + 2].kind != Kind::kPunct))
        continue;
      Tok merged = t;
      merged.kind = Kind::kWord;
      merged.end = letters.end;
      const Tok saved = t;
      t = merged;
      toks_.erase(toks_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      if (RomanMonthAt(i) == 0) {  // not a numeral after all: undo
        toks_[i] = saved;
        toks_.insert(toks_.begin() + static_cast<std::ptrdiff_t>(i) + 1, letters);
      }
    }
  }

  std::vector<DateMention> Run() {
    for (size_t i = 0; i < toks_.size();) {
      size_t next = 0;
      const Tok& t = toks_[i];
      if (context_.scope == YearScope::kClause &&
          (t.sentence_start || IsPunct(i, ',') || IsPunct(i, ';'))) {
        context_.year = outer_.year;  // the clause's year ends: the one before it holds again
        context_.month = outer_.month;
        context_.scope = outer_.scope;
      }
      if (t.para_start || (t.sentence_start && context_.scope == YearScope::kSentence))
        EndYearScope();
      if (t.kind == Kind::kNum) {
        next = AtNumber(i);
        if (next == 0) next = AtYearMention(i);
        if (next == 0 && context_.last.day > 0) next = AtSpanThenWay(i, "");
      } else if (t.kind == Kind::kWord) {
        // "w przyszłym roku", "в прошлом году": the story's year moves.
        if (i > 0 && IsYearNoun(i)) AtRelativeYearMention(i - 1);
        // "šiais metais", "w tym roku", "сёлета": the year of writing, to the end of the sentence.
        if (reference_year_ > 0 && ((i > 0 && IsYearNoun(i)) || IsThisYearWord(i)))
          AtThisYearMention(i);
        // "w grudniu", "в январе", "gruodį": the story's month moves (and its year, across New
        // Year).
        if (context_.year > 0 && T(i + 1).kind != Kind::kNum) AtInMonth(i);
        // "pierwszego dnia lipca", "пятнадцатого сентября": a day said as an ordinal word.
        if (MayBeOrdinalDay(Str(i))) next = AtOrdinalDay(i);
        // "nazajutrz", "через 2 дня": a day moved from the last date.
        if (next == 0 && (context_.last.day > 0 || now_.day > 0)) next = AtRelativeWord(i);
        if (next == 0 && (T(i + 1).kind == Kind::kNum || IsGluedDot(i + 1)))
          next = AtRomanMonthFirst(i);
        // Month names are looked up only next to a number.
        if (next == 0 &&
            (T(i + 1).kind == Kind::kNum ||
             ((IsPunct(i + 1, '.') || IsPunct(i + 1, ',')) && T(i + 2).kind == Kind::kNum) ||
             (T(i + 3).kind == Kind::kNum && ConnectorAt(i + 1) == i + 2)))
          next = AtMonthWord(i);
      }
      i = next > i ? next : i + 1;
    }
    std::stable_sort(out_.begin(), out_.end(),
                     [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  const Tok& T(size_t i) const {
    static const Tok kEnd;
    return i < toks_.size() ? toks_[i] : kEnd;
  }
  std::string_view Str(size_t i) const {
    const Tok& t = T(i);
    return text_.substr(t.begin, t.end - t.begin);
  }
  bool IsPunct(size_t i, int32_t c) const { return T(i).kind == Kind::kPunct && T(i).value == c; }
  bool IsGluedDot(size_t i) const { return IsPunct(i, '.') && T(i).glued; }
  bool IsWord(size_t i, std::string_view folded) const {
    return T(i).kind == Kind::kWord && T(i).end - T(i).begin <= 32 && Folded(i) == folded;
  }
  // The word at i case-folded, in a buffer the next call reuses: compare it, do not keep it.
  std::string_view Folded(size_t i) const {
    FoldWordInto(Str(i), &fold_);
    return fold_;
  }

  // The token after `seq` matched at i, or 0. Elements: a folded word; "." a '.' glued to the
  // word before; ".?" an optional such '.'; "-" a dash glued to what precedes it.
  size_t MatchSeq(size_t i, const Seq& seq) const {
    for (std::string_view s : seq) {
      if (s.empty()) {
        break;
      } else if (s == ".?") {
        if (IsGluedDot(i)) ++i;
      } else if (s == ".") {
        if (!IsGluedDot(i)) return 0;
        ++i;
      } else if (s == "-") {
        if (T(i).kind != Kind::kPunct || !IsDash(T(i).value) || !T(i).glued) return 0;
        ++i;
      } else {
        if (!IsWord(i, s)) return 0;
        ++i;
      }
    }
    return i;
  }
  // The first of `seqs` that matches at i (as MatchSeq). The word at i is folded once, and a
  // sequence is tried only when its first word is that one: this runs on every word around every
  // date (EveryYear), where folding per sequence cost more than the rest of the tagger.
  template <size_t N>
  size_t MatchAny(size_t i, const Seq (&seqs)[N]) const {
    const bool word = T(i).kind == Kind::kWord && T(i).end - T(i).begin <= 32;
    std::string first;
    if (word) first = FoldWord(Str(i));
    for (const Seq& s : seqs) {
      const bool starts_with_word = s[0] != "." && s[0] != ".?" && s[0] != "-";
      if (starts_with_word && (!word || s[0] != first)) continue;
      if (size_t j = MatchSeq(i, s)) return j;
    }
    return 0;
  }

  // The number at i is followed by a joiner and more digits ("13:00", "1,5", "2017.5").
  bool ContinuesNumber(size_t i) const {
    const Tok& p = T(i + 1);
    return p.kind == Kind::kPunct && p.glued && IsNumberJoiner(p.value) &&
           T(i + 2).kind == Kind::kNum && T(i + 2).glued;
  }

  // The number at i can start a date: it is not the tail of a word ("A4") or of a longer number
  // ("10.0.0.1", "+48"), not a time or a decimal ("13:00", "1,5") and not a reference number
  // ("art. 27", "§ 3").
  bool Standalone(size_t i) const {
    const Tok& t = T(i);
    if (i > 0) {
      const Tok& p = toks_[i - 1];
      if (t.glued && p.kind == Kind::kWord) return false;
      if (p.kind == Kind::kPunct) {
        if (p.value == '+' || p.value == 0xA7 /* § */ || p.value == 0x2116 /* № */) return false;
        if (t.glued && IsNumberJoiner(p.value) && p.glued && i >= 2 &&
            toks_[i - 2].kind == Kind::kNum)
          return false;
      }
      size_t w = IsPunct(i - 1, '.') ? i - 2 : i - 1;
      if (w < i && T(w).kind == Kind::kWord && T(w).end - T(w).begin <= 10) {
        const std::string_view folded = Folded(w);
        for (std::string_view r : kReferenceWords)
          if (folded == r) return false;
      }
    }
    if (ContinuesNumber(i) && T(i + 1).value != '.' && T(i + 1).value != '/' &&
        !IsDash(T(i + 1).value))
      return false;  // ':' or ',': a time or a decimal
    return true;
  }

  // A day of month (1..31) at i, or 0.
  int DayAt(size_t i, bool check_standalone) const {
    const Tok& t = T(i);
    if (t.kind != Kind::kNum || t.digits > 2 || t.value < 1 || t.value > 31) return 0;
    if (check_standalone && !Standalone(i)) return 0;
    return t.value;
  }

  // The month named by the word at i if it has one of `forms`, and where the name ends (an
  // abbreviation keeps its '.'). An abbreviation without '.' counts only if a year follows.
  const MonthName* MonthAt(size_t i, uint8_t forms, size_t* next) const {
    if (T(i).kind != Kind::kWord) return nullptr;
    const MonthName* m = LookupMonth(Str(i));
    if (m == nullptr || (m->forms & forms) == 0) return nullptr;
    bool full = (m->forms & forms & ~kAbbrev) != 0;
    // A full name that is also an abbreviation ("мая", "mai") ends its sentence at a '.': "14–15
    // мая.\n2021 m." is not 15 May 2021.
    if ((m->forms & kAbbrev) && !full && IsGluedDot(i + 1)) {
      *next = i + 2;
    } else if (full || YearOrDayAndYearAt(i + 1) || EndsLine(i + 1) || DayWordAt(i + 1)) {
      *next = i + 1;
    } else {
      return nullptr;
    }
    return m;
  }

  // The text or its line ends at i: an abbreviation without its '.' there ends a date ("nabór –
  // do 15 lut\n"), not a phrase that goes on with it as a word.
  bool EndsLine(size_t i) const { return T(i).kind == Kind::kEnd || T(i).line_start; }

  // A day and its Lithuanian day word at i ("28 d.", "5 dieną"): an abbreviation without its '.'
  // before them is a month ("vas 28 d.").
  bool DayWordAt(size_t i) const {
    return DayAt(i, false) != 0 && !T(i + 1).glued && MatchAny(i + 1, kLtDayWords) > i + 1 &&
           T(i + 1).kind == Kind::kWord;
  }

  // A four-digit number at i, or a day and then one ("Авг 11, 2015"), or the story's next or last
  // year ("24 стд наступнага года"): what makes an abbreviation written without its '.' a month.
  bool YearOrDayAndYearAt(size_t i) const {
    auto year_at = [&](size_t k) {
      size_t after = 0;
      return (T(k).kind == Kind::kNum && T(k).digits == 4) || RelativeYearAt(k, &after) != 0;
    };
    if (year_at(i)) return true;
    if (T(i).kind != Kind::kNum || T(i).digits > 2) return false;
    return year_at(i + 1) || (IsPunct(i + 1, ',') && year_at(i + 2));
  }

  // A four-digit year at i with its word ("2017 r."), or a "this year" mark ("br.").
  std::optional<Unit> YearAt(size_t i, bool allow_this_year) const {
    const Tok& t = T(i);
    Unit u;
    if (t.kind == Kind::kNum && t.digits == 4 && t.value >= 1000 && t.value <= 2999 &&
        !ContinuesNumber(i)) {
      u.year = t.value;
      u.next = i + 1;
      if (size_t j = MatchAny(i + 1, kYearWords)) u.next = j;
    } else if (size_t j = allow_this_year ? MatchAny(i, kThisYearWords) : 0) {
      u.year = kThisYear;
      u.next = j;
    } else if (int sign = allow_this_year ? RelativeYearAt(i, &j) : 0;
               sign && RelativeYearBase(i) > 0) {
      u.year = RelativeYearBase(i) + sign;  // resolved now: the ends of a range share it
      u.inferred = true;
      u.next = j;
    } else {
      return std::nullopt;
    }
    u.begin = t.begin;
    u.end = T(u.next - 1).end;
    return u;
  }

  int Resolve(int year) const { return year == kThisYear ? reference_year_ : year; }

  // The year the document is about (YearContext): its first line's, else its own date's.
  int DocumentYear() const {
    return context_.document_year > 0 ? context_.document_year : reference_year_;
  }
  // The year of the story at this point: the context's, else the document's; 0 = unknown.
  int StoryYear() const { return context_.year > 0 ? context_.year : DocumentYear(); }

  // The year the text's heading names on its own, the same each time it names one ("Sprawozdanie
  // ... w 2019 roku", "ОТЧЁТ\nо ... сотрудничестве за 2013 год", "... 2018 metais"); 0 if it names
  // none, or one more than a year from the document's own year. The heading is the first lines
  // (kHeadingLines) up to a blank line, a dateline or a line that ends a sentence; where the text
  // opens with a block that only dates it (a dateline "Gdańsk, 3 lutego 2020 r.", an approval
  // stamp "ЗАЦВЕРДЖАНА\n... 18.02.2020 № 4"), the heading is the block after it. A year inside a
  // number ("nr 7/2018"), a span ("2014–2020") or a date is none, and so is a number a word other
  // than a year's follows ("2013 uczniów").
  int HeadingYear() const {
    constexpr int kHeadingLines = 3;
    constexpr size_t kHeadingLineBytes = 240;
    int year = 0;       // of the heading's lines so far; -1: two different years
    int line_year = 0;  // of the current line: the heading's once the line ends without a full stop
    auto commit_line = [&](size_t last) {
      // A line that is a sentence is no title; the dot of a year's word is no full stop ("... ZA
      // 2019 R.", "... 2018 M.").
      const bool year_word_dot = last >= 2 && T(last - 1).kind == Kind::kWord &&
                                 T(last - 2).kind == Kind::kNum && T(last - 2).digits == 4 &&
                                 MatchAny(last - 1, kYearWords) == last + 1;
      if (IsPunct(last, '.') && !year_word_dot) return false;
      if (line_year != 0) year = year == 0 || year == line_year ? line_year : -1;
      line_year = 0;
      return true;
    };
    int lines = 1;
    size_t line_begin = 0, i = 0;
    bool dated = false;          // the block so far holds a date's year (a dateline, a stamp)
    bool block_skipped = false;  // the first block only dated the text: this one is the heading
    // Where the first block ends without a heading year but dated the text, the heading may
    // follow it: *i becomes the next block's first token.
    // `next_line`: a dateline that is the text's first line may have the heading on the next line,
    // with no blank line between (as OCR reads a scan).
    auto next_block = [&](size_t* at, bool next_line = false) {
      if (block_skipped || !dated || year != 0) return false;
      size_t k = next_line ? *at + 1 : *at;
      while (k < toks_.size() && !toks_[k].blank_before && !(next_line && toks_[k].line_start)) ++k;
      if (k == toks_.size()) return false;
      block_skipped = true;
      line_year = 0;
      lines = 1;
      line_begin = toks_[k].begin;
      *at = k;
      return true;
    };
    for (; i < toks_.size(); ++i) {
      const Tok& t = toks_[i];
      if (i > 0 && t.line_start && !(block_skipped && t.begin == line_begin)) {
        const bool title_line = commit_line(i - 1);
        if (title_line && !t.blank_before && ++lines <= kHeadingLines) {
          line_begin = t.begin;
        } else if (t.blank_before && next_block(&i)) {
          --i;  // the loop's ++i: the block's first token is read next
          continue;
        } else {
          break;
        }
      } else if (i > 0 && t.sentence_start && !(block_skipped && t.begin == line_begin)) {
        break;  // a sentence ended inside the line
      }
      if (t.end - line_begin > kHeadingLineBytes) break;  // a paragraph, not a title
      if (t.kind != Kind::kNum || t.digits != 4 || t.value < kFirstContextYear || t.value > 2099)
        continue;
      dated = true;
      if (!Standalone(i) || ContinuesNumber(i)) continue;
      const size_t before = i > 0 && (IsPunct(i - 1, '.') || IsPunct(i - 1, ',')) ? i - 2 : i - 1;
      const size_t after =
          std::max({i + 1, MatchAny(i + 1, kYearWords), MatchAny(i + 1, kLtYearWords)});
      // A month on the same line makes it a dateline's year (not the next line's first word:
      // "... w 2019 roku\nMar'ina Horka, ..." names no March).
      const bool month_before = i > 0 && !t.line_start && LookupMonth(Str(before)) != nullptr;
      const bool month_after =
          after < toks_.size() && !T(after).line_start && LookupMonth(Str(after)) != nullptr;
      // So does a date in the ISO order with spaces, as OCR reads a dateline ("Vilnius, 2025 02
      // 03" right under the title's line).
      if (month_before || month_after || SpacedIsoAt(i)) {
        // A dateline's year: the heading ends before its line, or follows its block.
        line_year = 0;
        if (!next_block(&i, /*next_line=*/lines == 1)) break;
        --i;  // the loop's ++i: the block's first token is read next
        continue;
      }
      // A year has its word after it, or ends the phrase: "2013 uczniów" is a count.
      if (T(i + 1).kind == Kind::kWord && !T(i + 1).line_start && !IsYearNoun(i + 1) &&
          after == i + 1)
        continue;
      line_year = line_year == 0 || line_year == t.value ? t.value : -1;
    }
    if (i == toks_.size() && i > 0) commit_line(i - 1);  // a text that is all heading
    if (year < 0 ||
        (reference_year_ > 0 && (year < reference_year_ - 1 || year > reference_year_ + 1)))
      return 0;
    return year;
  }

  // The year the dates return to where another year's scope ends (YearContext): the heading's,
  // else the own date's if the text states it; 0 = none, and a year holds until the next.
  int ScopeYear() const {
    if (context_.document_year > 0) return context_.document_year;
    return context_.reference_stated ? reference_year_ : 0;
  }

  // `year` becomes the year of the dates after it that have none; unless it is the document's
  // year, only to the end of `scope` (YearContext).
  void SetContextYear(int year, YearScope scope) {
    const int document = ScopeYear();
    if (context_.scope == YearScope::kDocument && context_.year == document)
      context_.document_month = context_.month;  // where the story returns after another year
    context_.year = year;
    context_.scope = document == 0 || year == document ? YearScope::kDocument : scope;
  }

  // At the end of a sentence or paragraph that held a year other than the document's: the dates
  // after it take the document's year again.
  void EndYearScope() {
    if (context_.scope == YearScope::kDocument) return;
    context_.scope = YearScope::kDocument;
    if (const int year = ScopeYear(); year > 0 && context_.year != year) {
      context_.year = year;
      // The document's story goes on from its own last month (a December before "на 2019 год"
      // still crosses New Year), not from another year's December.
      context_.month = context_.document_month;
    }
  }

  // The word at i is a word for "year", as written (in lower case) after "następnego",
  // "в прошлом", "kitų" (kYearNouns).
  bool IsYearNoun(size_t i) const {
    if (T(i).kind != Kind::kWord) return false;
    return std::find(std::begin(kYearNouns), std::end(kYearNouns), Str(i)) != std::end(kYearNouns);
  }

  // "następnego roku", "в прошлом году" at i (kRelativeYearWords): +1 or -1, and *next where it
  // ends; 0 if there is none.
  int RelativeYearAt(size_t i, size_t* next, bool adverbial_only = false) const {
    if (T(i).kind != Kind::kWord || T(i).end - T(i).begin > 32 || !IsYearNoun(i + 1) ||
        IsAnyWord(i + 2, kTermYearWords))
      return 0;
    const std::string_view folded = Folded(i);
    for (const RelativeYear& r : kRelativeYearWords) {
      if (r.word == folded && (r.adverbial || !adverbial_only)) {
        *next = i + 2;
        return r.sign;
      }
    }
    return 0;
  }

  // The year that the relative year word at i moves by one: the story's for a narrative word
  // ("następnego roku"), else the document's where it is known (kNarrativeYearWords).
  int RelativeYearBase(size_t i) const {
    if (IsAnyWord(i, kNarrativeYearWords)) return StoryYear();
    const int document = ScopeYear();
    return document > 0 ? document : StoryYear();
  }

  // "w grudniu", "в январе", "у снежні", "gruodį" without a day or year: the story moves to that
  // month, one year on where it crosses New Year (InferredYear), so that "w grudniu ... 6
  // stycznia" is the next January. A month is looked up only after "in" (pl, ru, be) or where a
  // Lithuanian word ends as an accusative month does ("-į", "-ą").
  void AtInMonth(size_t i) {
    static constexpr std::string_view kIn[] = {"w", "we", "в", "во", "у", "ў",
                                               "W", "We", "В", "Во", "У", "Ў"};
    const std::string_view word = Str(i);
    const bool after_in = i > 0 && T(i - 1).kind == Kind::kWord &&
                          std::find(std::begin(kIn), std::end(kIn), Str(i - 1)) != std::end(kIn);
    const bool lt_accusative = word.ends_with("į") || word.ends_with("ą");
    if (!after_in && !lt_accusative) return;
    const MonthName* m = LookupMonth(word);
    if (m == nullptr || !(m->forms & kInMonth) || (lt_accusative && !after_in && !(m->langs & kLt)))
      return;
    const int year = InferredYear(m->month);
    if (year != context_.year) SetContextYear(year, YearScope::kParagraph);
    context_.month = m->month;
  }

  // A one-word "this year" at i: "сёлета", "šiemet" (as written, so that no word is folded).
  bool IsThisYearWord(size_t i) const {
    static constexpr std::string_view kWords[] = {"сёлета", "Сёлета", "šiemet", "Šiemet"};
    return T(i).kind == Kind::kWord &&
           std::find(std::begin(kWords), std::end(kWords), Str(i)) != std::end(kWords);
  }

  // "this year" (kThisYearAdverbs) ending at the word i, on its own: a year mention of the year
  // of writing (the own date's, as "br." and "с.г." are), to the end of its sentence: "Šiais
  // metais planuojama vizitą ... surengti geg. 21–23 d." in a report on last year.
  void AtThisYearMention(size_t i) {
    bool found = IsThisYearWord(i);
    for (size_t back : {size_t{2}, size_t{1}})
      if (!found && i >= back && MatchAny(i - back, kThisYearAdverbs) == i + 1) found = true;
    if (!found || context_.year == reference_year_) return;
    SetContextYear(reference_year_, YearScope::kSentence);
    context_.month = 0;
  }

  // "w przyszłym roku", "в следующем году", "kitų metų" on their own: a year mention of the
  // story's year moved by one, to the end of its sentence, or of its clause for a genitive.
  void AtRelativeYearMention(size_t i) {
    size_t next = 0;
    const int sign = RelativeYearAt(i, &next);
    const int base = RelativeYearBase(i);
    if (sign == 0 || base == 0) return;
    const bool adverbial = RelativeYearAt(i, &next, /*adverbial_only=*/true) != 0;
    if (!adverbial && context_.scope != YearScope::kClause)
      outer_ = {context_.year, context_.month, context_.scope};
    SetContextYear(base + sign, adverbial && OpensParagraph(i, base + sign) ? YearScope::kParagraph
                                                                            : YearScope::kSentence);
    if (!adverbial) context_.scope = YearScope::kClause;  // even in the document's year
    context_.month = 0;
    context_.last = {};
  }

  bool Valid(int year, int month, int day) const {
    year = Resolve(year);
    if (month < 1 || month > 12) return false;
    if (day == 0) return year > 0;  // a month alone is a date only with its year
    return day >= 1 && day <= DaysInMonth(year, month);
  }

  // A year with its word ("w 2017 roku", "у 2019 годзе", "2021 m."), not part of a date: the
  // year of the dates that follow without one.
  size_t AtYearMention(size_t i) {
    if (!Standalone(i)) return 0;
    std::optional<Unit> y = YearAt(i, /*allow_this_year=*/false);
    if (!y || y->next == i + 1) return 0;  // a number without a year word may be anything
    if (IsHistory(y->year)) return y->next;
    SetContextYear(y->year, IsSectionTitle(i, y->next) || OpensParagraph(i, y->year)
                                ? YearScope::kParagraph
                                : YearScope::kSentence);
    context_.month = 0;
    context_.last = {};
    return y->next;
  }

  // The phrase of a `year` after the document's starts at i and opens its paragraph, alone or
  // after its preposition ("W 2026 roku …", "В 2025 году мы …", "У наступным годзе …", "2026 m.
  // …", "Kitais metais …"): a plan for that year is the paragraph's topic, and its year holds for
  // the paragraph's later sentences too ("В 2025 году мы отмечаем годовщину … Предлагаемые даты
  // – 25–28 июня"), not only for its own. An earlier year opening a paragraph is an aside ("W 2016
  // roku podpisano umowę. Festyn odbył się 5 maja." in a report on 2017).
  bool OpensParagraph(size_t i, int year) const {
    constexpr size_t kPrepositionBytes = 4;  // "w", "we", "в", "во", "у", "ў"
    const int document = ScopeYear();
    if (document == 0 || year <= document) return false;
    if (T(i).para_start) return true;
    return i > 0 && T(i - 1).para_start && T(i - 1).kind == Kind::kWord &&
           T(i - 1).end - T(i - 1).begin <= kPrepositionBytes;
  }

  // The year mention [year, next) ends a sentence of a few words, the year's "for" ("na", "на",
  // "za", "за") among them, that opens its paragraph, maybe after its number: a section's title
  // ("5. Plany na 2020 rok. Wyjazd ...", "Прапановы на 2021 год."), whose year holds for the
  // section, not only for its own sentence ("Umowę odnowiono w 2016 roku." is a sentence's).
  bool IsSectionTitle(size_t year, size_t next) const {
    constexpr size_t kTitleWords = 4;
    static constexpr std::string_view kFor[] = {"na", "на", "za", "за"};
    if (year == 0 || !IsAnyWord(year - 1, kFor)) return false;
    const bool ends = T(next).sentence_start || T(next).kind == Kind::kEnd ||
                      ((IsPunct(next, '.') || IsPunct(next, ':')) &&
                       (T(next + 1).sentence_start || T(next + 1).kind == Kind::kEnd));
    if (!ends) return false;
    size_t k = year;
    while (k > 0 && !T(k).sentence_start && year - k < kTitleWords) --k;
    if (k > 0 && !T(k).sentence_start) return false;
    const bool numbered = k >= 2 && IsPunct(k - 1, '.') && T(k - 2).kind == Kind::kNum &&
                          (k == 2 || T(k - 2).para_start);
    return k == 0 || T(k).para_start || numbered;
  }

  // A year that gives no year to the dates after it: one before 1900 (a founding, a battle:
  // "1236 m. rugsėjo 22 d."), or, when the document's own year is known, one more than a year
  // before it ("partnerami są od 2006 roku", "договор был подписан 19 мая 1991 года", "в июне
  // 2014 года"): background, where the dates that follow are of the document's time.
  bool IsHistory(int year) const {
    return year < kFirstContextYear || (DocumentYear() > 0 && year < DocumentYear() - 1);
  }

  // The year of a date written without one (YearContext), 0 if nothing gives it.
  int InferredYear(int month) const {
    if (context_.year > 0) {
      const bool crosses_new_year = context_.month >= 11 && month <= 2;
      return context_.year + (crosses_new_year ? 1 : 0);
    }
    return DocumentYear();
  }

  // `inferred_year`: the year is not written, though the date gives it ("następnego roku").
  void Emit(int year, int month, int day, size_t begin, size_t end, bool inferred_year = false) {
    if (!Valid(year, month, day)) return;
    const bool inferred = inferred_year || year == kThisYear || year == 0;
    if (year == 0 && day > 0 && EveryYear(begin)) {
      Push(0, month, day, begin, end, /*inferred=*/false);
      return;
    }
    year = year == 0 ? InferredYear(month) : Resolve(year);
    if (!Valid(year, month, day)) return;  // 29 February of an inferred year that has none
    Push(year, month, day, begin, end, inferred && year > 0);
    if (!inferred && day > 0 && !IsHistory(year) && IsDateline(begin, end)) {
      now_ = CalendarDay{year, month, day};
      context_.last_is_dateline = true;
    }
  }

  // The date in bytes [begin, end) stands on its own as a dateline: it starts its line (after a
  // place and a comma at most: "Гродно, 19 ноября 2024 г.") and ends it, or ends its sentence ("19
  // марта 2001. Сегодня..."). Such a date is the text's time of writing.
  bool IsDateline(size_t begin, size_t end) const {
    auto token_at = [&](size_t byte) {
      return static_cast<size_t>(
          std::lower_bound(toks_.begin(), toks_.end(), byte,
                           [](const Tok& t, size_t b) { return t.begin < b; }) -
          toks_.begin());
    };
    const size_t first = token_at(begin), after = token_at(end);
    const bool starts_line =
        T(first).line_start || (first >= 2 && IsPunct(first - 1, ',') &&
                                T(first - 2).kind == Kind::kWord && T(first - 2).line_start);
    // "ТАЛАЧЫН, 20 снежня 2019 г. Грузінскі горад ...": the year's word's dot ends the dateline
    // and a sentence starts on its line.
    const bool sentence_after = after > 0 && IsGluedDot(after - 1) && T(after).sentence_start;
    // "2025-05-27 Nr. TR-4", "12.03.2025 № 14/2": an official paper's date and its register
    // number head the paper, the time of writing as much as a dateline alone.
    const bool register_number_after = IsWord(after, "nr") || Str(after) == "№";
    if (starts_line && (T(after).kind == Kind::kEnd || T(after).line_start || IsPunct(after, '.') ||
                        sentence_after || register_number_after))
      return true;
    return ShortDatelineLine(first, after);
  }

  // A line of a few words with the date in it, and no other number: "Włocławek, dn. 08.05.2025",
  // "Bielsko-Biała, 3 maja 2025 r.",
  // "Anna Nowak, 3 maja 2020 r., Sejny" (a byline; the place with "dnia" between). The date's
  // tokens are [first, after): a comma or a dot just before it, and nothing after it but a comma
  // and a few words, or a full stop, to the line's end.
  bool ShortDatelineLine(size_t first, size_t after) const {
    constexpr int kBefore = 4, kAfter = 3;
    if (first == 0 || !(IsPunct(first - 1, ',') || IsPunct(first - 1, '.'))) return false;
    int words = 0;
    for (size_t k = first; k > 0 && !T(k).line_start; --k) {
      const Tok& t = T(k - 1);
      if (t.kind == Kind::kNum || (t.kind == Kind::kWord && ++words > kBefore)) return false;
      // A hyphen inside the place's name joins its words: "ЮЖНО-САХАЛИНСК, 10 февраля 2025 г.".
      const bool hyphen = t.kind == Kind::kPunct && IsDash(t.value) && T(k).glued && t.glued;
      if (t.kind == Kind::kPunct && t.value != ',' && t.value != '.' && !hyphen) return false;
    }
    if (T(after).kind == Kind::kEnd || T(after).line_start) return true;
    if (IsPunct(after, '.')) return T(after + 1).kind == Kind::kEnd || T(after + 1).line_start;
    if (!IsPunct(after, ',')) return false;
    words = 0;
    for (size_t k = after + 1; T(k).kind != Kind::kEnd && !T(k).line_start; ++k) {
      const Tok& t = T(k);
      if (t.kind != Kind::kWord && !(t.kind == Kind::kPunct && t.value == '-')) return false;
      if (++words > kAfter) return false;
    }
    return words > 0;
  }
  void Emit(const Unit& u) { Emit(u.year, u.month, u.day, u.begin, u.end, u.inferred); }

  // A range of days of one month ("23–27 sierpnia 2021", "3 i 6 maja") as its two ends: the
  // first day, written in [first_begin, first_end), and `last`; unless it is a pair ("3 i 6
  // maja": `pair`), the first end is marked `through` the last. A "range" whose first day is not
  // before the last ("31–30 marca") is only `last`.
  void EmitRange(int first_day, size_t first_begin, size_t first_end, const Unit& last,
                 bool pair = false) {
    const size_t first = out_.size();
    if (first_day < last.day)
      Emit(last.year, last.month, first_day, first_begin, first_end, last.inferred);
    Emit(last);
    if (out_.size() == first + 2 && context_.last.day > 0) {
      context_.stay_start = context_.stay_end = context_.last;
      context_.stay_start.day = first_day;
      if (!pair) {
        out_[first].through = out_[first + 1].iso;
        context_.last_start.day = first_day;
      }
    }
  }

  // The word at i joins two days as a pair, not a range: "i", "и", "і", "ir" ('and').
  bool PairConnectorAt(size_t i) const {
    for (std::string_view c : {"i", "и", "і", "ir"})
      if (IsWord(i, c)) return true;
    return false;
  }

  // The sentence around the date at byte `begin` says it comes back every year (kEveryYearWords):
  // a few words before it or after it, not past a full stop or semicolon.
  bool EveryYear(size_t begin) const {
    const auto at = std::lower_bound(toks_.begin(), toks_.end(), begin,
                                     [](const Tok& t, size_t b) { return t.begin < b; });
    const size_t i = static_cast<size_t>(at - toks_.begin());
    auto sentence_end = [&](size_t k) { return IsPunct(k, '.') || IsPunct(k, ';'); };
    for (size_t k = i; k-- > 0 && i - k <= 12 && !sentence_end(k);)
      if (MatchAny(k, kEveryYearWords)) return true;
    for (size_t k = i + 1; k < toks_.size() && k - i <= 10 && !sentence_end(k); ++k)
      if (MatchAny(k, kEveryYearWords)) return true;
    return false;
  }

  // The last date (or, for a deictic phrase, the dateline's date where the text has one) moved by
  // `days`, said by the text in [begin, end).
  void EmitRelative(int days, bool deictic, size_t begin, size_t end,
                    const CalendarDay* start = nullptr) {
    using namespace std::chrono;
    const CalendarDay from = start != nullptr && start->day > 0 ? *start
                             : deictic && now_.day > 0          ? now_
                                                                : context_.last;
    const year_month_day anchor{year{from.year}, month{static_cast<unsigned>(from.month)},
                                day{static_cast<unsigned>(from.day)}};
    const year_month_day moved{sys_days{anchor} + std::chrono::days{days}};
    const YearContext last = context_;
    Push(static_cast<int>(moved.year()), static_cast<int>(static_cast<unsigned>(moved.month())),
         static_cast<int>(static_cast<unsigned>(moved.day())), begin, end, /*inferred=*/true);
    // A day counted from the time of writing is no step in the text's story: "19 марта 2001. Два
    // дня назад... Через неделю..." is a week after 19 March, not after 17 March.
    if (deictic) context_ = last;
  }

  // How many days back from the time of writing the last `weekday` (ISO, Monday = 1) before it
  // was: 1 to 7 ("last Friday" said on a Friday is a week ago).
  int DaysBackTo(int iso_weekday) const {
    using namespace std::chrono;
    const year_month_day now{year{now_.year}, month{static_cast<unsigned>(now_.month)},
                             day{static_cast<unsigned>(now_.day)}};
    const int today = static_cast<int>(std::chrono::weekday{sys_days{now}}.iso_encoding());
    const int back = (today - iso_weekday + 7) % 7;
    return back == 0 ? 7 : back;
  }

  // A word that names a day next to the last date ("nazajutrz", "na drugi dzień", "через 2 дня",
  // "два дня назад", "неделю спустя"...) or, after a dateline, next to the time of writing
  // ("вчера", "dziś"): where the phrase ends, or 0.
  size_t AtRelativeWord(size_t i) {
    if (T(i).end - T(i).begin > 24 || !CanStartRelative(Str(i))) return 0;
    // Every word of a text after its first date comes here: fold it once, and match a phrase only
    // when its first word is this one. Its own buffer: `first` must outlive the Folded() calls of
    // the matching below.
    FoldWordInto(Str(i), &first_);
    const std::string_view first = first_;
    const auto start = RelativeStarts().find(first);
    if (start == RelativeStarts().end()) return 0;
    const uint8_t starts = start->second;
    if (context_.last.day > 0 && (starts & kStartsRelativeDay)) {
      for (const RelativeDay& r : kRelativeDays) {
        if (r.words[0] != first) continue;
        if (size_t j = MatchSeq(i, r.words)) {
          const CalendarDay* from = r.from_start ? &context_.last_start : nullptr;
          const StayEvent event = StayEventAfter(j);
          if (event == StayEvent::kArrival && context_.stay_start.day > 0) {
            from = &context_.stay_start;
          } else if (event == StayEvent::kDeparture && context_.stay_end.day > 0) {
            from = &context_.stay_end;
          } else if (r.days < 0 && !r.from_start && SameDay(context_.last, context_.stay_end)) {
            from = &context_.stay_start;  // the eve of an event is before its first day
          }
          // "На следующий день после ярмарки" after only a news item's dateline: the fair is not
          // the time of writing (an agreement's signing is its dateline's day).
          if (from == nullptr && event == StayEvent::kOther && context_.last_is_dateline) return j;
          EmitRelative(r.days, /*deictic=*/false, T(i).begin, T(j - 1).end, from);
          return j;
        }
      }
    }
    if (context_.last.day > 0 && (starts & kStartsWayBefore)) {
      for (const Way& way : kWaysBefore) {  // "через 2 дня", "po 5 dienų", "праз тыдзень"
        if (way.word != first || T(i + 1).kind == Kind::kEnd) continue;
        int days = 0;
        const std::string next = T(i + 1).kind == Kind::kWord ? FoldWord(Str(i + 1)) : "";
        if (size_t j = SpanAt(i + 1, next, &days)) {
          EmitRelative(way.sign * days, way.deictic, T(i).begin, T(j - 1).end);
          return j;
        }
      }
    }
    if (context_.last.day > 0 && (starts & kStartsSpan)) {
      if (size_t j = AtSpanThenWay(i, first)) return j;  // "два дня назад", "tydzień później"
    }
    if (now_.day > 0 && (starts & kStartsPastWeek) && T(i + 1).kind == Kind::kWord) {
      const std::string next = FoldWord(Str(i + 1));
      for (const auto& [word, weekday] : kWeekdayWords) {
        if (word == next) {
          EmitRelative(-DaysBackTo(weekday), /*deictic=*/true, T(i).begin, T(i + 1).end);
          return i + 2;
        }
      }
    }
    if (now_.day > 0 && (starts & kStartsToday)) {
      for (const auto& [word, days] : kTodayWords) {
        if (word == first) {
          EmitRelative(days, /*deictic=*/true, T(i).begin, T(i).end);
          return i + 1;
        }
      }
    }
    return 0;
  }

  // The ordinal day word at i (date_ordinals.h), or nullptr.
  const OrdinalDay* OrdinalAt(size_t i) const {
    if (T(i).kind != Kind::kWord || T(i).end - T(i).begin > 40) return nullptr;
    return LookupOrdinalDay(Folded(i));
  }

  // A day said as an ordinal word, and the month's genitive of the same language, maybe a year:
  // "pierwszego dnia lipca", "dnia drugiego maja 2019 r.", "dwudziestego pierwszego maja",
  // "пятнадцатого сентября", "двадцать пятого июня", "першае мая", "першага студзеня"; Lithuanian
  // with the day's word, or the month first: "pirmąją rugsėjo dieną", "rugsėjo pirmąją", "2019 m.
  // rugsėjo pirmoji". A capitalized month without a year names a street or a feast, as with digits
  // ("ul. Trzeciego Maja"). Where the date ends, or 0.
  size_t AtOrdinalDay(size_t i) {
    const OrdinalDay* o = OrdinalAt(i);
    if (o == nullptr) return 0;
    int day = o->value;
    uint8_t langs = o->langs;
    size_t k = i + 1;
    if (o->tens != 0) {  // "dwudziestego pierwszego", "двадцать пятого"
      const OrdinalDay* unit = OrdinalAt(k);
      if (unit != nullptr && unit->value >= 1 && unit->value <= 9 && (unit->langs & langs) &&
          o->tens + unit->value <= 31) {
        day = o->tens + unit->value;
        langs &= unit->langs;
        ++k;
      }
    }
    if (day == 0) return 0;
    size_t begin = T(i).begin;
    if ((langs & kLt) && i > 0 && !T(i).line_start) {  // "rugsėjo pirmąją (dieną)"
      const MonthName* m = LookupMonth(Str(i - 1));
      if (m != nullptr && (m->forms & kDayForm) && (m->langs & kLt) &&
          !(IsCapitalized(Str(i - 1)) && !T(i - 1).sentence_start && !T(i - 1).line_start)) {
        int year = 0;
        begin = T(i - 1).begin;
        for (size_t back : {size_t{2}, size_t{3}}) {  // "2019 m. rugsėjo pirmąją"
          if (i < back + 2) break;
          const size_t y = i - 1 - back;
          if (T(y).kind == Kind::kNum && T(y).digits == 4 &&
              MatchAny(y + 1, kLtYearWords) == i - 1) {
            year = T(y).value;
            begin = T(y).begin;
            break;
          }
        }
        const size_t end = std::max(k, MatchAny(k, kLtDayWords));
        if (!Valid(year, m->month, day)) return 0;
        Emit(year, m->month, day, begin, T(end - 1).end);
        return end;
      }
    }
    if (IsWord(k, "dnia") || IsWord(k, "числа")) ++k;  // "pierwszego dnia lipca"
    size_t j = 0;
    const MonthName* m = MonthAt(k, kDayForm, &j);
    if (m == nullptr || !(m->langs & langs)) return 0;
    if (langs == kLt) {  // "pirmąją rugsėjo dieną": the day's word is wanted
      const size_t end = MatchAny(j, kLtDayWords);
      if (end == 0 || !Valid(0, m->month, day)) return 0;
      Emit(0, m->month, day, begin, T(end - 1).end);
      return end;
    }
    std::optional<Unit> y = YearAt(j, /*allow_this_year=*/true);
    if (!y && IsCapitalized(Str(k))) return 0;
    const int year = y ? y->year : ThisYearAdverbBefore(i) ? kThisYear : 0;
    if (!Valid(year, m->month, day)) return 0;
    Emit(year, m->month, day, begin, y ? y->end : T(j - 1).end, y && y->inferred);
    return y ? y->next : j;
  }

  // kOther: after something else ("после ярмарки"); kSigning: after the signing ("po protokolo
  // pasirašymo"), which an agreement's dateline dates.
  enum class StayEvent : uint8_t { kNone, kArrival, kDeparture, kSigning, kOther };

  // The arrival or departure a relative day's phrase ending before j is said of: "po
  // przyjeździe", "после приезда", "пасля ад'езду", "po atvykimo", or its genitive right after it
  // ("накануне отъезда", "w przeddzień wyjazdu").
  StayEvent StayEventAfter(size_t j) const {
    static constexpr std::string_view kSignings[] = {"podpisani", "podpisań", "подписани",
                                                     "падпісанн", "pasirašym"};
    // "po południu", "после обеда": a time of the day, not an event.
    static constexpr std::string_view kTimesOfDay[] = {"połud", "obied", "полуд", "обед",
                                                       "поўдн", "абед",  "piet"};
    static constexpr std::string_view kAfter[] = {"po", "после", "пасля"};
    static constexpr std::string_view kArrivals[] = {
        "przyjazd", "przyjeźdz", "przybyci", "przylot", "приезд", "прибыти",  "прилёт",
        "прилет",   "прыезд",    "прыбыцц",  "прылёт",  "atvyk",  "atvažiav", "atskrid"};
    static constexpr std::string_view kDepartures[] = {
        "wyjazd", "wyjeźdz", "odjazd", "wylot", "отъезд", "от'езд", "выезд",
        "отбыти", "вылет",   "ад'езд", "выезд", "выезду", "išvyk",  "išvažiav"};
    const bool after = IsAnyWord(j, kAfter);
    if (after) ++j;
    if (T(j).kind != Kind::kWord || T(j).end - T(j).begin > 40) return StayEvent::kNone;
    std::string word(Folded(j));
    // "ад'езду": an apostrophe inside the word splits it into tokens.
    const Tok& mark = T(j + 1);
    if (mark.kind == Kind::kPunct && mark.glued &&
        (mark.value == '\'' || mark.value == 0x2019 || mark.value == 0x02BC) &&
        T(j + 2).kind == Kind::kWord && T(j + 2).glued)
      word += "'" + std::string(Folded(j + 2));
    auto starts = [&](std::string_view stem) { return word.starts_with(stem); };
    if (std::any_of(std::begin(kArrivals), std::end(kArrivals), starts)) return StayEvent::kArrival;
    if (std::any_of(std::begin(kDepartures), std::end(kDepartures), starts))
      return StayEvent::kDeparture;
    if (!after || std::any_of(std::begin(kTimesOfDay), std::end(kTimesOfDay), starts))
      return StayEvent::kNone;
    // "po protokolo pasirašymo": the signing a few words on.
    for (size_t k = j; k < j + 3 && T(k).kind == Kind::kWord; ++k) {
      const std::string_view w = Folded(k);
      if (std::any_of(std::begin(kSignings), std::end(kSignings),
                      [&](std::string_view stem) { return w.starts_with(stem); }))
        return StayEvent::kSigning;
    }
    return StayEvent::kOther;
  }

  static bool SameDay(const CalendarDay& a, const CalendarDay& b) {
    return a.day > 0 && a.year == b.year && a.month == b.month && a.day == b.day;
  }

  // "3 dni później", "2 дня назад", "неделю спустя": a span (SpanAt) at i, then the way. `first` is
  // the folded word at i ("" for a number). Where it ends, or 0.
  size_t AtSpanThenWay(size_t i, std::string_view first) {
    int days = 0;
    const size_t j = SpanAt(i, first, &days);
    if (j == 0) return 0;
    for (const Way& way : kWaysAfter) {
      if (IsWord(j, way.word)) {
        EmitRelative(way.sign * days, way.deictic, T(i).begin, T(j).end);
        return j + 1;
      }
    }
    return 0;
  }

  // A span of days at i: a count (digits, or a word of kNumberWords; `first` is the folded word at
  // i, "" for a number) and a word for days ("2 дня", "trzy dni"), or for weeks, which may go
  // without a count ("неделю", "2 tygodnie"). Sets *days; returns the token after it, or 0.
  size_t SpanAt(size_t i, std::string_view first, int* days) const {
    int count = 0;
    if (T(i).kind == Kind::kNum) {
      if (T(i).digits > 3 || T(i).value < 1 || !Standalone(i)) return 0;
      count = T(i).value;
    } else {
      for (const auto& [word, n] : kNumberWords)
        if (word == first) count = n;
    }
    if (count > 0 && IsAnyWord(i + 1, kDayWords)) {
      *days = count;
      return i + 2;
    }
    if (count > 0 && IsAnyWord(i + 1, kWeekWords)) {
      *days = 7 * count;
      return i + 2;
    }
    if (count == 0 && T(i).kind == Kind::kWord &&
        std::find(std::begin(kWeekWords), std::end(kWeekWords), first) != std::end(kWeekWords)) {
      *days = 7;
      return i + 1;
    }
    return 0;
  }

  template <size_t N>
  bool IsAnyWord(size_t i, const std::string_view (&words)[N]) const {
    if (T(i).kind != Kind::kWord) return false;
    const std::string_view folded = Folded(i);
    return std::find(std::begin(words), std::end(words), folded) != std::end(words);
  }

  void Push(int year, int month, int day, size_t begin, size_t end, bool inferred) {
    if (year > 0 && !IsHistory(year)) {
      // A month of a year holds to the end of its sentence, a day to the end of its paragraph; a
      // year the context gave keeps its scope; a year inferred anew ("3 marca przyszłego roku",
      // a January after December) holds to the end of its sentence: the next one's deadline
      // "do 30 listopada" is the document's year again.
      const YearScope scope = day == 0                            ? YearScope::kSentence
                              : inferred && year == context_.year ? context_.scope
                              : inferred                          ? YearScope::kSentence
                                                                  : YearScope::kParagraph;
      SetContextYear(year, scope);
      context_.month = month;
      context_.last = {year, month, day};
      context_.last_start = context_.last;  // EmitRange moves it to the range's first day
      context_.last_is_dateline = false;
    }
    char buf[48];  // ample for any int, which keeps -Wformat-truncation quiet
    if (day == 0)
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else if (year == 0)
      std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
    else
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    out_.push_back(
        DateMention{buf, inferred, begin, end, std::string(text_.substr(begin, end - begin))});
  }

  // After a range's first end: the token where the second end starts, or 0.
  size_t ConnectorAt(size_t i) const {
    if (T(i).kind == Kind::kPunct && IsDash(T(i).value)) return i + 1;
    if (T(i).kind == Kind::kWord && T(i).end - T(i).begin <= 4) {
      const std::string_view folded = Folded(i);
      for (std::string_view c : kConnectorWords)
        if (folded == c) return i + 1;
    }
    return 0;
  }

  // "27 kwietnia [2017 r.|br.]", "16 сак. 2018 г.": a day, a month name, maybe a year.
  std::optional<Unit> DayMonthAt(size_t i, bool check_standalone) const {
    Unit u;
    u.day = DayAt(i, check_standalone);
    size_t after_day = AfterDay(i);
    // "09.июля.2015": the name between dots, as the month's number would be.
    const bool dotted =
        IsGluedDot(after_day) && T(after_day + 1).kind == Kind::kWord && T(after_day + 1).glued;
    if (dotted) ++after_day;
    // "3. März 2015": German writes the day as an ordinal number, a dot after it.
    if (!dotted && IsGluedDot(after_day) && T(after_day + 1).kind == Kind::kWord &&
        !T(after_day + 1).glued && !T(after_day + 1).line_start) {
      const MonthName* german = LookupMonth(Str(after_day + 1));
      if (german != nullptr && (german->langs & kDe) && (german->forms & kDayForm)) ++after_day;
    }
    size_t j = 0;
    const MonthName* m = u.day ? MonthAt(after_day, kDayForm | kAbbrev, &j) : nullptr;
    if (m == nullptr) return std::nullopt;
    if (dotted) {
      if (!IsGluedDot(j) || T(j + 1).kind != Kind::kNum || !T(j + 1).glued) return std::nullopt;
      ++j;
    }
    u.month = m->month;
    u.begin = T(i).begin;
    u.end = T(j - 1).end;
    u.next = j;
    std::optional<Unit> y = YearAt(j, /*allow_this_year=*/true);
    if (!y && IsPunct(j, ',')) y = YearAt(j + 1, /*allow_this_year=*/false);  // "3 июля, 2015"
    if (y) {
      u.year = y->year;
      u.inferred = y->inferred;
      u.end = y->end;
      u.next = y->next;
    } else if (IsCapitalized(Str(after_day))) {
      return std::nullopt;  // "ul. 3 Maja", "Plac 1 Maja": these languages write months in lower
                            // case
    }
    if (u.year == 0 && ThisYearAdverbBefore(i)) u.year = kThisYear;
    if (!Valid(u.year, u.month, u.day)) return std::nullopt;
    return u;
  }

  // The token at i ends a phrase: the text or its line ends there, or a punctuation mark that
  // closes a phrase.
  bool EndsPhrase(size_t i) const {
    const Tok& t = T(i);
    if (t.kind == Kind::kEnd || t.line_start) return true;
    // A dash between spaces, then words: "жнівень 27 – у дзень свята" (not "12 – 15": a range).
    if (t.kind == Kind::kPunct && IsDash(t.value) && !t.glued && !T(i + 1).glued &&
        T(i + 1).kind == Kind::kWord)
      return true;
    return t.kind == Kind::kPunct &&
           (t.value == ',' || t.value == '.' || t.value == ';' || t.value == ')' ||
            t.value == '"' || t.value == 0x201D || t.value == 0xBB);
  }

  // The token after the day at i, past an ordinal ending glued to it ("13-го мая", "1-ое мая",
  // "3-go maja") and a closing quote («19» ноября 2024 г.: agreements quote the day).
  size_t AfterDay(size_t i) const {
    size_t j = i + 1;
    if (IsOrdinalEnding(j + 1)) j += 2;
    if (T(j).kind == Kind::kPunct && T(j).glued &&
        (T(j).value == 0xBB || T(j).value == '"' || T(j).value == 0x201D))
      ++j;
    return j;
  }

  // The word at i is an ordinal ending of the number two tokens before it ("13-го").
  bool IsOrdinalEnding(size_t i) const {
    if (i < 2 || T(i).kind != Kind::kWord || !T(i).glued || T(i).end - T(i).begin > 6) return false;
    const Tok& dash = T(i - 1);
    if (T(i - 2).kind != Kind::kNum || dash.kind != Kind::kPunct || !IsDash(dash.value) ||
        !dash.glued)
      return false;
    const std::string_view folded = Folded(i);
    return std::find(std::begin(kDayOrdinalEndings), std::end(kDayOrdinalEndings), folded) !=
           std::end(kDayOrdinalEndings);
  }

  // "this year" said just before a date without a year: "сёлета адзначым 14 верасня", "w tym
  // roku 3 maja".
  bool ThisYearAdverbBefore(size_t i) const {
    for (size_t back = 1; back <= 4 && back <= i; ++back)
      if (MatchAny(i - back, kThisYearAdverbs)) return true;
    return false;
  }

  // "27.04.2017", "27.04.17", "2017-04-27" (and "/" or "." as separator, the same twice).
  std::optional<Unit> NumericAt(size_t i) const {
    const Tok &a = T(i), &s1 = T(i + 1), &b = T(i + 2), &s2 = T(i + 3), &c = T(i + 4);
    if (a.kind != Kind::kNum || b.kind != Kind::kNum || c.kind != Kind::kNum) return std::nullopt;
    if (s1.kind != Kind::kPunct || s2.kind != Kind::kPunct || s1.value != s2.value)
      return std::nullopt;
    if (!(s1.value == '.' || s1.value == '/' || s1.value == '-')) return std::nullopt;
    // A line may break before the year: "27.04.\n2017 r.".
    const bool year_on_next_line = c.line_start && c.digits == 4 && s2.value == '.';
    if (!s1.glued || !b.glued || !s2.glued || !(c.glued || year_on_next_line)) return std::nullopt;
    if (ContinuesNumber(i + 4)) return std::nullopt;  // "1.2.3.4", "2017-04-27-1"
    Unit u;
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
      u.year = a.value, u.month = b.value, u.day = c.value;
    } else if (a.digits <= 2 && b.digits <= 2 && c.digits == 4) {
      u.year = c.value, u.month = b.value, u.day = a.value;
    } else if (a.digits <= 2 && c.digits == 2 && s1.value == '.' &&
               (b.digits == 2 || (a.digits == 2 && b.digits == 1))) {
      // Two-digit years: 00-49 are this century, 50-99 the last. A one-digit month only after a
      // two-digit day ("25.8.06"): "3.1.12" is more often a section number.
      u.year = c.value + (c.value < 50 ? 2000 : 1900), u.month = b.value, u.day = a.value;
    } else {
      return std::nullopt;
    }
    if (u.year < 1000 || !Valid(u.year, u.month, u.day)) return std::nullopt;
    u.begin = a.begin;
    u.next = i + 5;
    if (size_t j = MatchAny(i + 5, kYearWords)) u.next = j;
    u.end = T(u.next - 1).end;
    return u;
  }

  // The tokens before i are a weekday's name and a comma ("Czwartek, ", "Пятніца, "): a
  // programme's day line or a dated diary entry.
  bool AfterWeekdayName(size_t i) const {
    return i >= 2 && IsPunct(i - 1, ',') && IsAnyWord(i - 2, kWeekdayNames);
  }
  // The number at i opens a sentence inside its line, before a word: a '.' glued to a word of
  // four letters or more ("kwartał.", "сакавік.") just before it, and a word just after its
  // two halves. Not a line's start (a timetable's times start lines).
  bool OpensSentenceInLine(size_t i) const {
    if (i < 2 || T(i).line_start || !IsPunct(i - 1, '.') || !T(i - 1).glued) return false;
    const Tok& w = T(i - 2);
    if (w.kind != Kind::kWord || Str(i - 2).size() < 4 || IsAbbreviationBefore(i - 2)) return false;
    return T(i + 3).kind == Kind::kWord && !T(i + 3).glued;
  }
  // The word at i is one a writer abbreviates with a dot ("godz.", "tys.", "млн."): the dot after
  // it ends no sentence.
  bool IsAbbreviationBefore(size_t i) const {
    static constexpr std::string_view kAbbreviations[] = {"godz", "tys", "mln", "proc", "val",
                                                          "тыс",  "млн", "руб", "ч",    "мин"};
    return IsAnyWord(i, kAbbreviations);
  }

  // "24.02" without a year: a day and a month of two digits each, closed by a comma, a semicolon
  // or a bracket (", 21.07, провели", "намеченный на 16.08, не", "(03.05)") or, in a dated text,
  // by its sentence's full stop ("визит намечен на 05.10. Все"), and no time of day
  // ("o 10.05,", "в 12.10,", "val. 09.05;"), which writes its minutes the same way: a first half
  // over 24 is no hour ("do 30.09," is a deadline). A number that goes on, or a word after it
  // ("24.02 zł"), makes it a decimal. In a dated text it may also open a sentence inside a line,
  // before a word ("I kwartał. 22.01 odwiedzili", "Кастрычнік. 17.12 прайшла"; a timetable's
  // "10.10 Otwarcie" starts its line), or follow a weekday's name and a comma, a programme's day
  // ("Czwartek, 3.07:", "Пятніца, 12.09 –"; the day may have one digit there), also in the order
  // month-day ("Šeštadienis, 07-19.").
  std::optional<Unit> YearlessNumericAt(size_t i) const {
    static constexpr std::string_view kTimeWords[] = {
        "o",   "godz", "godzinie", "w",  "в",  "к", "около", "ok", "у",  "а",  "apie",
        "val", "nuo",  "iki",      "od", "do", "с", "до",    "з",  "да", "па", "по"};
    const Tok &a = T(i), &b = T(i + 2);
    if (a.kind != Kind::kNum || a.digits > 2 || b.kind != Kind::kNum || b.digits != 2 || !b.glued)
      return std::nullopt;  // the cheap checks first: this runs at every number
    const bool after_weekday = AfterWeekdayName(i);
    const bool month_first = after_weekday && IsPunct(i + 1, '-') && T(i + 1).glued;
    if ((a.digits != 2 && !(after_weekday && a.digits == 1)) || !(IsGluedDot(i + 1) || month_first))
      return std::nullopt;
    if (T(i + 3).kind == Kind::kNum ||
        (IsPunct(i + 3, '.') && T(i + 4).kind == Kind::kNum && T(i + 4).glued))
      return std::nullopt;  // "24.02.2025" or "1.2.3": NumericAt's or no date
    const bool dated = context_.year > 0 || context_.reference_year > 0;
    // Not a line's end or a dash: a timetable's "10.10 – przyjazd" (ProgrammeDayAt decides).
    const bool closes = (IsPunct(i + 3, ',') || IsPunct(i + 3, ';') || IsPunct(i + 3, ')')) &&
                        T(i + 4).kind != Kind::kNum;
    // "Rewizyta planowana na 14.06." ending its sentence, in a text that gives a year: a decimal or
    // a score rarely ends a sentence with two two-digit halves that make a day and a month.
    const bool ends_sentence =
        IsGluedDot(i + 3) && (T(i + 4).sentence_start || T(i + 4).kind == Kind::kEnd) && dated;
    if (!closes && !ends_sentence && !(after_weekday && dated) &&
        !(OpensSentenceInLine(i) && dated))
      return std::nullopt;
    size_t w = i > 0 && IsPunct(i - 1, '.') ? i - 2 : i - 1;
    if (i > 0 && a.value <= 24 && IsAnyWord(w, kTimeWords)) return std::nullopt;
    Unit u = month_first ? Unit{0, a.value, b.value, a.begin, b.end, i + 3}
                         : Unit{0, b.value, a.value, a.begin, b.end, i + 3};
    if (!Valid(2000, u.month, u.day)) return std::nullopt;  // 29.02 may be in a leap year
    return u;
  }

  // "2013 05 27": the ISO order with spaces, each part of its full width (4, 2 and 2 digits), only
  // on its own: a number just before or after it makes it a piece of a phone number or of a table
  // row ("08 11 58 54 41", "2013 05 27 14").
  std::optional<Unit> SpacedIsoAt(size_t i) const {
    const Tok &a = T(i), &b = T(i + 1), &c = T(i + 2);
    if (a.kind != Kind::kNum || a.digits != 4 || a.value < 1900 || a.value > 2099)
      return std::nullopt;
    for (const Tok* t : {&b, &c})
      if (t->kind != Kind::kNum || t->digits != 2 || t->glued || t->line_start) return std::nullopt;
    for (size_t back = 1; back <= 2 && back <= i; ++back)
      if (T(i - back).kind == Kind::kNum) return std::nullopt;
    if (ContinuesNumber(i) || ContinuesNumber(i + 2) || T(i + 3).kind == Kind::kNum)
      return std::nullopt;
    Unit u{a.value, b.value, c.value, a.begin, c.end, i + 3};
    if (!Valid(u.year, u.month, u.day)) return std::nullopt;
    return u;
  }

  // "27 IV 2017", "27.IV.2017": Roman month, written in capitals; without a year only where RomanAt
  // says. The month a Roman numeral at i names, in capitals ("IX"), or 0. Cyrillic text writes the
  // numerals with its own look-alike letters, and OCR reads them so: "Х" and "І" are X and I, and
  // "П" after another numeral is II ("1.ХП.2014"; a "П" alone is a letter).
  int RomanMonthAt(size_t i) const {
    if (T(i).kind != Kind::kWord || T(i).end - T(i).begin > 12) return 0;
    static constexpr std::string_view kRoman[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                                  "VII", "VIII", "IX",  "X",  "XI", "XII"};
    // OCR also reads I as "1" or "l" inside a numeral ("1Х", "lX": ReadOcrRomans glues the "1"),
    // V as the Cyrillic "У" ("УП" for VII; alone only glued to the day's dot: "5.У.2019"), and
    // III after another numeral as "Ш" ("УШ").
    static constexpr std::pair<std::string_view, std::string_view> kLookAlikes[] = {
        {"Х", "X"}, {"І", "I"}, {"П", "II"}, {"Ш", "III"}, {"У", "V"}, {"1", "I"}, {"l", "I"}};
    std::string latin;
    const std::string_view word = Str(i);
    for (size_t at = 0; at < word.size();) {
      bool replaced = false;
      for (const auto& [cyrillic, roman] : kLookAlikes) {
        const bool inside = at > 0 || cyrillic.size() < word.size();
        const bool allowed = (cyrillic != "П" && cyrillic != "Ш") || at > 0;
        const bool ocr_only = cyrillic == "1" || cyrillic == "l" || cyrillic == "У";
        if (ocr_only && !inside && !(cyrillic == "У" && T(i).glued && IsPunct(i - 1, '.')))
          continue;
        if (word.substr(at).starts_with(cyrillic) && allowed) {
          latin += roman;
          at += cyrillic.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) latin += word[at++];
    }
    auto it = std::find(std::begin(kRoman), std::end(kRoman), latin);
    return it == std::end(kRoman) ? 0 : static_cast<int>(it - std::begin(kRoman)) + 1;
  }

  // `year_optional`: the last end of a range of days may go without its year where the phrase
  // ends ("w dniach 14–16 IX."): a Roman numeral alone is more often a number. `range_end`: it
  // may anyway, a dash's range of days before it says it is a month.
  std::optional<Unit> RomanAt(size_t i, bool check_standalone = true, bool year_optional = false,
                              bool range_end = false) const {
    int day = DayAt(i, check_standalone);
    if (!day) return std::nullopt;
    size_t j = i + 1;
    if (IsGluedDot(j)) ++j;
    const int month = RomanMonthAt(j);
    if (month == 0) return std::nullopt;
    ++j;
    const size_t after_month = j;
    if (IsGluedDot(j)) ++j;
    auto y = YearAt(j, /*allow_this_year=*/true);
    // Without a year: a Roman month glued to the day by a dot ("20.IV", "14–16.X"), which is
    // written for nothing but a date, unless more of a number is glued to it ("3.IV.5" a
    // section); or the last end of a range ("w dniach 14–16 IX.", "4–6 VII wszyscy").
    const bool glued = IsGluedDot(i + 1) && T(i + 2).glued &&
                       !(T(after_month).glued && T(after_month + 1).glued &&
                         T(after_month + 1).kind == Kind::kNum);
    // So is a day and its Roman month that end their phrase, with no number before them, in a text
    // that gives the year: "Wcześniej, 11 XI, delegacja …", "wizyta zaczyna się 29 V."; not "ust.
    // 3 II" (a reference, Standalone), nor "rozdział 27 IV" in an undated text.
    const bool closes = !IsGluedDot(i + 1) && EndsPhrase(after_month) && i > 0 &&
                        T(i - 1).kind != Kind::kNum && !IsDash(T(i - 1).value) &&
                        InferredYear(month) > 0;
    if (!y && (glued || closes || (year_optional && EndsPhrase(after_month)) || range_end))
      return Unit{0, month, day, T(i).begin, T(after_month - 1).end, after_month};
    if (!y) return std::nullopt;
    Unit u{y->year, month, day, T(i).begin, y->end, y->next, y->inferred};
    if (!Valid(u.year, u.month, u.day)) return std::nullopt;
    return u;
  }

  // Lithuanian, the year first: "2018 m. kovo 16 d.", "2018-ųjų kovo 16-ąją", "2019 m. spalio
  // 3–4 d.", "2019 m. kovo mėn." / "2019 m. kovą" (a month of that year).
  size_t LithuanianAt(size_t i) {
    const Tok& t = T(i);
    if (t.kind != Kind::kNum || t.digits != 4 || t.value < 1000 || t.value > 2999) return 0;
    size_t j = MatchAny(i + 1, kLtYearWords);
    if (j == 0) j = i + 1;
    size_t k = 0;
    const MonthName* m = MonthAt(j, kDayForm | kAbbrev | kInMonth, &k);
    int year = t.value;
    // "2015 m. VIII 22 d.": a Roman month, with the day's word.
    if (int month = j > i + 1 ? RomanMonthAt(j) : 0; m == nullptr && month > 0) {
      const int day = DayAt(j + 1, false);
      return day ? LithuanianDays(year, month, day, j + 1, t.begin, /*need_day_word=*/true) : 0;
    }
    if (m == nullptr || !(m->langs & kLt)) return 0;
    if (int day = DayAt(k, false); day && (m->forms & (kDayForm | kAbbrev))) {
      return LithuanianDays(year, m->month, day, k, t.begin, /*need_day_word=*/false);
    }
    // "2019 m. gegužės mėn. 5 d.": the month's word, then the day with its word.
    if (size_t after = MatchAny(k, kLtMonthWords); after && (m->forms & (kDayForm | kAbbrev))) {
      if (int day = DayAt(after, false)) {
        if (size_t next =
                LithuanianDays(year, m->month, day, after, t.begin, /*need_day_word=*/true))
          return next;
      }
    }
    size_t end = MatchAny(k, kLtMonthWords);
    if (end == 0) end = k;
    // "2016 m. birželio penktąją": the day said as an ordinal (AtOrdinalDay reads it).
    if (end == k && OrdinalAt(k) != nullptr) return 0;
    if (!Valid(year, m->month, 0)) return 0;
    Emit(year, m->month, 0, t.begin, T(end - 1).end);
    return end;
  }

  // The day(s) of a Lithuanian date from token k ("16 d.", "3–4 d.", "16-ąją"); `begin` is where
  // the date began (the year or the month). Returns the next token, or 0.
  size_t LithuanianDays(int year, int month, int day, size_t k, size_t begin, bool need_day_word) {
    int day2 = 0;
    size_t last = k;  // token of the (last) day
    if (T(k + 1).kind == Kind::kPunct && IsDash(T(k + 1).value)) {
      if (int d2 = DayAt(k + 2, false); d2 > day) day2 = d2, last = k + 2;
    }
    size_t end = MatchAny(last + 1, kLtDayWords);
    // "spalio 15 ir 16 d.", "spalio 15, 16 d.": a pair of days, the day's word after the second.
    if (end == 0 && day2 == 0 && (IsWord(k + 1, "ir") || IsPunct(k + 1, ','))) {
      if (int d2 = DayAt(k + 2, false);
          d2 > day && Valid(year, month, d2) && Valid(year, month, day)) {
        if (size_t after = MatchAny(k + 3, kLtDayWords)) {
          Emit(year, month, day, begin, T(k).end);
          Emit(year, month, d2, T(k + 2).begin, T(after - 1).end);
          return after;
        }
      }
    }
    // "nuo spalio 8 iki 12 d.": the day's word only after the range's last day.
    if (end == 0 && day2 == 0 && IsWord(k + 1, "iki")) {
      if (int d2 = DayAt(k + 2, false); d2 > day && Valid(year, month, d2)) {
        if (size_t after = MatchAny(k + 3, kLtDayWords)) {
          EmitRange(day, begin, T(k).end,
                    Unit{year, month, d2, T(k + 2).begin, T(after - 1).end, after});
          return after;
        }
      }
    }
    // "sausio 30 – vasario 2 d.": a range across months, the day's word only after the last end.
    if (end == 0 && day2 == 0 && T(k + 1).kind == Kind::kPunct && IsDash(T(k + 1).value)) {
      if (size_t next = LithuanianNextMonthEnd(year, month, day, k, begin)) return next;
    }
    if (end == 0) {
      if (need_day_word) return 0;
      end = last + 1;
    }
    if (!Valid(year, month, day) || (day2 && !Valid(year, month, day2))) return 0;
    // "Vasario 16-osios g.", "Gedimino pr.": a street named after a date.
    for (std::string_view street : {"g", "gatvė", "gatvės", "gatvėje", "gatvę"})
      if (IsWord(end, street)) return 0;
    if (day2) {
      EmitRange(day, begin, T(k).end, Unit{year, month, day2, T(last).begin, T(end - 1).end, end});
      return end;
    }
    // "nuo gegužės 3 d. iki 5 d.": the range's end in the same month.
    if (IsWord(end, "iki")) {
      if (int d2 = DayAt(end + 1, false); d2 > day && Valid(year, month, d2)) {
        if (size_t after = MatchAny(end + 2, kLtDayWords)) {
          EmitRange(day, begin, T(end - 1).end,
                    Unit{year, month, d2, T(end + 1).begin, T(after - 1).end, after});
          return after;
        }
      }
    }
    Emit(year, month, day, begin, T(end - 1).end);
    return end;
  }

  // After the day at k ("sausio 30"), a dash, a later month's name, its day and the day's word
  // ("– vasario 2 d."): both ends as one range, the first `through` the last. The year is the
  // first end's, else the text's (the one before for a range across New Year). The next token,
  // or 0.
  size_t LithuanianNextMonthEnd(int year, int month, int day, size_t k, size_t begin) {
    size_t k2 = 0;
    const MonthName* m2 = MonthAt(k + 2, kDayForm | kAbbrev, &k2);
    if (m2 == nullptr || !(m2->langs & kLt) || m2->month == month) return 0;
    const int d2 = DayAt(k2, false);
    const size_t after = d2 ? MatchAny(k2 + 1, kLtDayWords) : 0;
    if (after == 0) return 0;
    const int year2 = year > 0 && m2->month < month ? year + 1 : year;
    if (!Valid(year, month, day) || !Valid(year2, m2->month, d2)) return 0;
    const size_t first = out_.size();
    Emit(year, month, day, begin, T(k).end);
    Emit(year2, m2->month, d2, T(k + 2).begin, T(after - 1).end);
    MarkRange(first);
    return after;
  }

  size_t AtNumber(size_t i) {
    if (!Standalone(i)) return 0;
    if (size_t next = IsoRangeAt(i)) return next;
    if (size_t next = NumericRangeAt(i)) return next;
    if (auto u = NumericAt(i)) {
      Emit(*u);
      return u->next;
    }
    if (size_t next = ProgrammeDayAt(i)) return next;
    if (auto u = SpacedIsoAt(i)) {
      Emit(*u);
      return u->next;
    }
    // "12-14.05.2019": a range of days in a numeric date.
    if (int d1 = DayAt(i, false); d1 && T(i + 1).kind == Kind::kPunct && IsDash(T(i + 1).value) &&
                                  T(i + 1).glued && T(i + 2).glued) {
      std::optional<Unit> v = NumericAt(i + 2);
      if (!v && T(i).digits == 2) v = YearlessNumericAt(i + 2);
      if (v) {
        EmitRange(d1, T(i).begin, T(i).end, *v);
        return v->next;
      }
    }
    if (auto u = YearlessNumericAt(i)) {
      Emit(*u);
      return u->next;
    }
    if (auto u = RomanAt(i)) {
      Emit(*u);
      return u->next;
    }
    if (size_t next = LithuanianAt(i)) return next;
    if (auto u = DayMonthAt(i, true)) {
      // "30 marca – 2 kwietnia 2023 r.": the first end takes the second's year (the one before
      // if the range crosses New Year: "30 grudnia – 2 stycznia 2019").
      const size_t c = ConnectorAt(u->next);
      const std::optional<Unit> v = c ? DayMonthAt(c, false) : std::nullopt;
      if (u->year == 0 && v && v->year != 0) {
        u->year = v->year;
        u->inferred = v->inferred;
        if (u->year > 0 && u->month > v->month) --u->year;
      }
      const size_t first = out_.size();
      Emit(*u);
      if (!v || PairConnectorAt(u->next) || out_.size() != first + 1) return u->next;
      Emit(*v);
      MarkRange(first);
      return v->next;
    }
    if (size_t next = DayListAt(i)) return next;
    // "30–31 marca", "с 24 по 26 мая", "3 i 4 maja", "26–27 VIII 2017 r.", "16– 22.10.2022",
    // "między 3 a 5 maja": a bare day, then a full date.
    if (int d1 = DayAt(i, true)) {
      bool pair = false;
      if (size_t c = RangeConnectorAt(i, &pair)) {
        std::optional<Unit> v = DayMonthAt(c, false);
        if (!v && !pair) v = RomanAt(c, false, /*year_optional=*/true, /*range_end=*/true);
        if (!v) v = RomanAt(c, false);
        if (!v) v = NumericAt(c);
        if (v) {
          EmitRange(d1, T(i).begin, T(i).end, *v, pair);
          return v->next;
        }
      }
    }
    return 0;
  }

  // "14, 15 i 16 września", "3, 4 и 5 мая": bare days separated by commas, then "and" and a day
  // with its month: each day a date. Where the list ends, or 0.
  size_t DayListAt(size_t i) {
    if (!DayAt(i, true)) return 0;
    std::vector<size_t> days{i};
    size_t k = i + 1;  // the token after the last listed day
    while (IsPunct(k, ',') && !T(k + 1).glued && DayAt(k + 1, false) &&
           (IsPunct(k + 2, ',') || PairConnectorAt(k + 2))) {
      days.push_back(k + 1);
      k += 2;
    }
    if (days.size() < 2 || !PairConnectorAt(k)) return 0;
    const std::optional<Unit> v = DayMonthAt(k + 1, false);
    if (!v) return 0;
    for (size_t d : days)
      if (!Valid(v->year, v->month, T(d).value)) return 0;
    for (size_t d : days) Emit(v->year, v->month, T(d).value, T(d).begin, T(d).end, v->inferred);
    Emit(*v);
    return v->next;
  }

  // After the bare day at i, where the range's or pair's second end starts, or 0; *pair for a pair
  // ("3 i 4 maja"). "Between" makes "and" a range: "między 3 a 5 maja", "между 3 и 5 мая".
  size_t RangeConnectorAt(size_t i, bool* pair) const {
    const size_t after = AfterDay(i);
    static constexpr std::string_view kBetween[] = {"między", "pomiędzy", "между", "паміж", "tarp"};
    if (i > 0 && IsAnyWord(i - 1, kBetween) && (IsWord(after, "a") || PairConnectorAt(after)))
      return after + 1;
    *pair = PairConnectorAt(after);
    return ConnectorAt(after);
  }

  // The two dates emitted from out_[first] on are the ends of a range across months ("30 czerwca –
  // 2 lipca"): one mention, the first end `through` the last, and the first day the anchor of "на
  // второй день".
  void MarkRange(size_t first) {
    if (out_.size() != first + 2 || out_[first].iso.size() != 10 ||
        out_[first + 1].iso.size() != 10 || !(out_[first].iso < out_[first + 1].iso))
      return;
    out_[first].through = out_[first + 1].iso;
    const std::string& iso = out_[first].iso;
    if (iso[0] != '-') {
      context_.last_start = {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                             std::stoi(iso.substr(8, 2))};
      if (context_.last.day > 0) {
        context_.stay_start = context_.last_start;
        context_.stay_end = context_.last;
      }
    }
  }

  // "30.11–2.12.2019", "28.06 – 2.07.2019 r.", "30.11.2019–2.12.2019": a day and month (and its
  // year, else the last end's), a dash, and a numeric date. Where it ends, or 0.
  size_t NumericRangeAt(size_t i) {
    if (!DayAt(i, false) || !IsGluedDot(i + 1) || T(i + 2).kind != Kind::kNum || !T(i + 2).glued ||
        T(i + 2).digits > 2)
      return 0;
    size_t k = i + 3;
    int year = 0;
    if (IsGluedDot(k) && T(k + 1).kind == Kind::kNum && T(k + 1).glued && T(k + 1).digits == 4) {
      year = T(k + 1).value;
      k += 2;
    }
    if (T(k).kind != Kind::kPunct || !IsDash(T(k).value)) return 0;
    const std::optional<Unit> v = NumericAt(k + 1);
    if (!v || !IsPunct(k + 2, '.') || T(k + 1).digits > 2) return 0;  // day first, with dots
    const int month = T(i + 2).value, day = T(i).value;
    if (year == 0) year = v->year - (month > v->month ? 1 : 0);
    if (!Valid(year, month, day)) return 0;
    const size_t first = out_.size();
    Emit(year, month, day, T(i).begin, T(k - 1).end);
    Emit(*v);
    MarkRange(first);
    return v->next;
  }

  // "2010-07-09–11": an ISO date, then a dash and the range's last day. Where it ends, or 0.
  size_t IsoRangeAt(size_t i) {
    auto glued_num = [&](size_t k, int max_digits) {
      return T(k).kind == Kind::kNum && T(k).glued && T(k).digits <= max_digits;
    };
    if (T(i).kind != Kind::kNum || T(i).digits != 4 || !IsPunct(i + 1, '-') ||
        !glued_num(i + 2, 2) || !IsPunct(i + 3, '-') || !glued_num(i + 4, 2) ||
        T(i + 5).kind != Kind::kPunct || !IsDash(T(i + 5).value) || !T(i + 5).glued ||
        !glued_num(i + 6, 2) || ContinuesNumber(i + 6))
      return 0;
    const Unit last{T(i).value,     T(i + 2).value, T(i + 6).value,
                    T(i + 6).begin, T(i + 6).end,   i + 7};
    if (last.year < 1000 || !Valid(last.year, last.month, last.day) || T(i + 4).value >= last.day ||
        T(i + 4).value < 1)
      return 0;
    EmitRange(T(i + 4).value, T(i).begin, T(i + 4).end, last);
    return last.next;
  }

  // "24.07 – przyjazd": a day and month at the start of a line of a programme, a dash or a colon
  // after it. Only where every such line of the text is a valid day and month, and there are two
  // or more: a timetable ("10.30 – obiad") is no programme of days. Where it ends, or 0.
  size_t ProgrammeDayAt(size_t i) {
    if (!T(i).line_start || !IsProgrammeLine(i)) return 0;
    if (programme_days_ < 0) {
      int days = 0;
      bool all_valid = true;
      for (size_t k = 0; k < toks_.size(); ++k) {
        if (!toks_[k].line_start || !IsProgrammeLine(k)) continue;
        ++days;
        all_valid = all_valid && Valid(0, T(k + 2).value, T(k).value);
      }
      programme_days_ = all_valid && days >= 2 ? 1 : 0;
    }
    if (programme_days_ == 0 || !Valid(0, T(i + 2).value, T(i).value)) return 0;
    Emit(0, T(i + 2).value, T(i).value, T(i).begin, T(i + 2).end);
    return i + 3;
  }

  // The tokens at i are "DD.MM" (two-digit month) and a dash or colon after them; a one-digit day
  // only before a zero ("5.08"): "1.10 – Zakres" numbers a section.
  bool IsProgrammeLine(size_t i) const {
    return T(i).kind == Kind::kNum && T(i).digits <= 2 && IsGluedDot(i + 1) &&
           (T(i).digits == 2 || T(i + 2).value < 10) && T(i + 2).kind == Kind::kNum &&
           T(i + 2).glued && T(i + 2).digits == 2 && !ContinuesNumber(i + 2) &&
           T(i + 3).kind == Kind::kPunct && (IsDash(T(i + 3).value) || T(i + 3).value == ':');
  }

  // Dates that start with the month: "marca 2019 r." / "в марте 2019 года" (month of a year) and
  // Lithuanian "kovo 16 d." / "š. m. kovo 16 d.".
  // Lithuanian order, the Roman month first and no year ("– IX 12 Aknystėje", "IX.12 perduota",
  // "XI 5 d."): a numeral of two letters or more (a lone "V" or "X" is more often a letter) where
  // an item, a sentence or a clause starts (a line, a capital after a full stop, or after a dash,
  // a colon or a comma), or inside a sentence before the day's word or the phrase's end ("šventę
  // IX 12, o …"), then a day that ends the number. Where it ends, or 0. A one-letter numeral
  // counts glued by a dot to its day, inside a line of a dated text ("…; V.15 delegacija
  // atvyko"): an initial has a space after its dot, an outline's "V.1" starts its line.
  size_t AtRomanMonthFirst(size_t i) {
    const int month = RomanMonthAt(i);
    if (month == 0) return 0;
    const Tok& p = T(i - 1);
    if (T(i).end - T(i).begin < 2 &&
        (i == 0 || T(i).line_start || !IsGluedDot(i + 1) || !T(i + 2).glued ||
         T(i + 2).kind != Kind::kNum || InferredYear(month) == 0))
      return 0;
    const bool item_start = i == 0 || T(i).line_start ||
                            (p.kind == Kind::kPunct && (IsDash(p.value) || p.value == ':' ||
                                                        p.value == ',' || p.value == ';'));
    // Where a sentence starts or inside one, only in a text that gives the year: "3.IV.5" and
    // "IV 12" in an undated text are more often numbers.
    const bool dated_text = InferredYear(month) > 0;
    const bool sentence_start = T(i).sentence_start && !T(i).glued && dated_text;
    size_t d = i + 1;
    if (IsGluedDot(d) && T(d + 1).glued) {
      ++d;
    } else if (T(d).glued) {
      return 0;
    }
    const int day = DayAt(d, false);
    if (day == 0 || ContinuesNumber(d) || (IsGluedDot(d + 1) && T(d + 2).kind == Kind::kNum) ||
        (T(d + 1).kind == Kind::kNum))
      return 0;
    const size_t next = std::max(d + 1, MatchAny(d + 1, kLtDayWords));
    // Inside a sentence, only a day with its word or one that ends its phrase: "šventę IX 12, o
    // …", "vyks IX 12 d."; "IX 12 osób" counts people.
    if (!item_start && !sentence_start && (!dated_text || (next == d + 1 && !EndsPhrase(next))))
      return 0;
    Emit(0, month, day, T(i).begin, T(next - 1).end);
    return next;
  }

  size_t AtMonthWord(size_t i) {
    // "31 lutego 2017", "31-го февраля 2017" were refused as a day.
    if (i > 0 && (T(i - 1).kind == Kind::kNum || IsOrdinalEnding(i - 1))) return 0;
    size_t k = 0;
    const MonthName* m = MonthAt(i, kDayForm | kAbbrev | kInMonth, &k);
    if (m == nullptr) return 0;
    // "май–жнівень 2019 г.", "od marca do maja 2019 r.": two months of one year.
    if (size_t c = ConnectorAt(k)) {
      size_t k2 = 0;
      const MonthName* m2 = MonthAt(c, kDayForm | kAbbrev | kInMonth, &k2);
      if (m2 != nullptr && m2->month > m->month) {
        if (auto y = YearAt(k2, /*allow_this_year=*/false); y && Valid(y->year, m->month, 0)) {
          Emit(y->year, m->month, 0, T(i).begin, T(k - 1).end);
          Emit(y->year, m2->month, 0, T(c).begin, y->end);
          return y->next;
        }
      }
    }
    if (auto y = YearAt(k, /*allow_this_year=*/false)) {
      if (!Standalone(k) || !Valid(y->year, m->month, 0)) return 0;
      Emit(y->year, m->month, 0, T(i).begin, y->end);
      return y->next;
    }
    int day = DayAt(k, true);
    // "жнівень 12, 2019 г.", "Sierpień 12, 2019 r.": the month first, as in a dateline; only with
    // its year, since "do marca 3 razy" is no date.
    if (day && (m->forms & (kDayForm | kAbbrev))) {
      const size_t year_at = IsPunct(k + 1, ',') ? k + 2 : k + 1;
      if (auto y = YearAt(year_at, /*allow_this_year=*/false); y && Valid(y->year, m->month, day)) {
        Emit(y->year, m->month, day, T(i).begin, y->end);
        return y->next;
      }
    }
    // "September 19–21", "жнівень 12–14 2019 г.": the month's name, then a range of its days,
    // with its year or ending the phrase.
    if (day && (m->forms & kNominative) && T(k + 1).kind == Kind::kPunct &&
        IsDash(T(k + 1).value) && T(k + 1).glued && T(k + 2).glued && !ContinuesNumber(k + 2)) {
      if (const int last = DayAt(k + 2, false); last > day) {
        const size_t year_at = IsPunct(k + 3, ',') ? k + 4 : k + 3;
        const std::optional<Unit> y = YearAt(year_at, /*allow_this_year=*/false);
        if ((y || EndsPhrase(k + 3)) && Valid(y ? y->year : 0, m->month, last)) {
          const Unit end{y ? y->year : 0,           m->month,           last, T(k + 2).begin,
                         y ? y->end : T(k + 2).end, y ? y->next : k + 3};
          EmitRange(day, T(i).begin, T(k).end, end);
          return end.next;
        }
      }
    }
    // "жнівень 12", "Sierpień 14, czwartek": without a year only the nominative, the name of the
    // month (a genitive before a number is "do marca 3 razy"), and only where the day ends the
    // phrase: "май 9 человек" is a count.
    if (day && (m->forms & kNominative) && !ContinuesNumber(k) && EndsPhrase(k + 1)) {
      Emit(0, m->month, day, T(i).begin, T(k).end);
      return k + 1;
    }
    // "У снежні, 13-га", "в декабре, 13-го": the month it is in, then the day as an ordinal.
    if (!day && (m->forms & kInMonth) && IsPunct(k, ',')) {
      if (int d = DayAt(k + 1, true); d && IsOrdinalEnding(k + 3) && Valid(0, m->month, d)) {
        Emit(0, m->month, d, T(i).begin, T(k + 3).end);
        return k + 4;
      }
    }
    if (!day || !(m->langs & kLt) || !(m->forms & (kDayForm | kAbbrev))) return 0;
    // "renginys – Vasario 16-osios minėjimas": a capital inside a sentence names a holiday, a
    // school or a street, as "ul. 3 Maja" does.
    if (i > 0 && !T(i).sentence_start && !T(i).line_start && IsCapitalized(Str(i))) return 0;
    int year = 0;
    size_t begin = T(i).begin;
    for (size_t back : {size_t{4}, size_t{2}}) {  // "š. m." / "šių metų" before the month
      if (i >= back && MatchAny(i - back, kLtThisYearWords) == i) {
        year = kThisYear;
        begin = T(i - back).begin;
        break;
      }
    }
    return LithuanianDays(year, m->month, day, k, begin, /*need_day_word=*/true);
  }

  std::string_view text_;
  std::vector<Tok> toks_;
  int reference_year_;
  YearContext& context_;
  struct OuterYear {
    int year, month;
    YearScope scope;
  } outer_{0, 0, YearScope::kDocument};  // the context's year around a clause of another's
  CalendarDay now_;           // the date of the text's last dateline (IsDateline); day 0 = none yet
  mutable std::string fold_;  // Folded()'s buffer
  std::string first_;         // AtRelativeWord's folded word
  int programme_days_ = -1;  // ProgrammeDayAt: the text's "DD.MM –" lines are days; -1 = not known
  std::vector<DateMention> out_;
};

// Whether `text` has a word that is an ordinal day (date_ordinals.h): a text without a digit has
// a date only then.
bool HasOrdinalDayWord(std::string_view text) {
  std::string folded;
  for (size_t i = 0; i < text.size();) {
    size_t begin = i;
    while (i < text.size()) {
      size_t at = i;
      if (!IsWordChar(DecodeAt(text, i))) {
        i = at;
        break;
      }
    }
    if (i > begin) {
      const std::string_view word = text.substr(begin, i - begin);
      if (MayBeOrdinalDay(word)) {
        FoldWordInto(word, &folded);
        if (LookupOrdinalDay(folded) != nullptr) return true;
      }
    } else {
      DecodeAt(text, i);
    }
  }
  return false;
}

}  // namespace

std::vector<DateMention> TagDates(std::string_view text, YearContext& context) {
  // Every date has a digit, or follows one (a relative date), or says its day as an ordinal word
  // ("pierwszego dnia lipca"); most lines of prose have none of these.
  if (context.last.day == 0 &&
      std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      !HasOrdinalDayWord(text)) {
    context.heading_read = true;  // a first text without a digit names no year in its heading
    return {};
  }
  return Matcher(text, context).Run();
}

std::vector<DateMention> TagDates(std::string_view text, int reference_year) {
  YearContext context{.reference_year = reference_year};
  return TagDates(text, context);
}

}  // namespace twindex::tag
