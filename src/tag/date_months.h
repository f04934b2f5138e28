// Month names of Polish, Belarusian, Lithuanian and Russian for the date tagger: one table, built
// once (thread-safe) from ICU's DateFormatSymbols (format = genitive, standalone = nominative, wide
// and abbreviated) plus the "in <month>" forms ICU does not have, derived by a small rule table
// (date_months.cc). Lookup is case-insensitive and also accepts Latin names typed without
// diacritics ("wrzesnia", "geguzes") or read by OCR with another letter's ("birżelio").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace twindex::tag {

enum MonthForm : uint8_t {
  kDayForm = 1,  // genitive or nominative: follows a day number ("27 kwietnia", "kovo 16 d.")
  kAbbrev = 2,   // ICU's abbreviation ("kwi", "нояб", "kov"): needs a "." or a year after it
  kInMonth = 4,  // locative / accusative "in March" (w marcu, в марте, у сакавіку, kovą)
  kNominative = 8,  // the month's name on its own (sierpień, жнівень, август, rugpjūtis): may come
                    // before a day ("жнівень 12"); also has kDayForm
};

// English and German names are read too: invitations, posters and quotes in a Polish or
// Lithuanian text write them ("September 19–21", "3 March 2015", "3. März 2015").
enum MonthLang : uint8_t { kPl = 1, kBe = 2, kLt = 4, kRu = 8, kEn = 16, kDe = 32 };

struct MonthName {
  uint8_t month = 0;  // 1..12
  uint8_t forms = 0;  // MonthForm bits
  uint8_t langs = 0;  // MonthLang bits
};

// The month a word names, or nullptr. `word` is one word of UTF-8 text, without a trailing ".".
const MonthName* LookupMonth(std::string_view word);

// Case-folded (ICU default folding) UTF-8 of `word`, appended to nothing: a fresh string.
std::string FoldWord(std::string_view word);
// The same into `*out` (replacing its contents): a caller that folds many words reuses one buffer.
void FoldWordInto(std::string_view word, std::string* out);

}  // namespace twindex::tag
