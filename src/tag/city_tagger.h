// City tagger: every mention of a known city in a text, in any inflection or script, with the
// byte range it covers.
//
// Finding names: a name of several words is met word by word over spaces, hyphens and one line
// break, its later words capitalized but for short joining words ("Brześć nad Bugiem"; "Новы
// замкі" 'the new castles' is no Nové Zámky); the longest name met wins (Biała Podlaska, not
// Biała); a declined adjective meets its lemma (Zielonej Góry), and an abbreviated qualifier its
// word (Grodzisk Wlkp., Białej Podl., Mińsk Maz.: Gazetteer::MatchAbbreviated).
//
// A name met through a stem or a romanization counts only when the word is a case form of it in
// the text's language (tag/case_forms.h: "Шуи" is Shuya's genitive, no form of Chu, Шу; "Goriu"
// none of Góra), or a longer name respelt the text's way ("Pernu" for Piarnu, "Kalušo" of Kalush).
//
// Precision rules, for names the gazetteer marks as ambiguous (data-driven: a name that is also a
// common word in a Hunspell dictionary, Koło 'wheel', Мир 'peace'; or a personal name, Lida):
// - a common-word name counts when a place word precedes it (miasto, m., г., горад, город,
//   miestas, ...; a village's word: wieś, пасёлак, kaimas), after a preposition (also across an
//   adjective: "z pobliskiego Koła"), in a list with an accepted mention (unless it starts a
//   capitalized phrase: "Połągę i Górę Krzyży" 'the Hill of Crosses'), or when the city is
//   large (>= 100000 people: "Lublin" is the city, not the truck); capitalised mid-sentence only
//   when the text's own language does not use it as a common word or the town has 50000 people
//   ("Twierdzy Przemyśl", but "że Nowe przepisy" is no Nowe); in lower case never; a common word
//   that only meets a town through a stem ("Strony", "Šalys") needs a place word or a list;
// - a personal name counts after a place word or a locative preposition (w, z, do, в, у, з, ...),
//   in a list, or with the city's country named right there ("Lidy (Białoruś)");
// - a word met as written only as a town's former or foreign name, none of its own five ("Stalino
//   gimtinę" 'Stalin's birthplace', not Donetsk), needs the evidence a personal name does;
// - a name met only by its consonants (Гюстраў, Тэрэспаль) needs a place word, a preposition or
//   a list ("Бібліі Скарыны" is Skaryna's Bible);
// - a place word counts in the mention's own sentence only ("горада. Госці" 'guests');
// - a person's name (tag/person_names.h: Hunspell's own flags in pl, ru; be by consonants) is
//   never the town whose name it starts like (Tomasz/Tomaszów, Николая/Николаев), is the person
//   before a capitalized word that names no place ("Kalisz Jan", "Лида Орлова"), and when it is
//   a town's own name needs the evidence a personal name does, inflected or of a small town
//   ("Стихи Пушкина", Станіслаў; "Владимир" as written is the city);
// - a country's one-word name (ICU's display names in pl, be, lt, ru, en; tag/country_names.h),
//   as written or in a case form, is the country, not a town so named ("na Węgry"), unless a place
//   word precedes it or the town is in that country (Luxembourg);
// - a name after a street, person, river, region, euroregion, valley, forum, lake, lagoon, bay or
//   park word ("jezioro", "возера", "ežeras" before or after: "Platelių ežeras"; "ul.",
//   "вул.", "gatvė", "im.", "pani", "Святого", "nad", "rzeka", "upė", "река", "рацэ", "obwód",
//   "область", "sritis", "euroregion", "forum", "dolina"), or listed after one ("бассейны Вислы и
//   Немана"), or before "g."/"gatve"/"upė"/"srities" ("Kaliningrado srities"), is not the town;
//   nor is a name in an adjective's form before a district word ("Кастрычніцкі раён");
// - a capitalized word that meets no town as written and none the text names (as written, or
//   read with evidence before it) is read as the one text town it is a case form of, or a short
//   form of ("з Прэйляў" in a text naming Preiļi, not Perlejewo by consonants; "у Камсамольску"
//   after "Камсамольск-на-Амуры", not Horishni Plavni, once called Komsomolsk);
// - once a city is accepted with evidence, its other capitalised mentions in the text count too
//   (one sense per document); a list vouches for its items both ways ("Przemyśl i Lwów").
// Unambiguous names count in any case.
//
// The wrong namesake: a name shared by several cities goes, in order, to the one the text names
// as written by another word when the dictionary has the word as a form of its name ("Turku" in a
// text naming Turek is Turek's genitive), to the one met as written (exact beats inflected or
// respelled: Koło is not Kolno), that the text names as written by another word ("у Бары" in a
// text naming Bor), whose country is named right there
// ("Brest (Francja)"), met through a stem rather than by consonants, whose name the word spells
// out furthest, whose name the text's dictionary has the word as a form of (Nowogródka:
// Nowogródek, not Nowogród), whose country a place listed nearby has, whose country the text's
// other places have (Brest among Hrodna and Minsk is Belarus's, not France's), in the partner
// lands rather than far away (tag/partner_lands.h: Perth is the Scottish town, not the Australian
// city), whose country the text names anywhere, else the most populous (a town of the text's own country counting ten
// times). A place counts for a country only by its best readings (met as written, else stemmed,
// else by consonants) and when they all agree. A word derived from a city (gdański, гродненский,
// гарадзенскі) is not a mention: it is returned with related = true when its stem matched a city.
//
// Thread-safe (no shared mutable state; text/ caches are per thread).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tag/gazetteer.h"

namespace twindex::tag {

struct CityMention {
  uint32_t id = 0;
  size_t begin = 0, end = 0;  // byte range in the text
  bool related = false;       // a derived word (adjective), not the city itself
  bool operator==(const CityMention&) const = default;
};

// `language`: the text's ("pl", "be", "lt", "ru"; "" if unknown). Mentions in text order.
std::vector<CityMention> TagCities(std::string_view text, std::string_view language,
                                   const Gazetteer& gazetteer);

}  // namespace twindex::tag
