#include "text/language.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace twindex::text {
namespace {

#include "text/data/language_model.inc"

// ---- Tuning (measured with tests/eval/langid_eval) -----------------------------------------

// Fewer letters than this in known scripts: undetermined. Three letters are one short word.
constexpr int kMinLetters = 4;
// Longer words are skipped: runs of letters this long are noise (hashes, base64, OCR without
// spaces), and the per-word sum of costs stays within 16 bits: (48 + 2) * 4 grams * 255 < 65536.
constexpr size_t kMaxWordLetters = 48;
// Naive Bayes counts each letter in up to 10 overlapping grams, so its raw odds are far too sure
// of themselves; costs are divided by this before they become probabilities.
constexpr double kTemperature = 12.0 * 6.0;  // cost units per nat (see the .inc) times 6
// Texts over kWindows * kWindowBytes: this many windows, evenly spaced. Accuracy stops growing
// long before a thousand letters (a page of Cyrillic is 3-4 KiB); it runs on every page.
constexpr size_t kWindowBytes = 512;
constexpr size_t kWindows = 3;  // 1.5 KiB: several hundred letters, a fifth of the time of 4 KiB

// ---- Alphabet ------------------------------------------------------------------------------

// Symbol id (1-based, 0 = not in the model) of each code point below kSymbolLimit.
constexpr char32_t kSymbolLimit = 0x500;
constexpr std::array<uint8_t, kSymbolLimit> MakeSymbolTable() {
  std::array<uint8_t, kSymbolLimit> table{};
  for (size_t i = 0; i < std::size(kModelAlphabet); ++i) {
    if (kModelAlphabet[i] < kSymbolLimit) table[kModelAlphabet[i]] = static_cast<uint8_t>(i + 1);
  }
  return table;
}
constexpr std::array<uint8_t, kSymbolLimit> kSymbols = MakeSymbolTable();
constexpr uint8_t kBoundary = kSymbols[U' '];

uint8_t SymbolOf(UChar32 c) {
  return c >= 0 && static_cast<char32_t>(c) < kSymbolLimit ? kSymbols[c] : 0;
}

// Letter-ness and lower-case symbol of the code points below kSymbolLimit, from ICU once: the
// calls per letter were a fifth of the time.
struct CaseTables {
  CaseTables() {
    for (UChar32 c = 0; c < static_cast<UChar32>(kSymbolLimit); ++c) {
      is_letter[c] = u_isalpha(c);
      lower_symbol[c] = SymbolOf(u_tolower(c));
    }
  }
  std::array<bool, kSymbolLimit> is_letter{};
  std::array<uint8_t, kSymbolLimit> lower_symbol{};
};

const CaseTables& Cases() {
  static const CaseTables* const tables = new CaseTables();  // never destroyed: no exit order
  return *tables;
}

bool IsLetter(char32_t c) { return c < kSymbolLimit ? Cases().is_letter[c] : u_isalpha(c); }
uint8_t LowerSymbol(char32_t c) {
  return c < kSymbolLimit ? Cases().lower_symbol[c] : SymbolOf(u_tolower(c));
}

// ---- Look-alike letters (OCR) --------------------------------------------------------------

struct LookAlike {
  char32_t latin;
  char32_t cyrillic;
};
// Letters that print (nearly) alike. OCR of a scan picks either; so do people typing Cyrillic on
// a Latin keyboard. b/ь is OCR's, not the eye's, but frequent in scans of Belarusian and Russian.
constexpr LookAlike kLookAlikes[] = {
    {U'A', U'А'}, {U'B', U'В'}, {U'C', U'С'}, {U'E', U'Е'}, {U'H', U'Н'}, {U'I', U'І'},
    {U'K', U'К'}, {U'M', U'М'}, {U'O', U'О'}, {U'P', U'Р'}, {U'T', U'Т'}, {U'X', U'Х'},
    {U'Y', U'У'}, {U'a', U'а'}, {U'b', U'ь'}, {U'c', U'с'}, {U'e', U'е'}, {U'i', U'і'},
    {U'j', U'ј'}, {U'k', U'к'}, {U'o', U'о'}, {U'p', U'р'}, {U'x', U'х'}, {U'y', U'у'},
    {U'ë', U'ё'}, {U'ï', U'ї'}, {U'Ë', U'Ё'}, {U'Ï', U'Ї'}, {U's', U'ѕ'},
};

// Look-alikes by code point, both ways (all of them lie below kSymbolLimit); 0 = none.
struct LookAlikeTables {
  std::array<char16_t, kSymbolLimit> to_cyrillic{};
  std::array<char16_t, kSymbolLimit> to_latin{};
};
constexpr LookAlikeTables MakeLookAlikeTables() {
  LookAlikeTables tables;
  for (const LookAlike& pair : kLookAlikes) {
    tables.to_cyrillic[pair.latin] = static_cast<char16_t>(pair.cyrillic);
    tables.to_latin[pair.cyrillic] = static_cast<char16_t>(pair.latin);
  }
  return tables;
}
constexpr LookAlikeTables kLookAlikeTables = MakeLookAlikeTables();

char32_t ToCyrillic(char32_t c) { return c < kSymbolLimit ? kLookAlikeTables.to_cyrillic[c] : 0; }
char32_t ToLatin(char32_t c) { return c < kSymbolLimit ? kLookAlikeTables.to_latin[c] : 0; }

bool IsCyrillic(UChar32 c) { return c >= 0x400 && c < 0x530; }
bool IsLatin(UChar32 c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7);
}

enum class Script { kLatin, kCyrillic };

// ---- Reading the text ----------------------------------------------------------------------

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x02BB || c == '`' || c == 0xB4;
}

// Words as code points (original case) between boundaries. An apostrophe is part of a word when
// letters stand on both sides (Belarusian and Ukrainian write it where Russian writes ъ).
template <typename OnWord>
void ForEachWord(std::u32string_view text, OnWord&& on_word) {
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool letter = i < text.size() && IsLetter(text[i]);
    const bool inner_apostrophe = i < text.size() && i > start && IsApostrophe(text[i]) &&
                                  i + 1 < text.size() && IsLetter(text[i + 1]);
    if (letter || inner_apostrophe) continue;
    if (i > start) on_word(text.substr(start, i - start));
    start = i + 1;
  }
}

std::u32string Decode(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  bool has_marks = false;
  for (int32_t i = 0; i < static_cast<int32_t>(utf8.size());) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, static_cast<int32_t>(utf8.size()), c);
    if (c < 0) c = 0xFFFD;
    has_marks |= (c >= 0x300 && c < 0x370);
    out.push_back(static_cast<char32_t>(c));
  }
  if (!has_marks) return out;
  // Decomposed text (й as и + breve): compose it, or the letters would split into two.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return out;
  icu::UnicodeString composed = nfc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size())), status);
  if (U_FAILURE(status)) return out;
  out.clear();
  for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1)) {
    out.push_back(static_cast<char32_t>(composed.char32At(i)));
  }
  return out;
}

// The text to read: all of it, or evenly spaced windows of a long one.
std::string_view Window(std::string_view utf8, size_t index) {
  if (utf8.size() <= kWindowBytes * kWindows) return index == 0 ? utf8 : std::string_view();
  const size_t begin = (utf8.size() - kWindowBytes) * index / (kWindows - 1);
  std::string_view window = utf8.substr(begin, kWindowBytes);
  // Whole words only: from the first space to the last (a cut word would read as another).
  const size_t first = window.find(' '), last = window.rfind(' ');
  if (first != std::string_view::npos && first < last) window = window.substr(first, last - first);
  return window;
}

// ---- Scoring -------------------------------------------------------------------------------

struct Tally {
  std::array<int32_t, kModelLanguageCount> cost{};  // at most 4 KiB * 4 grams * 255
  int32_t grams = 0;                                // grams found in the model
  int32_t letters = 0;                              // letters in the model's alphabet
  int32_t foreign = 0;                              // other letters (other scripts)
};

// The model's grams in an open-addressing table of keys, built once: about one probe per lookup
// instead of a binary search over tens of thousands of keys. The keys alone (a quarter full, so a
// miss ends soon) stay in cache; a gram's costs are read only when it is found.
class GramTable {
 public:
  GramTable() : keys_(kSlots, 0), rows_(kSlots, 0) {
    for (size_t row = 0; row < std::size(kModelGrams); ++row) {
      size_t i = Hash(kModelGrams[row].key);
      while (keys_[i] != 0) i = (i + 1) & (kSlots - 1);
      keys_[i] = kModelGrams[row].key;
      rows_[i] = static_cast<uint16_t>(row);
    }
  }

  const ModelGram* Find(uint32_t key) const {
    for (size_t i = Hash(key);; i = (i + 1) & (kSlots - 1)) {
      if (keys_[i] == key) return &kModelGrams[rows_[i]];
      if (keys_[i] == 0) return nullptr;  // keys are never 0: symbol ids start at 1
    }
  }

 private:
  static_assert(std::size(kModelGrams) < 65536, "row numbers are 16 bits");
  static constexpr size_t kSlots = std::bit_ceil(std::size(kModelGrams) * 3);
  static constexpr int kBits = std::countr_zero(kSlots);
  static size_t Hash(uint32_t key) { return (key * 0x9E3779B1u) >> (32 - kBits); }

  std::vector<uint32_t> keys_;
  std::vector<uint16_t> rows_;
};

const GramTable& Grams() {
  static const GramTable* const table = new GramTable();  // never destroyed: no exit-time order
  return *table;
}

// Adds the grams of one word, given as symbol ids padded with boundaries.
void ScoreWord(const std::vector<uint8_t>& padded, Tally& tally) {
  const GramTable& grams = Grams();
  // A local sum in 16-bit lanes, one vector addition per gram (adding to `tally` straight away
  // took most of the time). It cannot overflow: a word has at most kMaxWordLetters letters.
  std::array<uint16_t, kModelCostLanes> sum{};
  for (size_t i = 0; i < padded.size(); ++i) {
    uint32_t key = 0;
    for (int n = 1; n <= kModelMaxOrder && i + n <= padded.size(); ++n) {
      const uint8_t symbol = padded[i + n - 1];
      if (symbol == 0) break;  // a letter the model does not know: no gram spans it
      key = (key << 8) | symbol;
      if (n == 1 && symbol == kBoundary) continue;
      if (const ModelGram* gram = grams.Find(key)) {
        for (int l = 0; l < kModelCostLanes; ++l) sum[l] += gram->cost[l];
        ++tally.grams;
      }
    }
  }
  for (int l = 0; l < kModelLanguageCount; ++l) tally.cost[l] += sum[l];
}

void ScoreText(std::u32string_view text, Tally& tally) {
  // The text's main script decides words made only of look-alikes ("a", "o", "i", "OK").
  int32_t cyrillic = 0, latin = 0;
  for (char32_t c : text) {
    if (IsCyrillic(c))
      ++cyrillic;
    else if (IsLatin(c))
      ++latin;
  }
  const Script main_script = cyrillic > latin ? Script::kCyrillic : Script::kLatin;

  std::vector<uint8_t> padded;
  ForEachWord(text, [&](std::u32string_view word) {
    if (word.size() > kMaxWordLetters) return;
    // A letter that has a look-alike in the other script says nothing about the word's script.
    int strong_cyrillic = 0, strong_latin = 0;
    for (char32_t c : word) {
      if (IsCyrillic(c) && !ToLatin(c)) ++strong_cyrillic;
      if (IsLatin(c) && !ToCyrillic(c)) ++strong_latin;
    }
    Script script = strong_cyrillic > strong_latin   ? Script::kCyrillic
                    : strong_latin > strong_cyrillic ? Script::kLatin
                                                     : main_script;
    padded.assign(1, kBoundary);
    for (char32_t c : word) {
      char32_t mapped = 0;
      if (script == Script::kCyrillic && IsLatin(c)) mapped = ToCyrillic(c);
      if (script == Script::kLatin && IsCyrillic(c)) mapped = ToLatin(c);
      if (IsApostrophe(c)) mapped = U'\'';
      const uint8_t symbol = LowerSymbol(mapped ? mapped : c);
      if (symbol != 0)
        ++tally.letters;
      else if (!IsApostrophe(c))
        ++tally.foreign;
      padded.push_back(symbol);
    }
    padded.push_back(kBoundary);
    ScoreWord(padded, tally);
  });
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view utf8) {
  Tally tally;
  for (size_t w = 0; w < kWindows; ++w) {
    const std::string_view window = Window(utf8, w);
    if (!window.empty()) ScoreText(Decode(window), tally);
  }
  if (tally.letters < kMinLetters || tally.foreign > tally.letters || tally.grams == 0) return {};

  for (int l = 0; l < kModelLanguageCount; ++l) tally.cost[l] += kModelPrior[l];
  int best = 0;
  for (int l = 1; l < kModelLanguageCount; ++l) {
    if (tally.cost[l] < tally.cost[best]) best = l;
  }
  // Posterior of the best language, with the costs tempered (see kTemperature).
  double sum = 0;
  for (int l = 0; l < kModelLanguageCount; ++l) {
    sum += std::exp(-static_cast<double>(tally.cost[l] - tally.cost[best]) / kTemperature);
  }
  return {kModelLanguages[best], 1.0 / sum};
}

}  // namespace twindex::text
