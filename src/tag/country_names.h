// Country names: whether a word names a country, in Polish, Belarusian, Lithuanian, Russian or
// English, from ICU's display names (icu::Locale::getDisplayCountry), for the city tagger: a town
// named like a country ("Węgry", a Polish village; "Armenia", a Colombian city) is rarely what a
// text means by the word.
//
// Thread-safe: the table is built once, on first use.
#pragma once

#include <string_view>

namespace twindex::tag {

// The ISO 3166 code of the country whose one-word name `folded_word` (text::MakeWordForms'
// folded form) is; with `inflected`, also of one it is a case form of in `language`
// (tag/case_forms.h: "wegier", "wegrom" of Węgry). "" if none.
std::string_view CountryNamedBy(std::string_view folded_word, std::string_view language,
                                bool inflected);

}  // namespace twindex::tag
