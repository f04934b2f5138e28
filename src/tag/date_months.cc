#include "tag/date_months.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace twindex::tag {
namespace {

using Table = std::unordered_map<std::string, MonthName>;

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Replaces `suffix` (which `s` ends with) by `with`.
std::string Swap(std::string_view s, std::string_view suffix, std::string_view with) {
  return std::string(s.substr(0, s.size() - suffix.size())) + std::string(with);
}

// The "in <month>" form of a month, which ICU does not provide. Polish and Belarusian take the
// locative of the genitive's stem (-a -> -u, Belarusian -я -> -і), except February, whose name is
// an adjective (lutego -> lutym, лютага -> лютым), and November, whose stem takes -ie
// (listopada -> listopadzie, лістапада -> лістападзе); Russian's prepositional swaps the
// genitive's -а/-я for -е (марта -> марте, мая -> мае); Lithuanian says "in March" with the
// accusative of the nominative (kovas -> kovą, sausis -> sausį, gegužė -> gegužę, liepa -> liepą).
// Returns "" where no rule applies.
std::string InMonthForm(MonthLang lang, std::string_view genitive, std::string_view nominative) {
  switch (lang) {
    case kPl:
      if (genitive == "lutego") return "lutym";
      if (genitive == "listopada") return "listopadzie";
      if (EndsWith(genitive, "a")) return Swap(genitive, "a", "u");
      return "";
    case kBe:
      if (genitive == "лютага") return "лютым";
      if (genitive == "лістапада") return "лістападзе";
      if (EndsWith(genitive, "я")) return Swap(genitive, "я", "і");
      if (EndsWith(genitive, "а")) return Swap(genitive, "а", "у");
      return "";
    case kRu:
      if (EndsWith(genitive, "я")) return Swap(genitive, "я", "е");
      if (EndsWith(genitive, "а")) return Swap(genitive, "а", "е");
      return "";
    case kLt:
      if (EndsWith(nominative, "is")) return Swap(nominative, "is", "į");
      if (EndsWith(nominative, "as")) return Swap(nominative, "as", "ą");
      if (EndsWith(nominative, "ė")) return Swap(nominative, "ė", "ę");
      if (EndsWith(nominative, "a")) return Swap(nominative, "a", "ą");
      return "";
    case kEn:  // "in March", "im März": a preposition, not a form of the name
    case kDe:
      return "";
  }
  return "";
}

class TableBuilder {
 public:
  TableBuilder() {
    UErrorCode status = U_ZERO_ERROR;
    ascii_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) ascii_.reset();
  }

  void Add(std::string_view name, int month, uint8_t forms, MonthLang lang) {
    std::string key = FoldWord(name);
    while (!key.empty() && key.back() == '.') key.pop_back();  // ICU's "нояб.", "kov."
    if (key.empty()) return;
    Insert(key, month, forms, lang);
    if (ascii_) {  // "wrzesnia", "paz", "geguzes": text typed or OCR'd without diacritics
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(key);
      ascii_->transliterate(u);
      std::string plain = ToUtf8(u);
      if (plain != key) Insert(plain, month, forms, lang);
    }
  }

  Table Take() { return std::move(table_); }

  // Writers abbreviate a month by any start of its name, not only ICU's ("крас.", "ліст.",
  // "paźdz.", "сент."): every start of 3 letters or more that belongs to one month only.
  void AddPrefixAbbreviations() {
    std::map<std::string, std::pair<int, uint8_t>> prefixes;  // prefix -> month (0: several)
    for (const auto& [key, m] : table_) {
      if (!(m.forms & kDayForm)) continue;
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(key);
      for (int32_t len = 3; len < u.countChar32(); ++len) {
        std::string prefix = ToUtf8(u.tempSubString(0, u.moveIndex32(0, len)));
        auto [it, fresh] = prefixes.try_emplace(prefix, m.month, m.langs);
        if (!fresh && it->second.first != m.month) it->second.first = 0;
        it->second.second |= m.langs;
      }
    }
    for (const auto& [prefix, month_langs] : prefixes)
      if (month_langs.first != 0 && !table_.count(prefix))
        for (uint8_t lang : {kPl, kBe, kLt, kRu, kEn, kDe})
          if (month_langs.second & lang)
            Insert(prefix, month_langs.first, kAbbrev, static_cast<MonthLang>(lang));
  }

 private:
  void Insert(const std::string& key, int month, uint8_t forms, MonthLang lang) {
    auto [it, fresh] = table_.try_emplace(key);
    MonthName& m = it->second;
    if (fresh) m.month = static_cast<uint8_t>(month);
    // No name of these four languages means two months; should a future ICU make one do so,
    // the first month wins rather than a silent mix of both.
    if (m.month != month) return;
    m.forms |= forms;
    m.langs |= lang;
  }

  std::unique_ptr<icu::Transliterator> ascii_;
  Table table_;
};

Table BuildTable() {
  TableBuilder b;
  const std::pair<const char*, MonthLang> kLocales[] = {{"pl", kPl}, {"be", kBe}, {"lt", kLt},
                                                        {"ru", kRu}, {"en", kEn}, {"de", kDe}};
  for (const auto& [locale, lang] : kLocales) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    using S = icu::DateFormatSymbols;
    int32_t n_gen = 0, n_nom = 0, n = 0;
    const icu::UnicodeString* genitive = symbols.getMonths(n_gen, S::FORMAT, S::WIDE);
    const icu::UnicodeString* nominative = symbols.getMonths(n_nom, S::STANDALONE, S::WIDE);
    for (int i = 0; i < n_gen && i < 12; ++i) b.Add(ToUtf8(genitive[i]), i + 1, kDayForm, lang);
    for (int i = 0; i < n_nom && i < 12; ++i)
      b.Add(ToUtf8(nominative[i]), i + 1, kDayForm | kNominative, lang);
    for (auto context : {S::FORMAT, S::STANDALONE}) {
      const icu::UnicodeString* abbrev = symbols.getMonths(n, context, S::ABBREVIATED);
      for (int i = 0; i < n && i < 12; ++i) b.Add(ToUtf8(abbrev[i]), i + 1, kAbbrev, lang);
    }
    for (int i = 0; i < n_gen && i < n_nom && i < 12; ++i) {
      std::string in_month =
          InMonthForm(lang, FoldWord(ToUtf8(genitive[i])), FoldWord(ToUtf8(nominative[i])));
      if (!in_month.empty()) b.Add(in_month, i + 1, kInMonth, lang);
    }
  }
  // Belarusian texts mostly name May by its native name (травень, траўня, у траўні); ICU's
  // Belarusian data has only the international "май/мая".
  b.Add("травень", 5, kDayForm | kNominative, kBe);
  b.Add("траўня", 5, kDayForm, kBe);
  b.Add("траўні", 5, kInMonth, kBe);
  // Belarusian calendars and forms shorten months to three consonant-led letters that are no
  // start of the name (стд for студзень, крс for красавік, ...); ICU has only the starts.
  const char* const kBelarusianShort[] = {"стд", "лют", "сак", "крс", "трв", "чрв",
                                          "ліп", "жнв", "врс", "кст", "ліс", "снж"};
  for (int i = 0; i < 12; ++i) b.Add(kBelarusianShort[i], i + 1, kAbbrev, kBe);
  // The standard Belarusian abbreviation of жнівень is two letters, "жн.", shorter than the
  // starts of three letters or more AddPrefixAbbreviations makes ("з 23 па 25 жн.").
  b.Add("жн", 8, kAbbrev, kBe);
  b.AddPrefixAbbreviations();
  return b.Take();
}

const Table& MonthTable() {
  static const Table table = BuildTable();  // C++11 magic static: built once, then read-only
  return table;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  FoldWordInto(word, &out);
  return out;
}

void FoldWordInto(std::string_view word, std::string* out) {
  out->clear();
  out->reserve(word.size());
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t len = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) c = 0xFFFD;
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      continue;
    }
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out->append(buf, static_cast<size_t>(n));
  }
}

namespace {

// `folded` with the diacritics of Polish and Lithuanian letters taken off ("birżelio" ->
// "birzelio"), or "" if it has none: OCR reads one of these letters for another ("ż" for "ž"),
// and the table holds every name without its diacritics too.
std::string WithoutDiacritics(std::string_view folded) {
  static constexpr std::pair<std::string_view, char> kPlain[] = {
      {"ą", 'a'}, {"ć", 'c'}, {"ę", 'e'}, {"ł", 'l'}, {"ń", 'n'}, {"ó", 'o'}, {"ś", 's'},
      {"ź", 'z'}, {"ż", 'z'}, {"č", 'c'}, {"ė", 'e'}, {"į", 'i'}, {"š", 's'}, {"ų", 'u'},
      {"ū", 'u'}, {"ž", 'z'}, {"ä", 'a'}, {"ö", 'o'}, {"ü", 'u'}};
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < folded.size();) {
    const auto c = static_cast<unsigned char>(folded[i]);
    if (c < 0x80) {
      out.push_back(folded[i++]);
      continue;
    }
    if (c != 0xC3 && c != 0xC4 && c != 0xC5) return "";  // another script: no Latin name
    bool replaced = false;
    for (const auto& [letter, plain] : kPlain) {
      if (folded.substr(i).starts_with(letter)) {
        out.push_back(plain);
        i += letter.size();
        replaced = changed = true;
        break;
      }
    }
    if (!replaced) return "";
  }
  return changed ? out : "";
}

}  // namespace

const MonthName* LookupMonth(std::string_view word) {
  // The longest name (października, кастрычніка) is well under 32 bytes; skip the fold for
  // anything that cannot be a month.
  if (word.size() < 3 || word.size() > 32) return nullptr;
  const Table& table = MonthTable();
  const std::string folded = FoldWord(word);
  auto it = table.find(folded);
  if (it != table.end()) return &it->second;
  // A Latin name with a wrong diacritic, as OCR reads "birželio" as "birżelio".
  if (const std::string plain = WithoutDiacritics(folded); !plain.empty()) {
    it = table.find(plain);
    if (it != table.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace twindex::tag
