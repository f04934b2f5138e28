#include "serve/city_suggest.h"

#include <algorithm>

#include "index/results_json.h"
#include "tag/gazetteer.h"
#include "text/word_forms.h"

namespace twindex::serve {

std::string FoldForMatching(std::string_view text) {
  // Word by word: FoldedForm takes one word; spaces and hyphens stay as they are.
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find_first_of(" -", at), text.size());
    if (end > at) out += text::FoldedForm(text.substr(at, end - at));
    if (end < text.size()) out += text[end];
    at = end + 1;
  }
  return out;
}

const std::vector<std::string>& CitySuggest::FoldedNames(uint32_t id) {
  auto [it, fresh] = folded_.try_emplace(id);
  if (fresh)
    if (const tag::City* city = tag::Gazetteer::Default().Find(id))
      city->ForEachName([&](std::string_view name) {
        if (!name.empty()) it->second.push_back(FoldForMatching(name));
      });
  return it->second;
}

std::vector<CitySuggestion> CitySuggest::Suggest(std::string_view prefix,
                                                 const std::vector<uint32_t>& indexed,
                                                 std::string_view ui, size_t limit) {
  std::vector<std::string> prefixes{FoldForMatching(prefix)};
  if (prefixes.front().empty()) return {};
  for (const std::string& romanized : text::MakeWordForms(prefix).romanized)
    prefixes.push_back(FoldForMatching(romanized));
  std::vector<const tag::City*> found;
  {
    std::lock_guard lock(mutex_);
    for (uint32_t id : indexed) {
      const tag::City* city = tag::Gazetteer::Default().Find(id);
      if (city == nullptr) continue;
      const std::vector<std::string>& names = FoldedNames(id);
      const bool match = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&](const std::string& p) { return name.starts_with(p); });
      });
      if (match) found.push_back(city);
    }
  }
  std::sort(found.begin(), found.end(), [](const tag::City* a, const tag::City* b) {
    return a->population != b->population ? a->population > b->population : a->id < b->id;
  });
  std::vector<CitySuggestion> out;
  for (size_t i = 0; i < found.size() && i < limit; ++i)
    out.push_back(
        {found[i]->id, index::CityNameIn(found[i]->id, ui), std::string(found[i]->country())});
  return out;
}

}  // namespace twindex::serve
