#include "tag/case_forms.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace twindex::tag {
namespace {

using Endings = std::vector<std::u32string>;

// A language's declension, folded as the words are.
struct Declension {
  // Endings a name loses before its case endings (Gdynia -> Gdyn-i, Тверь -> Твер-и, Kaunas ->
  // Kaun-o), with the endings the stem then takes; a name ending in none of them (Turek, Kaunas
  // without its "as") takes `endings` on the whole name.
  std::vector<std::pair<std::u32string, Endings>> finals;
  Endings endings;
  // Finals that mark a plural name, whose genitive has no ending (Kielce -> Kielc, Сумы -> Сум).
  Endings plural_finals;
  // Alternations at a stem's end before an ending (Góra -> Górze, Прага -> Празе).
  std::vector<std::pair<std::u32string, std::u32string>> alternations;
  // Vowels that drop before a name's last consonant (Turek -> Turku, Городок -> Городка).
  std::u32string mobile_vowels;
  // Whether a foreign name ending in a vowel takes endings after it (Lithuanian Gori -> Gorio).
  bool endings_after_vowel = false;
};

const Endings kPolishEndings = {U"a",   U"u",  U"e",   U"ie",   U"i",    U"y",   U"em",  U"iem",
                                U"owi", U"om", U"ach", U"ech",  U"ami",  U"ow",  U"o",   U"iu",
                                U"ej",  U"ym", U"im",  U"ich",  U"ych",  U"ego", U"emu", U"iej",
                                U"ia",  U"ii", U"iom", U"iach", U"iami", U"mi"};
const Endings kRussianEndings = {U"а",  U"у",   U"е",  U"ом",  U"ой",  U"ою",  U"ы",  U"и",  U"ей",
                                 U"ам", U"ами", U"ах", U"ям",  U"ями", U"ях",  U"ем", U"ю",  U"я",
                                 U"ью", U"ии",  U"ию", U"ией", U"ого", U"ому", U"ым", U"им", U"ую",
                                 U"ая", U"ое",  U"ые", U"их",  U"ов",  U"ев",  U"ье", U"ья"};
const Endings kBelarusianEndings = {
    U"а",   U"у",  U"е",  U"э",  U"ы",  U"і",   U"ом",  U"ам", U"ай", U"ой", U"ою", U"яй", U"эй",
    U"ем",  U"ю",  U"я",  U"ах", U"ях", U"амі", U"ямі", U"аў", U"яў", U"оў", U"ёў", U"ей", U"ага",
    U"аму", U"ым", U"ім", U"ую", U"ая", U"ае",  U"ыя",  U"ія", U"іх", U"ых", U"ье", U"ём", U"ёй"};
// Lithuanian declines by the nominative's ending; a foreign name without one takes them all.
const Endings kLithuanianEndings = {
    U"as",   U"o",   U"ui", U"a",   U"u",    U"e",     U"ai",   U"ams",  U"us",
    U"uose", U"ais", U"os", U"oje", U"ose",  U"omis",  U"oms",  U"is",   U"io",
    U"iui",  U"i",   U"iu", U"yje", U"ys",   U"iai",   U"iams", U"ius",  U"iuose",
    U"iais", U"es",  U"ei", U"eje", U"ems",  U"emis",  U"ese",  U"aus",  U"uje",
    U"umi",  U"ie",  U"ia", U"ios", U"ioje", U"iomis", U"ioms", U"iose", U"y"};

Declension Polish() {
  Declension d;
  d.endings = kPolishEndings;
  for (const char32_t* f : {U"ia", U"ie", U"a", U"o", U"e", U"y", U"i", U"u"})
    d.finals.push_back({f, kPolishEndings});
  d.plural_finals = {U"y", U"i", U"e"};
  d.alternations = {{U"k", U"c"}, {U"g", U"dz"}, {U"r", U"rz"}, {U"ch", U"sz"},
                    {U"t", U"c"}, {U"d", U"dz"}, {U"st", U"sc"}};
  d.mobile_vowels = U"e";
  return d;
}

Declension Russian() {
  Declension d;
  d.endings = kRussianEndings;
  for (const char32_t* f : {U"ия", U"ья", U"ие", U"ая", U"ое", U"ый", U"ий", U"ой", U"ые", U"а",
                            U"я", U"о", U"е", U"ы", U"и", U"ь", U"й"})
    d.finals.push_back({f, kRussianEndings});
  d.plural_finals = {U"ы", U"и"};
  d.mobile_vowels = U"ое";
  return d;
}

Declension Belarusian() {
  Declension d;
  d.endings = kBelarusianEndings;
  for (const char32_t* f :
       {U"ія", U"ая", U"ае", U"ыя", U"ы", U"і", U"а", U"я", U"о", U"е", U"ь", U"й", U"э"})
    d.finals.push_back({f, kBelarusianEndings});
  d.plural_finals = {U"ы", U"і"};
  d.alternations = {{U"г", U"з"}, {U"к", U"ц"},  {U"х", U"с"},
                    {U"т", U"ц"}, {U"д", U"дз"}, {U"ў", U"в"}};
  d.mobile_vowels = U"ое";
  return d;
}

Declension Lithuanian() {
  Declension d;
  d.endings = kLithuanianEndings;
  d.finals = {
      {U"iai", {U"iai", U"iu", U"iams", U"ius", U"iuose", U"iais"}},
      {U"ai", {U"ai", U"u", U"ams", U"us", U"uose", U"ais"}},
      {U"ia", {U"ia", U"ios", U"iai", U"iu", U"ioje", U"ioms", U"ias", U"iomis", U"iose"}},
      {U"as", {U"as", U"o", U"ui", U"a", U"u", U"e", U"ai", U"ams", U"us", U"uose", U"ais"}},
      {U"is",
       {U"is", U"io", U"iui", U"i", U"iu", U"yje", U"iai", U"iams", U"ius", U"iuose", U"iais",
        U"ie", U"y"}},
      {U"ys",
       {U"ys", U"io", U"iui", U"i", U"iu", U"yje", U"iai", U"iams", U"ius", U"iuose", U"iais",
        U"y"}},
      {U"us", {U"us", U"aus", U"ui", U"u", U"umi", U"uje", U"ums"}},
      {U"a", {U"a", U"os", U"ai", U"u", U"oje", U"oms", U"as", U"omis", U"ose", U"o"}},
      {U"e", {U"e", U"es", U"ei", U"eje", U"iu", U"ems", U"emis", U"ese"}},
  };
  d.endings_after_vowel = true;
  return d;
}

std::u32string Utf32(std::string_view s) {
  std::u32string out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

bool IsCyrillic(char32_t c) { return c >= 0x400 && c < 0x530; }

bool IsVowel(char32_t c) {
  return std::u32string_view(U"aeiouyаеёиоуыэюяіь").find(c) != std::u32string_view::npos;
}

// Belarusian spells what Russian does not: an unstressed о as а (Бор -> у Бары, Павлодар ->
// Павладар), е after a hard consonant as э (Тарнобжег -> Тарнобжэгу), и as і, в as ў; it writes
// Russian names its own way, and its own names are quoted in Russian. Belarusian words and names
// are compared with these letters merged.
char32_t MergedLetter(char32_t c) {
  if (c == U'о') return U'а';
  if (c == U'э') return U'е';
  if (c == U'и') return U'і';
  if (c == U'ў') return U'в';
  return c;
}

std::u32string MergeBelarusian(std::u32string s) {
  for (char32_t& c : s) c = MergedLetter(c);
  return s;
}

// Whether a form may start with letters x, y where its name starts with a, b: the same letters,
// or Belarusian's spelling of them (IsCaseFormIn compares the first two letters, merged in
// Cyrillic; other scripts' letters merge into themselves).
bool SameStartLetters(char32_t x, char32_t y, char32_t a, char32_t b) {
  return MergedLetter(x) == MergedLetter(a) && MergedLetter(y) == MergedLetter(b);
}

Declension MergedBelarusian(Declension d) {
  for (auto& [final, endings] : d.finals) {
    final = MergeBelarusian(final);
    for (std::u32string& e : endings) e = MergeBelarusian(e);
  }
  for (std::u32string& e : d.endings) e = MergeBelarusian(e);
  for (std::u32string& e : d.plural_finals) e = MergeBelarusian(e);
  for (auto& [from, to] : d.alternations) from = MergeBelarusian(from), to = MergeBelarusian(to);
  d.mobile_vowels = MergeBelarusian(d.mobile_vowels);
  return d;
}

bool EndsWith(std::u32string_view s, std::u32string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Whether `rest` is one of `endings` (the empty one only when `zero` allows).
bool IsEnding(std::u32string_view rest, const Endings& endings, bool zero) {
  if (rest.empty()) return zero;
  return std::find(endings.begin(), endings.end(), rest) != endings.end();
}

// Whether `word` is `stem` (or `stem` with an alternation at its end) and one of `endings`.
bool StemAndEnding(std::u32string_view word, std::u32string_view stem, const Endings& endings,
                   bool zero, const Declension& d) {
  if (word.starts_with(stem) && IsEnding(word.substr(stem.size()), endings, zero)) return true;
  for (const auto& [from, to] : d.alternations) {
    if (!EndsWith(stem, from)) continue;
    const std::u32string_view kept = stem.substr(0, stem.size() - from.size());
    if (word.starts_with(kept) && word.substr(kept.size()).starts_with(to) &&
        IsEnding(word.substr(kept.size() + to.size()), endings, zero))
      return true;
  }
  return false;
}

bool IsCaseFormIn(std::u32string_view word, std::u32string_view name, const Declension& d) {
  if (word == name) return true;
  // Cheap reject: a case form starts with the name's first letter and two of its letters.
  if (word.size() < 2 || name.size() < 2 || word.substr(0, 2) != name.substr(0, 2)) return false;
  bool final_matched = false;
  for (const auto& [final, endings] : d.finals) {
    if (!EndsWith(name, final) || name.size() <= final.size() + 1) continue;
    final_matched = true;
    const bool plural =
        std::find(d.plural_finals.begin(), d.plural_finals.end(), final) != d.plural_finals.end();
    if (StemAndEnding(word, name.substr(0, name.size() - final.size()), endings, plural, d))
      return true;
  }
  // A name ending in a consonant declines whole (Turek -> Turkiem through its mobile vowel); one
  // ending in a vowel no Declension::finals names is foreign and indeclinable (Шу), but in
  // Lithuanian, which gives foreign names its endings (Gori -> Gorio).
  if (final_matched && !d.endings_after_vowel) return false;
  if (!name.empty() && IsVowel(name.back()) && !d.endings_after_vowel) return false;
  if (StemAndEnding(word, name, d.endings, false, d)) return true;
  // A mobile vowel before the last consonant: Turek -> Turk-u, Городок -> Городк-а.
  if (name.size() >= 4 && d.mobile_vowels.find(name[name.size() - 2]) != std::u32string::npos) {
    std::u32string stem(name);
    stem.erase(stem.size() - 2, 1);
    if (StemAndEnding(word, stem, d.endings, false, d)) return true;
  }
  return false;
}

bool IsCaseForm(const std::u32string& w, const std::u32string& n, std::string_view language) {
  static const Declension kPl = Polish(), kLt = Lithuanian(), kRu = Russian(),
                          kMergedBe = MergedBelarusian(Belarusian());
  if (w.empty() || n.empty() || w == n) return true;
  const bool cyrillic = IsCyrillic(w[0]);
  if (cyrillic != IsCyrillic(n[0])) return true;  // another script: not ours to judge
  const bool cyrillic_language = language == "be" || language == "ru";
  if (language != "pl" && language != "lt" && !cyrillic_language) return true;
  // Cheap reject first, before the declensions and Belarusian's merged copies.
  if (w.size() >= 2 && n.size() >= 2 && !SameStartLetters(w[0], w[1], n[0], n[1])) return false;
  if (cyrillic) {
    // Russian and Belarusian texts quote each other's names; a Cyrillic name in a Polish or
    // Lithuanian text is quoted in its own language's forms.
    return IsCaseFormIn(w, n, kRu) ||
           IsCaseFormIn(MergeBelarusian(w), MergeBelarusian(n), kMergedBe);
  }
  if (!cyrillic_language) return IsCaseFormIn(w, n, language == "pl" ? kPl : kLt);
  // A Latin name in a Russian or Belarusian text: quoted in Polish or Lithuanian.
  return IsCaseFormIn(w, n, kPl) || IsCaseFormIn(w, n, kLt);
}

// The word's letters: the tagger asks about one word and many names in turn, so the last word's
// are kept (per thread).
const std::u32string& WordUtf32(std::string_view word) {
  thread_local std::string last;
  thread_local std::u32string letters;
  if (word != last || letters.empty()) {
    last = word;
    letters = Utf32(word);
  }
  return letters;
}

// Whether two words start with the same letter, or with Belarusian's spelling of the other's
// (MergeBelarusian), and so their second letters: the cheap test before the rest, on the words'
// UTF-8 (IsCaseForm's own test, for a word and a name in one script).
bool SameStart(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  int32_t i = 0, j = 0;
  const int32_t a_size = static_cast<int32_t>(a.size()), b_size = static_cast<int32_t>(b.size());
  UChar32 x, y;
  U8_NEXT(a.data(), i, a_size, x);
  U8_NEXT(b.data(), j, b_size, y);
  if (IsCyrillic(x) != IsCyrillic(y)) return true;  // another script: not judged here
  if (x != y && (x < 0 || y < 0 || MergedLetter(x) != MergedLetter(y))) return false;
  if (i == a_size || j == b_size) return true;  // a word of one letter
  UChar32 x2, y2;
  U8_NEXT(a.data(), i, a_size, x2);
  U8_NEXT(b.data(), j, b_size, y2);
  // Letters as Utf32 decodes them.
  auto letter = [](UChar32 c) { return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c); };
  return SameStartLetters(letter(x), letter(x2), letter(y), letter(y2));
}

}  // namespace

bool IsCaseFormOf(std::string_view word, std::string_view name, std::string_view language) {
  // Cheap test first: a form starts with its name's first two letters (or, in Belarusian, its
  // spelling of them: Аршанскі, Оршанский).
  const bool known = language == "pl" || language == "lt" || language == "be" || language == "ru";
  if (known && !SameStart(word, name)) return false;
  return IsCaseForm(WordUtf32(word), Utf32(name), language);
}

bool IsRespeltCaseFormOf(std::string_view word, std::string_view name, std::string_view language) {
  // The first letter is kept (the cheap test), the rest compared letter by letter.
  UChar32 x = 0, y = 0;
  int32_t i = 0, j = 0;
  if (word.empty() || name.empty()) return false;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), x);
  U8_NEXT(name.data(), j, static_cast<int32_t>(name.size()), y);
  if (x != y) return false;
  const std::u32string& w = WordUtf32(word);
  const std::u32string n = Utf32(name);
  for (size_t at = 1; at + 2 < std::min(w.size(), n.size()); ++at) {
    if (w[at] == n[at] || w.compare(at + 1, 2, n, at + 1, 2) != 0) continue;
    std::u32string respelt = w;
    respelt[at] = n[at];
    if (IsCaseForm(respelt, n, language)) return true;
  }
  return false;
}

}  // namespace twindex::tag
