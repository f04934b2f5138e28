#include "tag/date_ordinals.h"

#include <string>
#include <unordered_map>

#include "tag/date_months.h"

namespace twindex::tag {
namespace {

using Table = std::unordered_map<std::string, OrdinalDay>;

// The ordinals 1..20, then 30, in the genitive (pl, ru, be) or the definite accusative (lt), as
// a day of the month is said: "pierwszego maja", "первого мая", "першага мая", "gegužės pirmąją".
constexpr std::string_view kPolish[21] = {
    "pierwszego",   "drugiego",      "trzeciego",    "czwartego",       "piątego",
    "szóstego",     "siódmego",      "ósmego",       "dziewiątego",     "dziesiątego",
    "jedenastego",  "dwunastego",    "trzynastego",  "czternastego",    "piętnastego",
    "szesnastego",  "siedemnastego", "osiemnastego", "dziewiętnastego", "dwudziestego",
    "trzydziestego"};
constexpr std::string_view kRussian[21] = {
    "первого",       "второго",      "третьего",       "четвёртого",     "пятого",
    "шестого",       "седьмого",     "восьмого",       "девятого",       "десятого",
    "одиннадцатого", "двенадцатого", "тринадцатого",   "четырнадцатого", "пятнадцатого",
    "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого",
    "тридцатого"};
constexpr std::string_view kBelarusian[21] = {
    "першага",       "другога",      "трэцяга",        "чацвёртага",      "пятага",
    "шостага",       "сёмага",       "восьмага",       "дзявятага",       "дзясятага",
    "адзінаццатага", "дванаццатага", "трынаццатага",   "чатырнаццатага",  "пятнаццатага",
    "шаснаццатага",  "сямнаццатага", "васямнаццатага", "дзевятнаццатага", "дваццатага",
    "трыццатага"};
constexpr std::string_view kLithuanian[21] = {
    "pirmąją",       "antrąją",         "trečiąją",        "ketvirtąją",     "penktąją",
    "šeštąją",       "septintąją",      "aštuntąją",       "devintąją",      "dešimtąją",
    "vienuoliktąją", "dvyliktąją",      "tryliktąją",      "keturioliktąją", "penkioliktąją",
    "šešioliktąją",  "septynioliktąją", "aštuonioliktąją", "devynioliktąją", "dvidešimtąją",
    "trisdešimtąją"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Swap(std::string_view s, std::string_view suffix, std::string_view with) {
  return std::string(s.substr(0, s.size() - suffix.size())) + std::string(with);
}

void Add(Table& t, std::string_view word, int value, int tens, MonthLang lang) {
  OrdinalDay& o = t[std::string(word)];
  if (value) o.value = static_cast<uint8_t>(value);
  if (tens) o.tens = static_cast<uint8_t>(tens);
  o.langs |= lang;
}

// Adds the word at index i of a language's list (1..20, 30) and the other forms a day takes.
void AddOrdinal(Table& t, std::string_view genitive, int i, MonthLang lang) {
  const int value = i < 20 ? i + 1 : 30;
  const int tens = value == 20 || value == 30 ? value : 0;
  // Polish says a compound day's tens as an ordinal ("dwudziestego pierwszego").
  Add(t, genitive, value, lang == kPl ? tens : 0, lang);
  switch (lang) {
    case kRu:  // "первое мая", "третье октября"; "четвертого" written without its dots
      if (EndsWith(genitive, "ьего")) Add(t, Swap(genitive, "его", "е"), value, 0, lang);
      if (EndsWith(genitive, "ого")) Add(t, Swap(genitive, "ого", "ое"), value, 0, lang);
      if (genitive == "четвёртого") {
        Add(t, "четвертого", value, 0, lang);
        Add(t, "четвертое", value, 0, lang);
      }
      break;
    case kBe:  // "першае мая", "трэцяе", "другое"
      if (EndsWith(genitive, "яга")) Add(t, Swap(genitive, "яга", "яе"), value, 0, lang);
      if (EndsWith(genitive, "ага")) Add(t, Swap(genitive, "ага", "ае"), value, 0, lang);
      if (EndsWith(genitive, "ога")) Add(t, Swap(genitive, "ога", "ое"), value, 0, lang);
      break;
    case kLt:  // nominative "rugsėjo pirmoji", genitive "rugsėjo pirmosios"
      Add(t, Swap(genitive, "ąją", "oji"), value, 0, lang);
      Add(t, Swap(genitive, "ąją", "osios"), value, 0, lang);
      break;
    case kPl:
    case kEn:
    case kDe:
      break;
  }
}

Table BuildTable() {
  Table t;
  for (int i = 0; i < 21; ++i) {
    AddOrdinal(t, kPolish[i], i, kPl);
    AddOrdinal(t, kRussian[i], i, kRu);
    AddOrdinal(t, kBelarusian[i], i, kBe);
    AddOrdinal(t, kLithuanian[i], i, kLt);
  }
  // The tens of a compound day, said as a cardinal: "двадцать пятого", "дваццаць першага",
  // "dvidešimt pirmąją".
  Add(t, "двадцать", 0, 20, kRu);
  Add(t, "тридцать", 0, 30, kRu);
  Add(t, "дваццаць", 0, 20, kBe);
  Add(t, "трыццаць", 0, 30, kBe);
  Add(t, "dvidešimt", 0, 20, kLt);
  Add(t, "trisdešimt", 0, 30, kLt);
  return t;
}

}  // namespace

const OrdinalDay* LookupOrdinalDay(std::string_view folded) {
  static const Table table = BuildTable();  // built once, then read-only
  auto it = table.find(std::string(folded));
  return it == table.end() ? nullptr : &it->second;
}

bool MayBeOrdinalDay(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"ego", "ого", "его", "ое",   "ье", "ать",
                                                  "ага", "ога", "яга", "ае",   "яе", "аць",
                                                  "ąją", "oji", "imt", "osios"};
  if (word.size() < 5) return false;
  for (std::string_view e : kEndings)
    if (EndsWith(word, e)) return true;
  return false;
}

}  // namespace twindex::tag
