// Person names and other proper nouns: whether a word is a form of a person's name, and which
// proper nouns a word is a form of, for the city tagger (a first name
// that a town's name starts with, Tomasz -> Tomaszów, Николай -> Николаев, is the person).
//
// The names are the Hunspell dictionaries' (the Debian packages the stemmer reads), read from
// their .dic files on first use, as the dictionaries' affix flags tell people's names from other
// proper nouns:
// - pl_PL: a capitalized entry with plural forms (flag N: Tomaszom, Martom). Names of people
//   take plurals (first names, surnames, nationalities); towns, rivers and countries do not.
// - ru_RU: a capitalized entry declined as an animate noun (flag K, masculine: Николай, Станислав;
//   I, feminine: Лида, Анна): first names (not patronymics); and a surname (flag G, formed as
//   one: Пушкин, Гагарин; G also marks some towns, Череповец).
// be_BY and lt_LT flag people and places alike: Belarusian names are known by the consonants
// they share with the Russian ones (Станіслаў, Станислав); there are none for "lt".
//
// Thread-safe: the lists are built once per process and never change.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace twindex::tag {

// Whether `folded_word` (text::FoldCase) is a form of a person's name in `language`: in Polish
// the word or one of its lemmas (text::Stemmer) is a name; in Russian the word without its case
// ending is a name's (Николая, Лидой); in Belarusian its consonants, 4 or more, are a Russian
// name's (Станіслава). False for a language without a list or its dictionary.
bool IsPersonName(std::string_view folded_word, std::string_view language);

// The lemmas of `word` (as written) that the Hunspell dictionary of `language` has as proper
// nouns (capitalized entries: people, places, seas), case-folded: "Nowogródka" -> nowogródek,
// "Tomasza" -> tomasz. Only for dictionary-lemmatized languages (pl, be); empty otherwise or
// when the dictionary knows no such lemma.
std::vector<std::string> ProperNounLemmas(std::string_view word, std::string_view language);

// Reads every list now rather than on first use: a process that forks workers (the extraction
// zygote) reads them once for all of them, instead of once in each.
void LoadPersonNames();

}  // namespace twindex::tag
