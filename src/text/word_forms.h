// WordForms: everything twindex indexes for one word. The indexer and the query parser both call
// MakeWordForms on every word Tokenize cuts, so a document word and a query word that mean the
// same thing get the same terms by construction.
//
// For a word as cut by ICU's word BreakIterator (UTF-8; ill-formed bytes become U+FFFD):
// - `exact`: apostrophe variants (’ ‘ ʼ ` ′ ´ ʹ ʻ ‛) become U+0027 and are trimmed from the word's
//   ends; look-alike letters of the other script are repaired (below); then ICU NFKC_Casefold folds
//   case, ligatures ("ﬁ" -> "fi") and compatibility forms and drops soft hyphens and zero-width
//   characters.
// - Homoglyph repair: letters whose glyph exists in both Latin and Cyrillic (a/а, c/с, e/е, i/і,
//   k/к, o/о, p/р, x/х, y/у in both cases; B/В, H/Н, M/М, T/Т only as capitals, since b/в, h/н,
//   m/м, t/т do not look alike) do not vote. Of the letters that do, the script with more wins
//   and the other script's look-alikes are converted to it (a Latin i in a Cyrillic word becomes
//   Belarusian і). A tie, including a word made only of look-alikes ("рос" could be Latin "poc"),
//   is kept as written.
// - `folded`: `exact` without diacritics, or "" if that is `exact`. Latin letters fold as ICU's
//   Latin-ASCII does ("łódź" -> "lodz", "šiauliai" -> "siauliai", "æ" -> "ae"); combining marks
//   (Russian stress marks) are dropped. Cyrillic folds only ё -> е: й, ў, і, ї are letters of their
//   own, and folding them would merge different words.
// - `romanized`: for a Cyrillic word only, its romanizations (BGN/PCGN, Polish and Lithuanian
//   conventions, for Russian and/or Belarusian as the word's letters allow), each folded to
//   lowercase ASCII letters and digits, distinct, in a fixed order. "лукашэнка" gives
//   "lukashenka", "lukaszenka", "lukasenka".
// - `script`: the script with the most letters in `exact` (a tie goes to the first letter's);
//   kOther for words without Latin or Cyrillic letters, e.g. numbers.
//
// Words longer than kMaxWordFormsBytes are returned unchanged in `exact` with no other forms and
// script kOther (Tokenize drops them anyway). `exact` can be empty (a word of apostrophes only).
// Thread-safe; ICU objects that cannot be shared are kept per thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::text {

struct WordForms {
  enum class Script { kLatin, kCyrillic, kOther };

  std::string exact;                   // case-folded, typographic and OCR noise repaired
  std::string folded;                  // `exact` without diacritics; "" if equal to exact
  std::vector<std::string> romanized;  // Cyrillic words only: distinct ASCII romanizations
  Script script = Script::kOther;      // dominant script of `exact`
};

WordForms MakeWordForms(std::string_view utf8_word);

// MakeWordForms(utf8_word).exact alone (the term a page holds for the word), without the cost of
// the other forms.
std::string ExactForm(std::string_view utf8_word);

// The diacritic-free form: MakeWordForms(utf8_word).folded, or .exact when nothing folds; without
// computing romanizations (whose ICU transliterators take ~15 ms to start in a process).
std::string FoldedForm(std::string_view utf8_word);

// The word starts with an upper-case letter: a name, or a sentence's first word.
bool StartsWithCapital(std::string_view utf8_word);

inline constexpr size_t kMaxWordFormsBytes = 64;

}  // namespace twindex::text
