#include "extract/charset_score.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <vector>

namespace twindex::extract {
namespace {

#include "extract/data/charset_bigrams.inc"

constexpr size_t kLanguageCount = std::size(kPairLanguages);
static_assert(kLanguageCount == std::size(kUnseenPairCost));

// Costs of what is not a letter pair, in the pairs' unit (1/12 nat). A wrong code page turns
// letters into symbols, which cost no letter pairs, so a symbol must cost more than a likely
// letter (a pair costs 3-10 nat) and an odd one about as much as an unseen pair (16 nat).
constexpr int kOddSymbol = 200;     // a symbol outside the usual typography: "¶", "╬"
constexpr int kTypography = 120;    // usual but rarer than a letter: "„", "—", "€"
constexpr int kSymbolInWord = 100;  // a symbol between letters, where a letter stood: "o¶wiaty"
// A symbol right after a word that is no closing mark ("kultur«"); a quote standing alone.
constexpr int kSymbolAfterWord = 100;
constexpr int kCaseInsideWord = 150;  // upper after lower within a word: "wSPÓŁPRACA"
constexpr int kMixedScripts = 100;    // Latin and Cyrillic letters in one word
constexpr int kControl = 400;         // C0/C1 control or U+FFFD: no text holds these

// Non-ASCII punctuation these languages' texts use; anything else is odd.
constexpr std::u16string_view kTypographySymbols = u"«»„“”‘’‚–—…§№€\u00AD";
// What may stand inside a word: apostrophes (Belarusian "аб’ява") and hyphens.
constexpr std::u16string_view kInsideWord = u"'’\u2010\u2011\u00AD";
// Quotation marks: they cling to a word, and one with space on both sides is a letter gone wrong
// ("‘ тех пор" for "С тех пор").
constexpr std::u16string_view kQuotes = u"«»„“”‘’‚";
// What may close a word: closing quotation marks, the ellipsis.
constexpr std::u16string_view kClosing = u"»”“’…";
constexpr std::u16string_view kApostrophes = u"'’";

bool Contains(std::u16string_view set, UChar32 c) {
  return c <= 0xFFFF && set.find(static_cast<char16_t>(c)) != std::u16string_view::npos;
}

// Symbols of the pair table: 0 for a letter the table does not know, 1 for a word boundary.
using SymbolId = uint8_t;
constexpr SymbolId kUnknown = 0;
constexpr SymbolId kBoundary = 1;

// What scoring needs to know about one code point.
struct CharClass {
  bool letter = false;
  bool upper = false;
  bool lower = false;
  bool latin = false;
  bool cyrillic = false;
  bool space = false;
  bool quote = false;          // in kQuotes
  bool inside_word = false;    // non-ASCII and in kInsideWord
  bool closing = false;        // non-ASCII and in kClosing
  SymbolId symbol = kUnknown;  // of the lower-case form of a letter; of an apostrophe
  int16_t cost = 0;            // of a non-letter
};

// The letter-pair costs as a dense matrix over the symbols that occur in them.
class PairTable {
 public:
  PairTable() {
    ids_.fill(kUnknown);
    ids_[' '] = kBoundary;
    size_t count = 2;
    for (const PairCost& pair : kPairCosts) {
      for (char16_t c : {pair.first, pair.second}) {
        if (c < ids_.size() && ids_[c] == kUnknown) ids_[c] = static_cast<SymbolId>(count++);
      }
    }
    size_ = count;
    costs_.assign(size_ * size_, {});
    for (auto& row : costs_)
      std::copy(std::begin(kUnseenPairCost), std::end(kUnseenPairCost), row.begin());
    for (const PairCost& pair : kPairCosts) {
      std::copy(std::begin(pair.cost), std::end(pair.cost),
                costs_[Id(pair.first) * size_ + Id(pair.second)].begin());
    }
  }

  SymbolId Id(UChar32 c) const { return c >= 0 && c < kLimit ? ids_[c] : kUnknown; }

  const std::array<uint8_t, kLanguageCount>& Cost(SymbolId first, SymbolId second) const {
    return costs_[first * size_ + second];
  }

 private:
  static constexpr UChar32 kLimit = 0x500;  // Latin and Cyrillic
  std::array<SymbolId, kLimit> ids_;
  size_t size_ = 0;
  std::vector<std::array<uint8_t, kLanguageCount>> costs_;
};
static_assert(std::size(kPairCosts) > 0);

const PairTable& Pairs() {
  static const PairTable& table = *new PairTable;
  return table;
}

CharClass Classify(UChar32 c) {
  CharClass cls;
  cls.letter = u_isalpha(c);
  cls.space = u_isUWhiteSpace(c);
  cls.quote = Contains(kQuotes, c);
  cls.inside_word = c >= 0x80 && Contains(kInsideWord, c);
  cls.closing = c >= 0x80 && Contains(kClosing, c);
  if (!cls.letter) {
    if (Contains(kApostrophes, c)) cls.symbol = Pairs().Id('\'');
    if (c < 0x20 || c == 0x7F) {
      cls.cost = c == '\t' || c == '\n' || c == '\r' || c == '\f' ? 0 : kControl;
    } else if (c >= 0x80) {
      const bool control = c == 0xFFFD || u_charType(c) == U_CONTROL_CHAR;
      cls.cost = control                           ? kControl
                 : cls.space                       ? 0
                 : Contains(kTypographySymbols, c) ? kTypography
                                                   : kOddSymbol;
    }
    return cls;
  }
  cls.upper = u_isupper(c);
  cls.lower = u_islower(c);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  cls.latin = script == USCRIPT_LATIN;
  cls.cyrillic = script == USCRIPT_CYRILLIC;
  cls.symbol = Pairs().Id(u_tolower(c));
  return cls;
}

// Single-byte code pages decode to code points below U+0500 (Latin, Cyrillic) and in U+2000-U+25FF
// (punctuation, symbols, box drawing), so a table of those spares nearly all ICU property lookups.
const CharClass& ClassOf(UChar32 c, CharClass& scratch) {
  static constexpr UChar32 kTableSize = 0x2600;
  static const auto& table = *[] {
    auto* table = new std::array<CharClass, kTableSize>;
    for (UChar32 c = 0; c < kTableSize; ++c) (*table)[c] = Classify(c);
    return table;
  }();
  if (c < kTableSize) return table[c];
  scratch = Classify(c);
  return scratch;
}

}  // namespace

int64_t Plausibility(std::u16string_view text) {
  const PairTable& pairs = Pairs();
  std::array<int64_t, kLanguageCount> cost{};  // of the letter pairs, by language
  int64_t shared = 0;                          // what costs the same whatever the language
  struct {
    SymbolId last = kBoundary;  // previous letter (or apostrophe) of the word
    bool last_was_lower = false;
    bool latin = false;
    bool cyrillic = false;
  } word;
  bool glued_symbol = false;  // the previous character was a symbol right after a letter
  UChar32 previous = 0;
  bool after_space = true;   // the previous character was a space, or there was none
  bool loose_quote = false;  // the previous character was a quote after a space
  CharClass scratch;

  const auto add_pair = [&](SymbolId first, SymbolId second) {
    const auto& pair_cost = pairs.Cost(first, second);
    for (size_t l = 0; l < kLanguageCount; ++l) cost[l] += pair_cost[l];
  };
  const auto end_word = [&] {
    if (word.last != kBoundary) add_pair(word.last, kBoundary);
    if (word.latin && word.cyrillic) shared += kMixedScripts;
    word = {};
  };

  for (size_t i = 0; i < text.size();) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    const CharClass& cls = ClassOf(c, scratch);
    if (loose_quote && cls.space) shared += kSymbolAfterWord;
    loose_quote = cls.quote && after_space;
    after_space = cls.space;
    if (!cls.letter) {
      const bool after_letter = word.last != kBoundary;
      if (after_letter && cls.symbol != kUnknown) {  // an apostrophe goes on with the word
        add_pair(word.last, cls.symbol);
        word.last = cls.symbol;
        word.last_was_lower = false;
      } else {
        end_word();
      }
      // A run of one odd symbol is a rule or a frame (DOS tables of box drawing): it costs once.
      if (c != previous || cls.cost != kOddSymbol) shared += cls.cost;
      const bool glued = after_letter && c >= 0x80 && !cls.inside_word;
      if (glued && !cls.closing) shared += kSymbolAfterWord;
      glued_symbol = glued;
      previous = c;
      continue;
    }
    if (glued_symbol) shared += kSymbolInWord;
    if (word.last_was_lower && cls.upper) shared += kCaseInsideWord;
    word.latin |= cls.latin;
    word.cyrillic |= cls.cyrillic;
    add_pair(word.last, cls.symbol);
    word.last = cls.symbol;
    word.last_was_lower = cls.lower;
    glued_symbol = false;
    previous = c;
  }
  end_word();
  if (loose_quote) shared += kSymbolAfterWord;
  return -shared - *std::min_element(cost.begin(), cost.end());
}

}  // namespace twindex::extract
