#include "index/known_stems.h"

#include <algorithm>

#include "index/schema.h"
#include "index/word_term.h"

namespace twindex::index {
namespace {

// A link's value: never empty (a word with no stems must still be known), so it starts with this.
constexpr char kValueMark = '=';

}  // namespace

void AddKnownStemLinks(const text::AnalyzedWord& word, std::vector<FormLink>& links) {
  for (size_t i = 0; i < std::size(text::kStemLanguages); ++i) {
    const std::string_view language = text::kStemLanguages[i];
    if (!((word.stemmed_in >> i) & 1) || !text::StemsByDictionary(language)) continue;
    std::string value(1, kValueMark);
    for (const text::Stem& s : word.stems) {
      if (s.language != language) continue;
      if (value.size() > 1) value += ' ';
      value += s.stem;
    }
    links.push_back({schema::KnownStemsKey(language, word.exact), std::move(value)});
  }
}

std::optional<std::vector<std::string>> IndexKnownStems::Find(std::string_view language,
                                                              std::string_view exact) const {
  const std::string key = schema::KnownStemsKey(language, exact);
  auto it = db_.synonyms_begin(key);
  if (it == db_.synonyms_end(key)) {
    if (db_.term_exists(schema::WordTerm(exact))) return std::vector<std::string>{};
    return std::nullopt;
  }
  // One value per word as a rule; a word stemmed again by a later release of the dictionary
  // may have gained a second, and the union is what its pages were linked under.
  std::vector<std::string> stems;
  for (; it != db_.synonyms_end(key); ++it) {
    const std::string value = *it;
    for (size_t start = 1; start < value.size();) {
      size_t end = value.find(' ', start);
      if (end == std::string::npos) end = value.size();
      std::string stem = value.substr(start, end - start);
      if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(stem);
      start = end + 1;
    }
  }
  return stems;
}

}  // namespace twindex::index
