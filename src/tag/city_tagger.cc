#include "tag/city_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::tag {
namespace {

// Longest name, in words, the tagger tries (Brześć nad Bugiem; Königsberg in Preußen).
constexpr size_t kMaxNameWords = 4;
// At a sentence's start a common-word name is read as the city when the city is this large.
constexpr uint64_t kLargeCity = 100'000;

// Words that announce a place name: "miasto Koło", "m. Piła", "г. Мир", "Lidos miestas".
const std::set<std::string_view> kPlaceWords = {
    "miasto", "miasta",  "mieście", "miastem", "miastu",  "m",      "gmina",   "gminy",
    "gminie", "город",   "города",  "городе",  "городом", "г",      "гор",     "горад",
    "горада", "горадзе", "горадам", "miestas", "miesto",  "mieste", "miestui", "miestą"};

// Country names by the folded prefix of their inflected forms (Polsce, Белоруссии, Lietuvoje).
struct CountryPrefixes {
  std::string_view country;
  std::array<std::string_view, 6> prefixes;
};
constexpr CountryPrefixes kCountries[] = {
    {"PL", {"polsk", "polsc", "польш", "польск", "lenkij", "poland"}},
    {"BY", {"bialorus", "беларус", "белорус", "baltarus", "belarus", "белару"}},
    {"LT", {"litw", "литв", "літв", "lietuv", "lithuan", "litv"}},
    {"RU", {"rosj", "росси", "расі", "rusij", "russia", "rossi"}},
    {"FR", {"francj", "франц", "prancuz", "france", "francu", "franc"}},
};

// Adjective endings, folded: a word ending so is derived from the city, not the city (gdański,
// гродненский, гарадзенскі), unless it is the city's own name with a noun ending (Gdańska).
constexpr std::string_view kAdjectiveEndings[] = {
    "ski",   "ska",  "skie",   "skiego", "skiej", "skim",  "skich", "skimi",  "skiemu", "cki",
    "cka",   "ckie", "ckiego", "ckiej",  "ckim",  "ckich", "ский",  "ская",   "ское",   "ского",
    "ской",  "ском", "ские",   "ских",   "ским",  "скими", "скому", "скую",   "скі",    "скае",
    "скага", "скай", "скім",   "скія",   "скіх",  "цкі",   "цкий",  "цкая",   "цкое",   "цкого",
    "цкой",  "цком", "цкие",   "цких",   "цкага", "ietis", "ieciu", "ieciai", "iskis",  "iskiu"};
constexpr std::string_view kNounEndings[] = {"",    "a", "u", "e", "ie", "iem", "em", "om",
                                             "owi", "а", "у", "е", "ом", "ем",  "ам"};

// Runs on every word of every page: cached per thread, as MakeWordForms also romanizes
// Cyrillic words, which is slow and not needed here.
const std::string& Folded(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> cache;
  std::string key(word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() > 100'000) cache.clear();
  text::WordForms f = text::MakeWordForms(word);
  return cache.emplace(std::move(key), f.folded.empty() ? std::move(f.exact) : std::move(f.folded))
      .first->second;
}

// Only spaces and hyphens between two words of one name ("Biała Podlaska", "Бяла-Падляска").
bool Joinable(std::string_view gap) {
  return !gap.empty() && gap.size() <= 3 &&
         std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

// The word at `begin` starts a sentence: nothing but spaces since the text's or a line's start,
// or since a sentence's end.
bool SentenceStart(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r') return true;
  char c = text[i - 1];
  if (c == '.' || c == '!' || c == '?') return true;
  std::string_view before = text.substr(0, i);
  return before.ends_with("…") || before.ends_with("•");
}

bool IsAdjective(const std::string& word, const City& city) {
  bool adjective_ending = std::any_of(std::begin(kAdjectiveEndings), std::end(kAdjectiveEndings),
                                      [&](std::string_view e) { return word.ends_with(e); });
  if (!adjective_ending) return false;
  for (const std::string& name : city.names) {
    const std::string& n = Folded(name);
    for (std::string_view e : kNounEndings)
      if (word.size() == n.size() + e.size() && word.starts_with(n) && word.ends_with(e))
        return false;
  }
  return true;
}

struct Candidate {
  uint32_t city;
  NameKind kind;
  size_t first, last;  // token range
  bool evidence, related;
};

}  // namespace

std::vector<CityMention> TagCities(std::string_view text, std::string_view language,
                                   const Gazetteer& gazetteer) {
  const std::vector<text::Token> tokens = text::WordSpans(text);
  auto word = [&](size_t i) {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  };
  std::vector<std::optional<std::vector<std::string>>> keys(tokens.size());
  auto keys_of = [&](size_t i) -> const std::vector<std::string>& {
    if (!keys[i]) keys[i] = DocumentWordKeys(word(i), language);
    return *keys[i];
  };
  // Countries named anywhere in the text, computed when first needed.
  std::optional<std::set<std::string_view>> countries;
  auto country_named = [&](std::string_view country) {
    if (!countries) {
      countries.emplace();
      for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& f = Folded(word(i));
        for (const CountryPrefixes& c : kCountries)
          for (std::string_view p : c.prefixes)
            if (f.starts_with(p)) countries->insert(c.country);
      }
    }
    return countries->count(country) > 0;
  };

  std::vector<Candidate> candidates;
  for (size_t i = 0; i < tokens.size();) {
    // A mention starts with a capital (below); most words do not, and need no analysis.
    if (!text::StartsWithCapital(word(i))) {
      ++i;
      continue;
    }
    std::vector<std::vector<std::string>> words{keys_of(i)};
    for (size_t j = i + 1; j < tokens.size() && words.size() < kMaxNameWords; ++j) {
      if (!Joinable(text.substr(tokens[j - 1].end, tokens[j].begin - tokens[j - 1].end))) break;
      words.push_back(keys_of(j));
    }
    std::vector<NameMatch> matches = gazetteer.MatchAt(words);
    // Documents capitalise city names (KAUNO, Grodno); a lower-case word that meets a name
    // through a stem is a common word ("darbuotojų", "рост").
    if (matches.empty()) {
      ++i;
      continue;
    }
    // One city per mention: the one whose country the text names, else the most populous. If
    // any of its names that matched is ambiguous (Piła; Pila, Піла match too), evidence is
    // needed: the word as written may be that common word.
    auto rank = [&](const NameMatch& m) {
      const City* c = gazetteer.Find(m.city);
      return std::make_pair(country_named(c->country), c->population);
    };
    const NameMatch* best = &matches[0];
    for (const NameMatch& m : matches)
      if (rank(m) > rank(*best)) best = &m;
    NameKind kind = NameKind::kPlain;
    for (const NameMatch& m : matches)
      if (m.city == best->city) kind = std::max(kind, m.kind);
    const size_t last = i + best->words - 1;
    const City* city = gazetteer.Find(best->city);

    Candidate c{best->city, kind, i, last, false, false};
    std::string before = i > 0 ? text::FoldCase(word(i - 1)) : "";
    bool place_word = i > 0 && kPlaceWords.count(before);
    if (kind == NameKind::kCommon) {
      c.evidence =
          place_word || !SentenceStart(text, tokens[i].begin) || city->population >= kLargeCity;
    } else if (kind == NameKind::kPersonal) {
      c.evidence = place_word || (i > 0 && IsPlacePreposition(before));
    } else {
      c.evidence = true;
    }
    c.related = best->words == 1 && IsAdjective(Folded(word(i)), *city);
    candidates.push_back(c);
    i = last + 1;
  }

  std::set<uint32_t> confirmed;
  for (const Candidate& c : candidates)
    if (c.evidence && !c.related) confirmed.insert(c.city);
  std::vector<CityMention> mentions;
  for (const Candidate& c : candidates) {
    bool accept = c.evidence || (c.kind != NameKind::kPlain && confirmed.count(c.city));
    if (accept) mentions.push_back({c.city, tokens[c.first].begin, tokens[c.last].end, c.related});
  }
  return mentions;
}

}  // namespace twindex::tag
