// City tagger: every mention of a known city in a text, in any inflection or script, with the
// byte range it covers.
//
// Precision rules, for names the gazetteer marks as ambiguous (data-driven: a name that is also a
// common word in a Hunspell dictionary, Koło 'wheel', Мир 'peace'; or a personal name, Lida):
// - a common-word name counts when capitalised and not at a sentence's start, or when a place
//   word precedes it (miasto, m., г., горад, город, miestas, ...), or at a sentence's start when
//   the city is large (>= 100000 people: "Lublin" there is the city, not the truck); in lower case
//   never;
// - a personal name counts after a place word or a locative preposition (w, z, do, в, у, з, ...);
// - once a city is accepted with evidence, its other capitalised mentions in the text count too
//   (one sense per document).
// Unambiguous names count in any case. A name shared by several cities goes to the one whose
// country the text names, else to the most populous.
// A word derived from a city (gdański, гродненский, гарадзенскі) is not a mention: it is returned
// with related = true when its stem matched a city.
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
