// Day numbers written as ordinal words, for the date tagger: "pierwszego dnia lipca", "первого
// мая", "пятнадцатого сентября", "першага студзеня", "pirmąją rugsėjo dieną", "dwudziestego
// pierwszego maja", "двадцать пятого июня", "дваццаць першага", "dvidešimt pirmąją".
//
// One table, built once (thread-safe) from each language's ordinals 1–20 and 30 in the case a day
// of the month takes (Polish, Russian, Belarusian genitive; Russian and Belarusian neuter
// nominative "первое мая", "першае мая"; Lithuanian definite feminine accusative, nominative and
// genitive "pirmąją", "pirmoji", "pirmosios"), plus the tens a compound day starts with: Polish
// by its ordinal ("dwudziestego", "trzydziestego"), the others by the cardinal ("двадцать",
// "дваццаць", "dvidešimt"). Lookup is of a case-folded word.
#pragma once

#include <cstdint>
#include <string_view>

namespace twindex::tag {

struct OrdinalDay {
  uint8_t value = 0;  // 1..20 or 30: the day it names on its own; 0: only a compound's tens
  uint8_t tens = 0;   // 20 or 30 where it can start a compound ("dwudziestego", "двадцать")
  uint8_t langs = 0;  // MonthLang bits (date_months.h)
};

// The ordinal a case-folded word is, or nullptr.
const OrdinalDay* LookupOrdinalDay(std::string_view folded);

// Whether a word (as written) may be an ordinal of the table, by its last letters: the tagger
// asks this of words before folding them, and turns most words away here.
bool MayBeOrdinalDay(std::string_view word);

}  // namespace twindex::tag
