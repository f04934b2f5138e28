#include "extract/charset_score.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace twindex::extract {
namespace {

struct Language {
  std::u16string_view letters;   // lower-case letters beyond a-z
  std::u16string_view frequent;  // the ten commonest letters, about half of running text
  // Frequent lower-case letter pairs, space-separated, weighted to those with letters beyond
  // ASCII. Rough lists suffice: they only have to tell words from a wrong code page's salad.
  std::u16string_view pairs;
};

constexpr Language kLanguages[] = {
    // Polish
    {u"ąćęłńóśźż", u"aioeznrwsc",
     u"ie ni na ow za ra po st ro ch rz cz sz ia ta wa an em ko ki ne ny go ci to ze ej dz pr "
     u"wi ka ar er ac mi en ma al at li do ad ek je sk ym yc "
     u"ał ię ść ąc ów ła ło ół że ży ań ęd śc ją ęc ić ać eć ję ną ią ęk ęt ęp ąd ąz ył ił eł "
     u"łu ły łe łą ró kó pó ód ór śl śn św źn źd eń ńs ńc ęż ża ąż óż"},
    // Lithuanian
    {u"ąčęėįšųūž", u"iasortenuk",
     u"ai as is ie ia ir uo ta ti ka ra ja os us al an ar av ki er ji in to va au ei tu je "
     u"na ne ni si st li mi "
     u"ėj ės ių iš ši šk ūr ūs či ią ųj ėt įs įg ąs ęs ži ža tų kų mų rų nų tė rė lė mė dė vė "
     u"tą ką rą ną mą ča ša še šv št ūt ūk tū kū mū įv įm įr že žd žm tę rę gę ėn"},
    // Belarusian: no и, щ, ъ.
    {u"абвгдеёжзійклмнопрстуўфхцчшыьэюя", u"аонірслтвк",
     u"на ра ка ан ст ар ад ня ва ла ал ць ас ай ыя ец ні ві ты та ае да ам ны ых пр па ро лі ці "
     u"ія ск эт гэ аў оў ча ле ен ел дз рэ зе ры ма ая ую ым ды вы мі кі го ко во но то не ве цц "
     u"еў"},
    // Russian
    {u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя", u"оеаинтсрвл",
     u"ст но то на ен ов ни ра во ко ос пр ал ет ре ор ли по ан ер та ол ел го ва не од ка ро ть "
     u"ат ак ом ие он ил ес ит тв ия ой ых де ло ле ны ев ск ин ам ем ри ти ма ла ди ся ль ый ий "
     u"ая ей ме ки ве ую ци об ог ег да ми мо се ча ще ют"},
};
constexpr size_t kLanguageCount = std::size(kLanguages);

constexpr int kFrequent = 1;         // a frequent letter or letter pair
constexpr int kForeignLetter = -1;   // a letter of one of the other languages
constexpr int kOddLetter = -3;       // a letter none of the languages writes
constexpr int kOddSymbol = -3;       // a symbol outside the usual typography
constexpr int kSymbolInWord = -3;    // a symbol between letters, where a letter stood: "o¶wiaty"
constexpr int kCaseInsideWord = -2;  // upper after lower within a word: "wSPÓŁPRACA"
constexpr int kMixedScripts = -3;    // Latin and Cyrillic letters in one word
constexpr int kControl = -10;        // C0/C1 control or U+FFFD: no text holds these

// Non-ASCII punctuation these languages' texts use; anything else is odd.
constexpr std::u16string_view kTypography = u"«»„“”‘’‚–—…§№€\u00AD";
// What may stand inside a word: the apostrophe (Belarusian "аб’ява") and hyphens.
constexpr std::u16string_view kInsideWord = u"’\u2010\u2011\u00AD";

bool Contains(std::u16string_view set, UChar32 c) {
  return c <= 0xFFFF && set.find(static_cast<char16_t>(c)) != std::u16string_view::npos;
}

// What scoring needs to know about one code point.
struct CharClass {
  bool letter = false;
  bool upper = false;
  bool lower = false;
  bool latin = false;
  bool cyrillic = false;
  UChar32 folded = 0;    // lower-case form of a letter
  uint8_t writes = 0;    // bit l: language l writes the letter (a-z: all of them)
  uint8_t frequent = 0;  // bit l: one of language l's commonest letters
  int8_t score = 0;      // of a non-letter
};

CharClass Classify(UChar32 c) {
  CharClass cls;
  cls.letter = u_isalpha(c);
  if (!cls.letter) {
    if (c < 0x20 || c == 0x7F) {
      cls.score = c == '\t' || c == '\n' || c == '\r' || c == '\f' ? 0 : kControl;
    } else if (c >= 0x80) {
      const bool control = c == 0xFFFD || u_charType(c) == U_CONTROL_CHAR;
      const bool usual = u_isUWhiteSpace(c) || Contains(kTypography, c);
      cls.score = control ? kControl : usual ? 0 : kOddSymbol;
    }
    return cls;
  }
  cls.upper = u_isupper(c);
  cls.lower = u_islower(c);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  cls.latin = script == USCRIPT_LATIN;
  cls.cyrillic = script == USCRIPT_CYRILLIC;
  cls.folded = u_tolower(c);
  const bool ascii = cls.folded >= 'a' && cls.folded <= 'z';
  for (size_t l = 0; l < kLanguageCount; ++l) {
    if (ascii || Contains(kLanguages[l].letters, cls.folded)) cls.writes |= 1 << l;
    if (Contains(kLanguages[l].frequent, cls.folded)) cls.frequent |= 1 << l;
  }
  return cls;
}

// Text in our languages is mostly code points below U+0500 (Latin, Cyrillic), so a table of those
// spares most ICU property lookups.
const CharClass& ClassOf(UChar32 c, CharClass& scratch) {
  static constexpr UChar32 kTableSize = 0x0500;
  static const auto& table = *[] {
    auto* table = new std::array<CharClass, kTableSize>;
    for (UChar32 c = 0; c < kTableSize; ++c) (*table)[c] = Classify(c);
    return table;
  }();
  if (c < kTableSize) return table[c];
  scratch = Classify(c);
  return scratch;
}

uint64_t PairKey(UChar32 first, UChar32 second) {
  return static_cast<uint64_t>(first) << 21 | static_cast<uint64_t>(second);
}

// Letter pair -> bit l set if the pair is frequent in language l.
const std::unordered_map<uint64_t, uint8_t>& FrequentPairs() {
  static const auto& pairs = *[] {
    auto* pairs = new std::unordered_map<uint64_t, uint8_t>;
    for (size_t l = 0; l < kLanguageCount; ++l) {
      const std::u16string_view list = kLanguages[l].pairs;
      for (size_t i = 0; i + 1 < list.size(); i += 3) {
        (*pairs)[PairKey(list[i], list[i + 1])] |= 1 << l;
      }
    }
    return pairs;
  }();
  return pairs;
}

}  // namespace

int64_t Plausibility(std::u16string_view text) {
  const auto& frequent_pairs = FrequentPairs();
  std::array<int64_t, kLanguageCount> by_language{};
  int64_t shared = 0;  // what counts the same whatever the language
  struct {
    UChar32 last = 0;  // previous letter, lower-cased; 0 at the start
    bool last_was_lower = false;
    bool latin = false;
    bool cyrillic = false;
  } word;
  bool after_letter = false;  // the previous character was a letter
  bool glued_symbol = false;  // the previous character was a symbol right after a letter
  CharClass scratch;

  for (size_t i = 0; i < text.size();) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    const CharClass& cls = ClassOf(c, scratch);
    if (!cls.letter) {
      if (word.latin && word.cyrillic) shared += kMixedScripts;
      word = {};
      shared += cls.score;
      glued_symbol = after_letter && c >= 0x80 && !Contains(kInsideWord, c);
      after_letter = false;
      continue;
    }
    if (glued_symbol) shared += kSymbolInWord;
    if (word.last_was_lower && cls.upper) shared += kCaseInsideWord;
    word.latin |= cls.latin;
    word.cyrillic |= cls.cyrillic;

    uint8_t frequent_pair = 0;
    if (word.last) {
      const auto it = frequent_pairs.find(PairKey(word.last, cls.folded));
      if (it != frequent_pairs.end()) frequent_pair = it->second;
    }
    for (size_t l = 0; l < kLanguageCount; ++l) {
      const uint8_t bit = 1 << l;
      if (!(cls.writes & bit)) by_language[l] += cls.writes ? kForeignLetter : kOddLetter;
      if (cls.frequent & bit) by_language[l] += kFrequent;
      if (frequent_pair & bit) by_language[l] += kFrequent;
    }
    word.last = cls.folded;
    word.last_was_lower = cls.lower;
    after_letter = true;
    glued_symbol = false;
  }
  if (word.latin && word.cyrillic) shared += kMixedScripts;
  return shared + *std::max_element(by_language.begin(), by_language.end());
}

}  // namespace twindex::extract
