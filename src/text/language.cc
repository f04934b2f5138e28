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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Names - capitalized words within a sentence (KindOf) - count this much of an ordinary word.
// Foreign towns and people ("Zielona Góra", "Frankfurt (Oder)", "Jean-Pierre Dupont") are what a
// short text shares with a language it is not written in, and a name's 4-grams outweigh the
// few short words around it: a Lithuanian paragraph naming German and French people read as
// English. Capitalized words that begin a sentence are names less often: they weigh half.
constexpr double kNameWeight = 0.05;
constexpr double kCapitalizedWeight = 0.5;
// Until the ordinary words have this many letters, names weigh more (fully when there are none):
// a heading of names alone ("Sesja Rady Miasta Grodna", "Горад Гродна") has only them to go on.
constexpr int kWordLettersForNames = 8;
// A letter that a language never writes (ė, ų in Polish, ł in Lithuanian, ü in English, ў in
// Russian: see AbsentLetters) costs this much more for it on top of the model's own cost of
// the letter, which is diluted among the 4-grams of the word.
constexpr int kAbsentLetterCost = 120;  // 10 nats
// A text of fewer letters than this (about 100 characters) is undetermined unless its
// confidence reaches kMinShortConfidence: at 20-50 characters a wrong language is worse than
// none (a page then takes its document's language). A text judged on its names (see
// kWordLettersForNames) needs up to kMinNamesConfidence. Set on tests/eval/langid/dev_by_length.tsv
// and snippets.tsv; tests/eval/langid/by_length.tsv is held out.
constexpr int kShortLetters = 80;
constexpr double kMinShortConfidence = 0.8;
constexpr double kMinNamesConfidence = 0.9;

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
      is_upper[c] = u_isupper(c);
      lower_symbol[c] = SymbolOf(u_tolower(c));
    }
  }
  std::array<bool, kSymbolLimit> is_letter{};
  std::array<bool, kSymbolLimit> is_upper{};
  std::array<uint8_t, kSymbolLimit> lower_symbol{};
};

const CaseTables& Cases() {
  static const CaseTables* const tables = new CaseTables();  // never destroyed: no exit order
  return *tables;
}

bool IsLetter(char32_t c) { return c < kSymbolLimit ? Cases().is_letter[c] : u_isalpha(c); }
bool IsUpper(char32_t c) { return c < kSymbolLimit ? Cases().is_upper[c] : u_isupper(c); }
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

// What a word is, for how much it counts (see kNameWeight).
enum class Kind { kWord, kCapitalized, kName, kCount };

using Costs = std::array<int32_t, kModelLanguageCount>;  // 1.5 KiB * (4 grams * 255 + 120)

struct Tally {
  std::array<Costs, static_cast<size_t>(Kind::kCount)> cost{};  // by Kind
  int32_t word_letters = 0;                                     // letters of Kind::kWord words
  int32_t grams = 0;                                            // grams found in the model
  int32_t letters = 0;                                          // letters in the model's alphabet
  int32_t foreign = 0;                                          // other letters (other scripts)
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

// Languages that never write a letter, by symbol: a bit per language (bit l = language l).
// Read off the model's letter costs (a letter a language's word forms never have costs the
// language's most, the smoothed cost of an unseen gram) within the letter's script: Latin ł
// says nothing new against Russian, which has no Latin letters at all.
class AbsentLetters {
 public:
  AbsentLetters() {
    std::array<int, kModelLanguageCount> unseen{};
    for (const ModelGram& gram : kModelGrams) {
      if (gram.key > 0xFF) break;  // sorted by key: the single letters come first
      for (int l = 0; l < kModelLanguageCount; ++l)
        unseen[l] = std::max<int>(unseen[l], gram.cost[l]);
    }
    auto never = [&](const ModelGram& gram, int l) {
      return gram.cost[l] + kUnseenSlack >= unseen[l];
    };
    const ModelGram* latin_a = Grams().Find(kSymbols[U'a']);
    for (const ModelGram& gram : kModelGrams) {
      if (gram.key > 0xFF) break;
      const char32_t letter = kModelAlphabet[gram.key - 1];
      if (!IsLatin(letter) && !IsCyrillic(letter)) continue;
      for (int l = 0; l < kModelLanguageCount; ++l) {
        const bool cyrillic_language = latin_a == nullptr || never(*latin_a, l);
        if (never(gram, l) && cyrillic_language == IsCyrillic(letter)) masks_[gram.key] |= 1u << l;
      }
    }
  }
  uint16_t Of(uint8_t symbol) const { return masks_[symbol]; }

 private:
  static constexpr int kUnseenSlack = 2;  // costs are rounded: "the most" is within 2 of it
  static_assert(kModelLanguageCount <= 16, "a bit per language in 16 bits");
  std::array<uint16_t, 256> masks_{};
};

const AbsentLetters& Absent() {
  static const AbsentLetters* const table = new AbsentLetters();  // never destroyed
  return *table;
}

// Sums of a word's gram costs, one 16-bit lane per language. With SSE2 (every x86-64) a gram's
// 16 costs are widened and added in two instructions: the compiler's own code for the plain loop
// moved them lane by lane through the stack (langid_eval, per snippet: 7.1-7.6 us before,
// 5.2-5.5 us with this). The sums are the same either way (16-bit lanes, which cannot overflow:
// see ScoreWord).
class LaneSum {
 public:
  static_assert(kModelCostLanes == 16, "two 8-lane registers");
#if defined(__SSE2__)
  void Add(const uint8_t* costs) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(costs));
    const __m128i zero = _mm_setzero_si128();
    low_ = _mm_add_epi16(low_, _mm_unpacklo_epi8(bytes, zero));
    high_ = _mm_add_epi16(high_, _mm_unpackhi_epi8(bytes, zero));
  }
  std::array<uint16_t, kModelCostLanes> Lanes() const {
    std::array<uint16_t, kModelCostLanes> out;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data()), low_);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data() + 8), high_);
    return out;
  }

 private:
  __m128i low_ = _mm_setzero_si128(), high_ = _mm_setzero_si128();
#else
  void Add(const uint8_t* costs) {
    for (int l = 0; l < kModelCostLanes; ++l) sum_[l] += costs[l];
  }
  std::array<uint16_t, kModelCostLanes> Lanes() const { return sum_; }

 private:
  std::array<uint16_t, kModelCostLanes> sum_{};
#endif
};

// Adds the grams of one word, given as symbol ids padded with boundaries, to `cost`.
void ScoreWord(const std::vector<uint8_t>& padded, Costs& cost, Tally& tally) {
  const GramTable& grams = Grams();
  // A local sum in 16-bit lanes, one vector addition per gram (adding to `tally` straight away
  // took most of the time). It cannot overflow: a word has at most kMaxWordLetters letters.
  LaneSum sum;
  for (size_t i = 0; i < padded.size(); ++i) {
    uint32_t key = 0;
    for (int n = 1; n <= kModelMaxOrder && i + n <= padded.size(); ++n) {
      const uint8_t symbol = padded[i + n - 1];
      if (symbol == 0) break;  // a letter the model does not know: no gram spans it
      key = (key << 8) | symbol;
      if (n == 1 && symbol == kBoundary) continue;
      if (const ModelGram* gram = grams.Find(key)) {
        sum.Add(gram->cost);
        ++tally.grams;
      }
    }
  }
  const std::array<uint16_t, kModelCostLanes> lanes = sum.Lanes();
  for (int l = 0; l < kModelLanguageCount; ++l) cost[l] += lanes[l];
  const AbsentLetters& absent = Absent();
  for (uint8_t symbol : padded) {
    for (uint16_t mask = absent.Of(symbol); mask != 0; mask &= mask - 1)
      cost[std::countr_zero(mask)] += kAbsentLetterCost;
  }
}

// Spaces, quotes, opening brackets and dashes: what may stand between a sentence's end and the
// next word.
bool IsSentenceGap(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case 0xA0:
    case U'"':
    case U'\'':
    case U'(':
    case U'[':
    case U'-':
    case 0x2013:
    case 0x2014:
    case 0xAB:
    case 0xBB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2018:
    case 0x2019:
      return true;
    default:
      return false;
  }
}

// A name: a capitalized word (not all capitals: those are headings and abbreviations) within a
// sentence. One that begins the text, a line or a sentence is only kCapitalized.
Kind KindOf(std::u32string_view text, size_t begin, std::u32string_view word) {
  if (word.size() < 2 || !IsUpper(word[0])) return Kind::kWord;
  if (std::none_of(word.begin() + 1, word.end(),
                   [](char32_t c) { return IsLetter(c) && !IsUpper(c); }))
    return Kind::kWord;
  for (size_t i = begin; i-- > 0;) {
    const char32_t c = text[i];
    if (c == U'\n' || c == U'\r' || c == U'.' || c == U'!' || c == U'?' || c == 0x2026)
      return Kind::kCapitalized;
    if (!IsSentenceGap(c)) return Kind::kName;  // a word, a digit, a comma...: within a sentence
  }
  return Kind::kCapitalized;  // the text's first word
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
    const Kind kind = KindOf(text, static_cast<size_t>(word.data() - text.data()), word);
    if (kind == Kind::kWord) tally.word_letters += static_cast<int32_t>(word.size());
    ScoreWord(padded, tally.cost[static_cast<size_t>(kind)], tally);
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

  // Names weigh kNameWeight, or more when the ordinary words are few (kWordLettersForNames).
  const double lack =
      std::max(0.0, 1.0 - static_cast<double>(tally.word_letters) / kWordLettersForNames);
  const auto weight = [&](double least, double most = 1) { return least + (most - least) * lack; };
  const double name_weight = weight(kNameWeight), capitalized_weight = weight(kCapitalizedWeight);
  const auto& costs = tally.cost;
  std::array<double, kModelLanguageCount> cost;
  for (int l = 0; l < kModelLanguageCount; ++l) {
    cost[l] = costs[static_cast<size_t>(Kind::kWord)][l] +
              capitalized_weight * costs[static_cast<size_t>(Kind::kCapitalized)][l] +
              name_weight * costs[static_cast<size_t>(Kind::kName)][l] + kModelPrior[l];
  }
  int best = 0;
  for (int l = 1; l < kModelLanguageCount; ++l) {
    if (cost[l] < cost[best]) best = l;
  }
  // Posterior of the best language, with the costs tempered (see kTemperature).
  double sum = 0;
  for (int l = 0; l < kModelLanguageCount; ++l) {
    sum += std::exp(-(cost[l] - cost[best]) / kTemperature);
  }
  const double confidence = 1.0 / sum;
  if (tally.letters < kShortLetters &&
      confidence < weight(kMinShortConfidence, kMinNamesConfidence))
    return {};
  return {kModelLanguages[best], confidence};
}

}  // namespace twindex::text
