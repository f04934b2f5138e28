#include "tag/country_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tag/case_forms.h"
#include "text/word_forms.h"

namespace twindex::tag {
namespace {

struct CountryNames {
  std::unordered_map<std::string, std::string> exact;  // folded name -> ISO code
  // By the name's first three letters (of either script), for case forms: a form starts like its
  // name, though not always by its first four letters ("Malcie", Malta's locative; "Włoszech").
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> by_start;
};

std::string Start(std::string_view folded) {
  size_t end = 0;
  for (int letters = 0; letters < 3 && end < folded.size(); ++letters) {
    ++end;  // a letter's first byte, then its UTF-8 continuation bytes
    while (end < folded.size() && (static_cast<unsigned char>(folded[end]) & 0xC0) == 0x80) ++end;
  }
  return std::string(folded.substr(0, end));
}

CountryNames Build() {
  CountryNames table;
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    const icu::Locale country("", *code);
    for (const char* language : {"pl", "be", "lt", "ru", "en"}) {
      icu::UnicodeString display;
      country.getDisplayCountry(icu::Locale(language), display);
      std::string name;
      display.toUTF8String(name);
      // Only one-word names; ICU gives the code itself when it has no name.
      if (name.empty() || name == *code || name.find_first_of(" -") != std::string::npos) continue;
      text::WordForms forms = text::MakeWordForms(name);
      std::string folded = forms.folded.empty() ? forms.exact : forms.folded;
      if (!table.exact.emplace(folded, *code).second) continue;
      table.by_start[Start(folded)].emplace_back(folded, *code);
    }
  }
  return table;
}

}  // namespace

std::string_view CountryNamedBy(std::string_view folded_word, std::string_view language,
                                bool inflected) {
  static const CountryNames table = Build();
  if (auto it = table.exact.find(std::string(folded_word)); it != table.exact.end())
    return it->second;
  if (!inflected || language.empty()) return {};
  auto it = table.by_start.find(Start(folded_word));
  if (it == table.by_start.end()) return {};
  for (const auto& [name, code] : it->second)
    if (IsCaseFormOf(folded_word, name, language)) return code;
  return {};
}

}  // namespace twindex::tag
