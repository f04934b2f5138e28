// Case forms of town names: whether a word may be a declined form of a name in the text's
// language, for the city tagger.
//
// The gazetteer meets a word through stems and romanizations, which reach short names from words
// that are no form of them at all: Belarusian "Бары" (Bor's locative) meets Bar through the stem
// "бар", Russian "Шуи" (Shuya's genitive) meets Chu (Шу), Lithuanian "Goriu" (Gori's
// instrumental) meets Polish Góra through "gor". A name declines by its own ending: its stem (the
// name, or the name without its final vowel or nominative ending, without a mobile vowel, with the
// language's alternations at its end) takes one of the language's case endings; Шу (an
// indeclinable foreign name) has no form "шуи", Góra (declined as a Lithuanian a-stem) no form
// "goriu", Arta no form "арт".
//
// Thread-safe (the tables are built once and never change).
#pragma once

#include <string_view>

namespace twindex::tag {

// Whether `word` may be a case form of the one-word `name` in `language` ("pl", "be", "lt",
// "ru"), both folded (text::MakeWordForms: lower case, Latin diacritics dropped, ё as е). The
// name itself always is. For a word in the other script than the language's (Cyrillic in a
// Polish text, Latin in a Russian one), the languages of the word's script are asked; for an
// unknown language, or a name in another script than the word, true.
bool IsCaseFormOf(std::string_view word, std::string_view name, std::string_view language);

// The same, but for one letter of the word that differs from the name's, with the two after it
// the same: a name respelt the text's own way (Lithuanian "Pernu" of Piarnu, Belarusian
// "Карміэль" of Кармиэль).
bool IsRespeltCaseFormOf(std::string_view word, std::string_view name, std::string_view language);

}  // namespace twindex::tag
