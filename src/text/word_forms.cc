#include "text/word_forms.h"

#include <unicode/normalizer2.h>
#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace twindex::text {
namespace {

using Script = WordForms::Script;

constexpr char16_t kApostrophe = u'\'';

// Apostrophe look-alikes: typographic (’ ‘ ‛), the modifier letters Belarusian and Ukrainian
// typesetting uses (ʼ ʹ ʻ) and what typists and OCR put in their place (` ′ ´). ´ must be caught
// before NFKC, which would turn it into a space and a combining accent.
bool IsApostropheVariant(char16_t c) {
  switch (c) {
    case u'\u2019':  // ’
    case u'\u2018':  // ‘
    case u'\u201B':  // ‛
    case u'\u02BC':  // ʼ
    case u'\u02B9':  // ʹ
    case u'\u02BB':  // ʻ
    case u'\u0060':  // `
    case u'\u2032':  // ′
    case u'\u00B4':  // ´
      return true;
    default:
      return false;
  }
}

// Homoglyphs, case-aware: a pair is listed only in the case where the glyphs really look alike
// (B/В but not b/в). ë/ё and ï/ї are listed precomposed; decomposed sequences (e + U+0308) are
// caught by their base letter and recomposed by NFKC afterwards.
struct Homoglyph {
  char16_t latin;
  char16_t cyrillic;
  bool to_cyrillic;  // false: a Cyrillic letter none of our languages uses; only ever a look-alike
};

// A Latin i in a Cyrillic word becomes Belarusian/Ukrainian і: Russian has no dotted i.
constexpr Homoglyph kHomoglyphs[] = {
    {u'A', u'А', true},  {u'B', u'В', true},  {u'C', u'С', true},  {u'E', u'Е', true},
    {u'H', u'Н', true},  {u'I', u'І', true},  {u'K', u'К', true},  {u'M', u'М', true},
    {u'O', u'О', true},  {u'P', u'Р', true},  {u'T', u'Т', true},  {u'X', u'Х', true},
    {u'Y', u'У', true},  {u'a', u'а', true},  {u'c', u'с', true},  {u'e', u'е', true},
    {u'i', u'і', true},  {u'k', u'к', true},  {u'o', u'о', true},  {u'p', u'р', true},
    {u'x', u'х', true},  {u'y', u'у', true},  {u'Ë', u'Ё', true},  {u'ë', u'ё', true},
    {u'Ï', u'Ї', true},  {u'ï', u'ї', true},  {u'S', u'Ѕ', false}, {u's', u'ѕ', false},
    {u'J', u'Ј', false}, {u'j', u'ј', false}, {u'H', u'Һ', false}, {u'h', u'һ', false},
    {u'd', u'ԁ', false}, {u'q', u'ԛ', false}, {u'w', u'ԝ', false}};

constexpr char16_t kCyrillicFirst = 0x0400, kCyrillicLast = 0x052F;  // Cyrillic + Supplement

// Direct lookup tables: every character of every non-ASCII word is looked up in both.
constexpr auto kLatinToCyrillic = [] {
  std::array<char16_t, 0x100> table{};
  for (const Homoglyph& h : kHomoglyphs)
    if (h.to_cyrillic) table[h.latin] = h.cyrillic;
  return table;
}();

constexpr auto kCyrillicToLatin = [] {
  std::array<char16_t, kCyrillicLast - kCyrillicFirst + 1> table{};
  for (const Homoglyph& h : kHomoglyphs) table[h.cyrillic - kCyrillicFirst] = h.latin;
  return table;
}();

// The Cyrillic letter a Latin look-alike stands for, or 0.
char16_t LatinLookAlikeToCyrillic(char16_t c) {
  return c < kLatinToCyrillic.size() ? kLatinToCyrillic[c] : 0;
}

// The Latin letter a Cyrillic look-alike stands for, or 0.
char16_t CyrillicLookAlikeToLatin(char16_t c) {
  return c >= kCyrillicFirst && c <= kCyrillicLast ? kCyrillicToLatin[c - kCyrillicFirst] : 0;
}

// Whether a code point is a letter and of which script; kOther covers letters of other scripts
// (Greek, CJK). Marks, digits, punctuation and script-less modifier letters are not letters here.
struct LetterScript {
  bool is_letter = false;
  Script script = Script::kOther;
};

LetterScript ClassifyLetter(UChar32 c) {
  if (c < 0x80) {
    bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return {ascii_letter, Script::kLatin};
  }
  if ((U_GET_GC_MASK(c) & U_GC_L_MASK) == 0) return {};
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN:
      return {true, Script::kLatin};
    case USCRIPT_CYRILLIC:
      return {true, Script::kCyrillic};
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
      return {};  // modifier letters and the like: no script of their own
    default:
      return {true, Script::kOther};
  }
}

bool IsCyrillicBlock(UChar32 c) { return c >= kCyrillicFirst && c <= kCyrillicLast; }

// Unifies apostrophes, then converts the look-alikes of the losing script (see the header).
// Runs before NFKC_Casefold because case tells which pairs look alike.
void RepairTypography(icu::UnicodeString& word) {
  int latin = 0, cyrillic = 0;  // letters that are not look-alikes
  bool latin_look_alikes = false, cyrillic_look_alikes = false;
  const int32_t len = word.length();  // before getBuffer, which makes length() 0 until release
  char16_t* buf = word.getBuffer(-1);
  if (buf == nullptr) return;
  for (int32_t i = 0; i < len;) {
    if (IsApostropheVariant(buf[i])) buf[i] = kApostrophe;
    if (LatinLookAlikeToCyrillic(buf[i])) {
      latin_look_alikes = true;
      ++i;
      continue;
    }
    if (CyrillicLookAlikeToLatin(buf[i])) {
      cyrillic_look_alikes = true;
      ++i;
      continue;
    }
    UChar32 c;
    U16_NEXT(buf, i, len, c);
    LetterScript ls = ClassifyLetter(c);
    if (!ls.is_letter) continue;
    if (ls.script == Script::kLatin) ++latin;
    if (ls.script == Script::kCyrillic) ++cyrillic;
  }
  if (cyrillic > latin && latin_look_alikes) {
    for (int32_t i = 0; i < len; ++i)
      if (char16_t to = LatinLookAlikeToCyrillic(buf[i])) buf[i] = to;
  } else if (latin > cyrillic && cyrillic_look_alikes) {
    for (int32_t i = 0; i < len; ++i)
      if (char16_t to = CyrillicLookAlikeToLatin(buf[i])) buf[i] = to;
  }
  word.releaseBuffer(len);
}

void TrimApostrophes(icu::UnicodeString& word) {
  int32_t begin = 0, end = word.length();
  while (begin < end && word.charAt(begin) == kApostrophe) ++begin;
  while (end > begin && word.charAt(end - 1) == kApostrophe) --end;
  if (begin > 0 || end < word.length()) word.retainBetween(begin, end);
}

Script DominantScript(const icu::UnicodeString& word) {
  std::array<int, 3> counts{};  // indexed by Script
  bool have_first = false;
  Script first = Script::kOther;
  for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) {
    LetterScript ls = ClassifyLetter(word.char32At(i));
    if (!ls.is_letter) continue;
    ++counts[static_cast<size_t>(ls.script)];
    if (!have_first) first = ls.script, have_first = true;
  }
  if (!have_first) return Script::kOther;
  int best = *std::max_element(counts.begin(), counts.end());
  if (counts[static_cast<size_t>(first)] == best) return first;  // ties go to the first letter
  return static_cast<Script>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

// What a letter of the Basic Multilingual Plane folds to when that is not itself: a table made at
// build time (data/make_fold_table.cc), sorted by letter, so folding a word is a lookup per letter
// and no process computes the table.
struct FoldEntry {
  char16_t letter;
  const char16_t* to;
};
#include "text/fold_table.inc"  // kFoldTable, generated

// nullptr when `c` folds to itself.
const char16_t* FoldOf(UChar32 c) {
  if (c > 0xFFFF) return nullptr;
  const auto* it = std::lower_bound(
      std::begin(kFoldTable), std::end(kFoldTable), c,
      [](const FoldEntry& e, UChar32 letter) { return static_cast<UChar32>(e.letter) < letter; });
  return it != std::end(kFoldTable) && it->letter == c ? it->to : nullptr;
}

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0; }

// `word` without diacritics (see the header); returns false, leaving `out` unspecified, when
// nothing changes.
bool FoldDiacritics(const icu::UnicodeString& word, icu::UnicodeString& out) {
  bool changed = false;
  out.remove();
  for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) {
    UChar32 c = word.char32At(i);
    if (c < 0x80) {
      out.append(c);
    } else if (IsMark(c)) {
      changed = true;
    } else if (c == U'ё') {
      out.append(static_cast<UChar32>(U'е'));
      changed = true;
    } else if (IsCyrillicBlock(c)) {
      out.append(c);  // й ў і ї stay: different letters, not accented ones
    } else if (const char16_t* to = FoldOf(c)) {
      out.append(icu::UnicodeString(to));
      changed = true;
    } else {
      out.append(c);
    }
  }
  return changed;
}

// Transliterator output folded to lowercase ASCII letters and digits; punctuation, marks and
// modifier letters (BGN's · and ʹ, apostrophes) are dropped. Returns "" if a letter is left that
// has no ASCII form (the transliterator did not know it), so that no half-romanized form is
// indexed.
std::string FoldRomanization(const icu::UnicodeString& latin) {
  std::string out;
  auto add = [&out](UChar32 c) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
    return c < 0x80 || (U_GET_GC_MASK(c) & (U_GC_L_MASK & ~U_GC_LM_MASK)) == 0;
  };
  for (int32_t i = 0; i < latin.length(); i = latin.moveIndex32(i, 1)) {
    UChar32 c = latin.char32At(i);
    const char16_t* to = c < 0x80 ? nullptr : FoldOf(c);
    if (to == nullptr) {
      if (!add(c)) return {};
      continue;
    }
    for (; *to != 0; ++to)
      if (!add(*to)) return {};
  }
  return out;
}

// Romanization conventions of our own, as ICU transform rules. Each has two passes: the first
// decides the vowels (and л) by their neighbours while those are still Cyrillic (ICU matches a
// rule's left context against text already transliterated), the second maps letter by letter.
// "@G@" stands for г: g when transcribing Russian, h when transcribing Belarusian.

// Polish transcription (the PWN/KSNG rules for Russian and Belarusian): ш sz, ч cz, щ szcz, ж ż,
// х ch, ц c, в w, й j, ы y. е ё ю я are je jo ju ja at the start and after vowels and signs, ie io
// iu ia after a consonant (Bieriezowski), plain e o u a after the always-hard ж ш ч щ ц and after
// a soft l. л is l before е ё ю я и і ь, else ł (Łukaszenka). и is y after ж ш ц, ji after ь; a
// word-final -ий/-ый loses its й (Dostojewski). сь зь нь ць are ś ź ń ć. ў is u, ъ and the
// apostrophe vanish (but make the next vowel je: podjezd, zjezd).
constexpr char kPolishRules[] = R"(
$soft = [бвгґдзкмнпрстфх];
$hard = [жшчщц];
л } [еёюяиіь] > l;
л > ł;
[$hard l] { е > e;
[$hard l] { ё > o;
[$hard l] { ю > u;
[$hard l] { я > a;
$soft { е > ie;
$soft { ё > io;
$soft { ю > iu;
$soft { я > ia;
е > je; ё > jo; ю > ju; я > ja;
[жшц] { и > y;
[ь\'] { [иі] > ji;
::Null;
[iy] { й } $ > ;
сь > ś; зь > ź; нь > ń; ць > ć;
а > a; б > b; в > w; г > @G@; ґ > g; д > d; ж > ż; з > z; и > i; і > i; й > j; к > k;
м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u; ў > u; ф > f; х > ch; ц > c;
ч > cz; ш > sz; щ > szcz; ъ > ; ы > y; ь > ; э > e; є > je; ї > ji; \' > ;
)";

// Lithuanian transcription (the VLKK rules for Russian and Belarusian): ш š, ч č, щ šč, ж ž,
// х ch, ц c, в v, й j, ы y. е is je at the start and after vowels and signs, else e (Lithuanian
// consonants soften before e by themselves: Medvedev); ё ю я are jo ju ja there, io iu ia after a
// consonant (Viačeslav), o u a after ж ш ч щ. ь, ъ and the apostrophe vanish; и і after ь or the
// apostrophe are ji, о after ь is jo (Iljič, buljon).
// Lithuanian's case endings (-as, -is) are not added: they are grammar, not spelling.
constexpr char kLithuanianRules[] = R"(
$soft = [бвгґдзклмнпрстфхц];
$hard = [жшчщ];
[$soft $hard] { е > e;
$hard { ё > o;
$hard { ю > u;
$hard { я > a;
$soft { ё > io;
$soft { ю > iu;
$soft { я > ia;
е > je; ё > jo; ю > ju; я > ja;
[ь\'] { [иі] > ji;
ь { о > jo;
::Null;
а > a; б > b; в > v; г > @G@; ґ > g; д > d; ж > ž; з > z; и > i; і > i; й > j; к > k;
л > l; м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u; ў > u; ф > f; х > ch;
ц > c; ч > č; ш > š; щ > šč; ъ > ; ы > y; ь > ; э > e; є > je; ї > ji; \' > ;
)";

std::unique_ptr<icu::Transliterator> CreateFromRules(const char* id, std::string_view rules,
                                                     std::string_view g) {
  const size_t at = rules.find("@G@");
  std::string text = std::string(rules.substr(0, at)).append(g).append(rules.substr(at + 3));
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      id, icu::UnicodeString::fromUTF8(text), UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("bad transliteration rules for ") + id);
  return t;
}

std::unique_ptr<icu::Transliterator> CreateInstance(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU lacks transliterator ") + id);
  return t;
}

// One transliterator per convention and source language. Transliterators keep state while they
// run, so each thread gets its own copy, cloned from prototypes compiled once (compiling rules
// takes milliseconds).
struct Romanizers {
  std::unique_ptr<icu::Transliterator> ru_bgn, be_bgn, pl_ru, pl_be, lt_ru, lt_be;

  Romanizers() = default;
  Romanizers(Romanizers&&) = default;
  Romanizers(const Romanizers& other)
      : ru_bgn(other.ru_bgn->clone()),
        be_bgn(other.be_bgn->clone()),
        pl_ru(other.pl_ru->clone()),
        pl_be(other.pl_be->clone()),
        lt_ru(other.lt_ru->clone()),
        lt_be(other.lt_be->clone()) {}

  static Romanizers& ForThisThread() {
    static std::mutex mu;
    static const Romanizers prototypes = [] {
      Romanizers r;
      r.ru_bgn = CreateInstance("Russian-Latin/BGN");
      r.be_bgn = CreateInstance("Belarusian-Latin/BGN");
      r.pl_ru = CreateFromRules("twindex-Russian-Polish", kPolishRules, "g");
      r.pl_be = CreateFromRules("twindex-Belarusian-Polish", kPolishRules, "h");
      r.lt_ru = CreateFromRules("twindex-Russian-Lithuanian", kLithuanianRules, "g");
      r.lt_be = CreateFromRules("twindex-Belarusian-Lithuanian", kLithuanianRules, "h");
      return r;
    }();
    thread_local Romanizers mine = [] {
      std::lock_guard<std::mutex> lock(mu);  // cloning reads shared ICU data; keep it simple
      return Romanizers(prototypes);
    }();
    return mine;
  }
};

void Romanize(const icu::UnicodeString& word, std::vector<std::string>& out) {
  // Letters that only Belarusian (і ў, the apostrophe) or only Russian (и щ ъ) has tell which
  // language's conventions apply; a word with neither gets both. Only г is spelled differently
  // in the two languages' Polish and Lithuanian forms, so without г one run serves both.
  bool belarusian = false, russian = false, has_g = false;
  for (char16_t c : std::u16string_view(word.getBuffer(), static_cast<size_t>(word.length()))) {
    belarusian |= c == u'і' || c == u'ў' || c == kApostrophe;
    russian |= c == u'и' || c == u'щ' || c == u'ъ';
    has_g |= c == u'г';
  }
  if (belarusian == russian) belarusian = russian = true;

  Romanizers& r = Romanizers::ForThisThread();
  std::array<icu::Transliterator*, 6> run{};
  size_t n = 0;
  if (russian) run[n++] = r.ru_bgn.get();
  if (belarusian) run[n++] = r.be_bgn.get();
  if (russian || !has_g) run[n++] = r.pl_ru.get();
  if (belarusian && has_g) run[n++] = r.pl_be.get();
  if (russian || !has_g) run[n++] = r.lt_ru.get();
  if (belarusian && has_g) run[n++] = r.lt_be.get();

  auto add = [&out](std::string folded) {
    if (!folded.empty() && std::find(out.begin(), out.end(), folded) == out.end())
      out.push_back(std::move(folded));
  };
  for (size_t i = 0; i < n; ++i) {
    icu::UnicodeString latin(word);
    run[i]->transliterate(latin);
    std::string folded = FoldRomanization(latin);
    // BGN writes ў as w (Shawchenka); English-language press mostly writes u (Shauchenka).
    if (run[i] == r.be_bgn.get() && folded.find('w') != std::string::npos) {
      std::string with_u = folded;
      std::replace(with_u.begin(), with_u.end(), 'w', 'u');
      add(std::move(with_u));
    }
    add(std::move(folded));
  }
}

// Most words of Latin-script text are ASCII: nothing but case and the backquote apostrophe can
// apply to them, so they skip ICU altogether.
WordForms MakeAsciiWordForms(std::string_view word) {
  WordForms forms;
  forms.exact.reserve(word.size());
  bool has_letter = false;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '`') c = '\'';
    has_letter |= c >= 'a' && c <= 'z';
    forms.exact.push_back(c);
  }
  size_t begin = forms.exact.find_first_not_of('\'');
  if (begin == std::string::npos) {
    forms.exact.clear();
  } else {
    forms.exact.erase(forms.exact.find_last_not_of('\'') + 1);
    forms.exact.erase(0, begin);
  }
  forms.script = has_letter ? Script::kLatin : Script::kOther;
  return forms;
}

bool IsAscii(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// WordForms::exact of a non-ASCII word, as ICU text for the other forms to start from.
icu::UnicodeString Exact(std::string_view utf8_word) {
  icu::UnicodeString word = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_word.data(), static_cast<int32_t>(utf8_word.size())));
  RepairTypography(word);
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const nfkc_cf = [] {
    UErrorCode s = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(s);
    if (U_FAILURE(s)) throw std::runtime_error("ICU NFKC_Casefold normalizer unavailable");
    return n;
  }();
  icu::UnicodeString exact = nfkc_cf->normalize(word, status);
  if (U_FAILURE(status)) exact = word;  // only on allocation failure; keep the word usable
  TrimApostrophes(exact);
  return exact;
}

}  // namespace

WordForms MakeWordForms(std::string_view utf8_word) {
  if (utf8_word.size() > kMaxWordFormsBytes)
    return WordForms{std::string(utf8_word), {}, {}, Script::kOther};
  if (IsAscii(utf8_word)) return MakeAsciiWordForms(utf8_word);

  const icu::UnicodeString exact = Exact(utf8_word);
  WordForms forms;
  exact.toUTF8String(forms.exact);
  forms.script = DominantScript(exact);
  icu::UnicodeString folded;
  if (FoldDiacritics(exact, folded)) folded.toUTF8String(forms.folded);
  if (forms.script == Script::kCyrillic) Romanize(exact, forms.romanized);
  return forms;
}

std::string FoldedForm(std::string_view utf8_word) {
  if (utf8_word.size() > kMaxWordFormsBytes) return std::string(utf8_word);
  if (IsAscii(utf8_word)) return MakeAsciiWordForms(utf8_word).exact;
  const icu::UnicodeString exact = Exact(utf8_word);
  icu::UnicodeString folded;
  std::string out;
  (FoldDiacritics(exact, folded) ? folded : exact).toUTF8String(out);
  return out;
}

std::string ExactForm(std::string_view utf8_word) {
  if (utf8_word.size() > kMaxWordFormsBytes) return std::string(utf8_word);
  if (IsAscii(utf8_word)) return MakeAsciiWordForms(utf8_word).exact;
  std::string out;
  Exact(utf8_word).toUTF8String(out);
  return out;
}

bool StartsWithCapital(std::string_view word) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c > 0 && u_isupper(c);
}

}  // namespace twindex::text
