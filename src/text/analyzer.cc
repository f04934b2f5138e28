#include "text/analyzer.h"

#include <algorithm>
#include <functional>
#include <span>
#include <unordered_map>

#include "text/stemmer.h"
#include "text/word_forms.h"

namespace twindex::text {
namespace {

constexpr std::string_view kLatinLanguages[] = {"pl", "lt"};
constexpr std::string_view kCyrillicLanguages[] = {"be", "ru"};
// The Snowball language of each script: cheap enough to stem every name of that script with, so
// names of one language met in another's text (Druskininkuose in a Polish report) still meet.
constexpr std::string_view kLatinSnowball = "lt";
constexpr std::string_view kCyrillicSnowball = "ru";

// Words seen by one thread; cleared when it grows past this many entries.
constexpr size_t kCacheLimit = 200'000;

// Hashes std::string and string_view alike, so maps keyed by std::string are searched by view.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using WordCache = std::unordered_map<std::string, AnalyzedWord, ViewHash, std::equal_to<>>;

std::string Fold(std::string_view word) {
  WordForms f = MakeWordForms(word);
  return f.folded.empty() ? std::move(f.exact) : std::move(f.folded);
}

void AddStem(AnalyzedWord& out, std::string_view language, std::string stem) {
  Stem s{std::string(language), std::move(stem)};
  if (std::find(out.stems.begin(), out.stems.end(), s) == out.stems.end())
    out.stems.push_back(std::move(s));
}

size_t StemLanguageBit(std::string_view language) {
  for (size_t i = 0; i < std::size(kStemLanguages); ++i)
    if (kStemLanguages[i] == language) return size_t{1} << i;
  return 0;
}

// Stems are kept folded. A lemma with diacritics (współpraca) is also stemmed again without
// them (wspolprac), which is what a query typed without diacritics (wspolpracy) comes to: the
// dictionary does not know the bare form, so the suffix stemmer answers for it.
void AddStems(AnalyzedWord& out, std::string_view language, const KnownStems* known = nullptr) {
  out.stemmed_in |= static_cast<uint8_t>(StemLanguageBit(language));
  if (known && StemsByDictionary(language)) {
    if (std::optional<std::vector<std::string>> stems = known->Find(language, out.exact)) {
      for (std::string& stem : *stems) AddStem(out, language, std::move(stem));
      return;
    }
  }
  const Stemmer& stemmer = Stemmer::ForLanguage(language);
  for (const std::string& stem : stemmer.Stems(out.exact)) {
    std::string folded = Fold(stem);
    if (folded != stem)
      for (const std::string& bare : stemmer.Stems(folded)) AddStem(out, language, Fold(bare));
    AddStem(out, language, std::move(folded));
  }
}

bool Contains(std::span<const std::string_view> list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// `language`: the page's; "" for a query, which gets every language of the word's script.
AnalyzedWord Analyze(std::string_view word, std::string_view language,
                     const KnownStems* known = nullptr) {
  WordForms forms = MakeWordForms(word);
  AnalyzedWord out{std::move(forms.exact),
                   std::move(forms.folded),
                   {},
                   std::move(forms.romanized),
                   forms.script == WordForms::Script::kLatin};
  std::span<const std::string_view> languages;
  std::string_view snowball;
  if (forms.script == WordForms::Script::kLatin) {
    languages = kLatinLanguages;
    snowball = kLatinSnowball;
  } else if (forms.script == WordForms::Script::kCyrillic) {
    languages = kCyrillicLanguages;
    snowball = kCyrillicSnowball;
  }
  if (!language.empty() && Contains(languages, language)) {
    // A document word in its page's script: the page's language; a name also the script's
    // Snowball language, as names travel between languages.
    AddStems(out, language);
    if (language != snowball && StartsWithCapital(word)) AddStems(out, snowball);
  } else {
    // A query word, or a word in another script than its page's language (a Latin name in a
    // Russian text): every language of its script; for a query, the word may also be a lemma.
    for (std::string_view l : languages) {
      AddStems(out, l, known);
      if (language.empty()) AddStem(out, l, out.base());
    }
  }
  // An inflected Cyrillic name (Бресте) meets its Latin nominative (Brest) through the
  // romanizations of its stems.
  if (forms.script == WordForms::Script::kCyrillic) {
    for (const Stem& stem : out.stems)
      for (std::string& r : MakeWordForms(stem.stem).romanized)
        if (std::find(out.romanized.begin(), out.romanized.end(), r) == out.romanized.end())
          out.romanized.push_back(std::move(r));
  }
  return out;
}

}  // namespace

const AnalyzedWord& AnalyzeDocumentWord(std::string_view word, std::string_view language) {
  // Romanizations serve names (Лукашэнка ~ Lukashenka); for common words they would only let a
  // Latin query wander into the same word of a Cyrillic-script language. Document words get
  // them when capitalized; query words always (people type names in lower case).
  // One map per language, both looked up by string_view: every word of every page comes here
  // (the tagger and the page documents), mostly to a word seen before, and building a
  // language + word key for each took an allocation and a copy.
  thread_local std::unordered_map<std::string, WordCache, ViewHash, std::equal_to<>> by_language;
  thread_local size_t cached = 0;  // entries of all languages
  thread_local uint64_t analyses = 0;
  auto language_cache = by_language.find(language);
  if (language_cache == by_language.end())
    language_cache = by_language.emplace(std::string(language), WordCache()).first;
  WordCache& cache = language_cache->second;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cached >= kCacheLimit) {
    for (auto& [unused, c] : by_language) c.clear();
    cached = 0;
  }
  AnalyzedWord analyzed = Analyze(word, language);
  if (!StartsWithCapital(word)) analyzed.romanized.clear();
  analyzed.serial = ++analyses;
  ++cached;
  return cache.emplace(std::string(word), std::move(analyzed)).first->second;
}

AnalyzedWord AnalyzeQueryWord(std::string_view word, const KnownStems* known) {
  return Analyze(word, "", known);
}

bool StemsByDictionary(std::string_view language) {
  return Stemmer::ForLanguage(language).method() == Stemmer::Method::kHunspell;
}

std::vector<std::string> MatchKeys(const AnalyzedWord& w) {
  // The first byte says what kind of form a key is, so an exact form never equals a stem.
  std::vector<std::string> keys{"=" + w.exact, "~" + w.base()};
  for (const Stem& s : w.stems) keys.push_back(s.language + ":" + s.stem);
  for (const std::string& r : w.romanized) keys.push_back("~" + r);
  return keys;
}

}  // namespace twindex::text
