// Analyzer: the one definition of which forms of a word twindex matches on, for document words
// and query words alike, so that the index and the query parser cannot drift apart.
// (index/ maps the forms to prefixed Xapian terms; nothing here knows about prefixes.)
//
//   exact      case-folded, typographic/OCR noise repaired        (ranks highest)
//   folded     without diacritics (Bialystok ~ Białystok)
//   stems      per language, themselves folded (gdansku ~ Gdańsku ~ Gdańsk)
//   romanized  ASCII romanizations of Cyrillic names (Lukashenka ~ Łukaszenka ~ Лукашэнка);
//              in documents only for capitalized words
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twindex::text {

struct Stem {
  std::string language;  // "pl", "be", "lt", "ru"
  std::string stem;      // folded
  bool operator==(const Stem&) const = default;
};

struct AnalyzedWord {
  std::string exact;
  std::string folded;  // "" when equal to exact
  std::vector<Stem> stems;
  std::vector<std::string> romanized;  // Cyrillic words only
  bool latin = false;                  // a Latin-script word (its forms may meet romanizations)
  // Bit i: the word was stemmed in kStemLanguages[i], and `stems` holds all it got there.
  uint8_t stemmed_in = 0;
  // AnalyzeDocumentWord only: distinct for every analysis a thread makes (never reused, unlike
  // the address of a cache entry), so a caller can tell repeated words apart cheaply.
  uint64_t serial = 0;
  // The form diacritic-insensitive matching uses: folded, or exact when nothing was folded.
  const std::string& base() const { return folded.empty() ? exact : folded; }
};

// The languages words are stemmed in (the bits of AnalyzedWord::stemmed_in).
inline constexpr std::string_view kStemLanguages[] = {"pl", "be", "lt", "ru"};

// Whether `language` stems through a dictionary (Hunspell: pl, be) that takes a process ~0.2 s
// to load, which a search avoids by asking its KnownStems first.
bool StemsByDictionary(std::string_view language);

// Stems a dictionary language gives words, known without the dictionary: what an index
// remembers from analyzing its pages (index/known_stems.h).
class KnownStems {
 public:
  virtual ~KnownStems() = default;
  // The stems of the case-folded word `exact` in `language` (the Stem::stem values an analysis
  // in that language gives it), or nullopt if unknown. May throw what its source throws.
  virtual std::optional<std::vector<std::string>> Find(std::string_view language,
                                                       std::string_view exact) const = 0;
};

// A word of a page in `language` ("" if undetermined: stems for every language of the word's
// script). Cached per thread: pages repeat their words.
const AnalyzedWord& AnalyzeDocumentWord(std::string_view word, std::string_view language);

// A query word, language unknown: stems in every language of its script. Stems of a dictionary
// language come from `known` when it knows them, and from the dictionary otherwise: the result
// is the same either way.
AnalyzedWord AnalyzeQueryWord(std::string_view word, const KnownStems* known = nullptr);

// Keys under which two analyzed words match (shared key = match), for highlighting the words a
// query found: exact form, diacritic-free form, stems, romanizations.
std::vector<std::string> MatchKeys(const AnalyzedWord& word);

}  // namespace twindex::text
