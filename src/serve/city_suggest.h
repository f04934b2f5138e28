// CitySuggest: the type-ahead of the city filter — the cities the index holds whose name in any of
// the five languages, or a variant (historical, transliterated), starts with what was typed, case
// and diacritics folded; a Cyrillic prefix is also tried romanized, so "Гродн" finds names written
// only in Latin script too. The folded names of each city are computed once and kept.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twindex::serve {

struct CitySuggestion {
  uint32_t id;
  std::string name;     // in the interface language (tag::kNameLanguage code `ui`)
  std::string country;  // ISO alpha-2
};

class CitySuggest {
 public:
  // Of `indexed` (Searcher::IndexedCities), those matching `prefix`, the most populous first, at
  // most `limit`; named in `ui` ("en", "pl", "be", "lt", "ru"). Thread-safe.
  std::vector<CitySuggestion> Suggest(std::string_view prefix, const std::vector<uint32_t>& indexed,
                                      std::string_view ui, size_t limit);

 private:
  const std::vector<std::string>& FoldedNames(uint32_t id);  // call with mutex_ held

  std::mutex mutex_;
  std::unordered_map<uint32_t, std::vector<std::string>> folded_;
};

// What a name or a prefix is compared as: case folded, diacritics removed, for each word.
std::string FoldForMatching(std::string_view text);

}  // namespace twindex::serve
