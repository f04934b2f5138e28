#include "tag/gazetteer.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "tag/partner_lands.h"
#include "text/analyzer.h"
#include "text/edit_distance.h"
#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::tag {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

size_t CodePoints(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

// A name folded for Suggest: words' diacritic-free forms joined by one space.
std::string FoldName(std::string_view name) {
  std::string out;
  for (const text::Token& t : text::Tokenize(name)) {
    if (!out.empty()) out += ' ';
    out += text::FoldedForm(name.substr(t.begin, t.end - t.begin));
  }
  return out;
}

// The consonants of a Cyrillic word: Belarusian and Russian spell a foreign name with other
// vowels (akanye, і for и, ў for в: Сандамір / Сандомир, Тэрэспаль / Тересполь, Гюстраў /
// Гюстров) and decline it with vowel endings (Сандаміра, Гюстраве), but keep its consonants,
// save that Polish "dz" is written дз or дж (Гродзіск, Гроджиск): ж after д counts as з.
// "#" and the skeleton when it has 4 consonants or more; "%" and it when 2 or 3, which only a
// word of a longer name may use (Вялікія Лукі); "" for a non-Cyrillic word.
std::string SkeletonKey(std::string_view folded_word) {
  static const std::u32string kDropped = U"аеёиіоуыэюяьъй'’";
  std::u32string skeleton;
  for (char32_t c : Decode(folded_word)) {
    if (c < 0x400 || c > 0x4FF) {
      if (c == '-') continue;
      return "";
    }
    if (kDropped.find(c) != std::u32string::npos) continue;
    if (c == U'ў') c = U'в';
    if (c == U'ж' && !skeleton.empty() && skeleton.back() == U'д') c = U'з';
    std::u32string part = c == U'щ' ? U"шч" : std::u32string(1, c);
    for (char32_t p : part)
      if (skeleton.empty() || skeleton.back() != p) skeleton.push_back(p);
  }
  if (skeleton.size() < 2) return "";
  return (skeleton.size() >= 4 ? "#" : "%") + Encode(skeleton);
}

// A document word's skeleton keys: also without a case ending that has a consonant
// (Тэрэспалем, Вялікіх, Луках, Велькапольскага, Великопольского), as a name's own skeleton has
// none.
std::vector<std::string> DocumentSkeletonKeys(std::string_view folded_word) {
  std::vector<std::string> keys;
  if (std::string key = SkeletonKey(folded_word); !key.empty())
    keys.push_back(key);
  else
    return keys;
  for (std::string_view ending :
       {"ами", "ями", "амі", "ямі", "ага", "ога", "ого", "его", "ому", "ему", "аму", "ом",
        "ем",  "ам",  "ям",  "ым",  "ім",  "им",  "ах",  "ях",  "ых",  "іх",  "их"})
    if (folded_word.size() > ending.size() + 4 && folded_word.ends_with(ending)) {
      if (std::string key = SkeletonKey(folded_word.substr(0, folded_word.size() - ending.size()));
          !key.empty())
        keys.push_back(key);
      break;
    }
  return keys;
}

// Polish, Belarusian and Russian drop the last vowel of names ending in -ek, -ec, -el, -ок,
// -ец, -ак when they decline them: Nowogródek -> Nowogródka, Zgorzelec -> Zgorzelca, Kowel ->
// Kowla, Новогрудок -> Новогрудка, Навагрудак -> Навагрудка. The genitive, or "" if none.
std::string MobileVowelGenitive(std::string_view folded_word) {
  std::u32string w = Decode(folded_word);
  if (w.size() < 4) return "";
  const char32_t vowel = w[w.size() - 2], last = w.back();
  const bool latin = std::u32string_view(U"eé").find(vowel) != std::u32string_view::npos &&
                     std::u32string_view(U"kcl").find(last) != std::u32string_view::npos;
  const bool cyrillic = std::u32string_view(U"оеёа").find(vowel) != std::u32string_view::npos &&
                        std::u32string_view(U"кцл").find(last) != std::u32string_view::npos;
  if (!latin && !cyrillic) return "";
  std::u32string genitive = w.substr(0, w.size() - 2);
  genitive.push_back(last);
  genitive.push_back(latin ? U'a' : U'а');
  return Encode(genitive);
}

// Whether `lemma` is `word` but for its last letter, both of 4 letters or more (zielony for
// zielona).
bool AdjectiveLemma(std::string_view lemma, std::string_view word) {
  const std::u32string l = Decode(lemma), w = Decode(word);
  return l.size() == w.size() && w.size() >= 4 && l.back() != w.back() &&
         l.compare(0, l.size() - 1, w, 0, w.size() - 1) == 0;
}

// The most letters an inflection changes at a name's end (Lithuanian "-iuose", Polish "-owie").
constexpr size_t kLongestEnding = 4;

// The keys a word of a city's name matches under. Unlike a query word's, its stems are kept only
// when they are a prefix of the name itself: Hunspell also gives lemmas of other words that share
// the form (Piła -> pić 'to drink', Піла -> піць), which would make "pije" a mention of Piła.
// A kept stem has 4 letters, or 3 when it cuts one letter at most (Лида -> лид): shorter
// stems of long names (Telšiai -> tel) would meet unrelated words ("TEL:").
// In a name of several words, a stem may also differ from the word in its last letter only: the
// lemma of an adjective (Zielona -> zielony, Biała -> biały, Górnicza -> górniczy), so that
// "Zielonej Góry" is Zielona Góra and not a Góra; the other words keep out other lemmas.
// `stem_languages`: the languages whose stems the name gets ("*" = every language of its script);
// `by_consonants`: whether its consonant skeleton (SkeletonKey) is a key too.
std::vector<std::string> NameWordKeys(std::string_view word, std::string_view stem_languages,
                                      bool in_longer_name, bool by_consonants) {
  text::AnalyzedWord w = text::AnalyzeQueryWord(word);
  if (stem_languages != "*")
    std::erase_if(w.stems, [&](const text::Stem& s) {
      return stem_languages.find(s.language) == std::string_view::npos;
    });
  const std::string& base = w.base();
  const size_t base_letters = CodePoints(base);
  std::vector<std::string> keys{"=" + w.exact, "~" + base};
  for (const std::string& r : text::MakeWordForms(word).romanized) keys.push_back("~" + r);
  for (const text::Stem& s : w.stems) {
    size_t letters = CodePoints(s.stem);
    if (!base.starts_with(s.stem) && !(in_longer_name && AdjectiveLemma(s.stem, base))) continue;
    if (letters < 4 && !(letters == base_letters || (letters >= 3 && letters + 1 >= base_letters)))
      continue;
    // Nor one that cuts more than an ending could (Seinäjoki -> sein would make "Seinų", Sejny's
    // Lithuanian genitive, a mention of it).
    if (letters + kLongestEnding < base_letters) continue;
    keys.push_back(s.language + ":" + s.stem);
    // An inflected Cyrillic name meets its Latin spelling through its stems' romanizations,
    // as text::Analyzer does for documents; not a short stem's: the romanization of Мёры's
    // "мер" is also that of "Мэр" 'mayor'.
    if (letters < 4) continue;
    for (const std::string& r : text::MakeWordForms(s.stem).romanized) keys.push_back("~" + r);
  }
  // A Cyrillic name declined in a Latin text: Нововолынск -> "w Nowowołyńsku", through the
  // stems of its romanizations.
  if (!w.romanized.empty() && stem_languages == "*") {
    for (const std::string& r : w.romanized)
      for (const text::Stem& s : text::AnalyzeQueryWord(r).stems)
        if (r.starts_with(s.stem) && CodePoints(s.stem) >= 5)
          keys.push_back(s.language + ":" + s.stem);
  }
  if (std::string genitive = MobileVowelGenitive(base); !genitive.empty()) {
    for (const text::Stem& s : text::AnalyzeQueryWord(genitive).stems)
      if (stem_languages == "*" || stem_languages.find(s.language) != std::string_view::npos)
        keys.push_back(s.language + ":" + s.stem);
  }
  if (std::string skeleton = SkeletonKey(base); by_consonants && !skeleton.empty())
    keys.push_back(skeleton);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// How a word's keys meet a name word's keys.
enum class Meet { kNone, kSkeleton, kStem, kForm };

// The tags (image::Tag) of a word's keys.
std::vector<uint32_t> Tags(const std::vector<std::string>& keys) {
  std::vector<uint32_t> tags;
  tags.reserve(keys.size());
  for (const std::string& k : keys) tags.push_back(image::Tag(image::Hash(k)));
  return tags;
}

// `name_keys`: a name word's (image::View::Keys); `tags`: Tags(keys). A name word has a few
// keys: a scan that compares tags, and bytes only when they agree, beats a binary search.
Meet Meets(const image::View& image, std::span<const image::Key> name_keys,
           const std::vector<std::string>& keys, const std::vector<uint32_t>& tags,
           bool one_word_name) {
  auto has = [&](size_t i) {
    for (const image::Key& key : name_keys)
      if (key.tag == tags[i] && image.String(key.string) == keys[i]) return true;
    return false;
  };
  Meet meet = Meet::kNone;
  for (size_t i = 0; i < keys.size(); ++i)
    if (const std::string& k = keys[i]; (k[0] != '%' || !one_word_name) && has(i)) {
      // Only the exact form ("=") is the name as written; folded or romanized forms ("~") and
      // stems ("pl:...") are a spelling or an inflection of it.
      if (k[0] == '=') return Meet::kForm;
      meet = std::max(meet, k[0] == '#' || k[0] == '%' ? Meet::kSkeleton : Meet::kStem);
    }
  return meet;
}

}  // namespace

std::vector<size_t> OwnLanguages(std::string_view country) {
  if (country == "PL") return {1};
  if (country == "BY") return {2, 4};
  if (country == "LT") return {3};
  if (country == "RU") return {4};
  return {};
}

bool IsPlacePreposition(std::string_view folded_word) {
  static const std::set<std::string_view> kPrepositions = {
      "w",  "we",  "z", "ze", "do", "od", "pod", "przy", "в",  "во",  "из", "у", "до",
      "от", "под", "с", "ў",  "з",  "са", "із",  "да",   "ад", "пад", "į",  "iš"};
  return kPrepositions.count(folded_word) > 0;
}

namespace {

// Lithuanian gives a foreign name that ends in a consonant the endings of its -as declension
// (Pirot -> Piroto, Pirote, Pirotui; Sanok -> Sanoke; Ečmiadzin -> Ečmiadzinu), forms no stemmer
// is sure to reach: a capitalized Latin word of a Lithuanian text, less one of those endings, is
// a folded key ("~") when what is left ends in a consonant and has four letters or more. Not the
// nominative's -as, the shape of most Lithuanian surnames ("Tomas Prienas" is no Prien), nor the
// accusative's -ą, which a-stem names end in too ("Curugą" is Tsuruga's, no Čurug; "Achema").
// Which name the key meets is the tagger's to check (tag/case_forms.h).
void AddLithuanianForeignStemKeys(std::string_view word, const std::string& base,
                                  std::vector<std::string>& keys) {
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return;
  static constexpr std::string_view kEndings[] = {"o", "ui", "u", "e"};
  for (std::string_view ending : kEndings) {
    if (base.size() < ending.size() + 4 || !base.ends_with(ending)) continue;
    const std::string_view stem = std::string_view(base).substr(0, base.size() - ending.size());
    const char last = stem.back();
    if (!(last >= 'a' && last <= 'z') ||
        std::string_view("aeiouy").find(last) != std::string_view::npos)
      continue;
    keys.push_back("~" + std::string(stem));
  }
}

}  // namespace

std::vector<std::string> DocumentWordKeys(std::string_view word, std::string_view language) {
  const text::AnalyzedWord& w = text::AnalyzeDocumentWord(word, language);
  std::vector<std::string> keys = text::MatchKeys(w);
  for (std::string& k : DocumentSkeletonKeys(w.base())) keys.push_back(std::move(k));
  if (language == "lt") AddLithuanianForeignStemKeys(word, w.base(), keys);
  return keys;
}

std::vector<std::string> SkeletonKeys(std::string_view folded_word) {
  return DocumentSkeletonKeys(folded_word);
}

std::vector<std::string> QueryWordKeys(std::string_view word, const text::KnownStems* known) {
  const text::AnalyzedWord w = text::AnalyzeQueryWord(word, known);
  std::vector<std::string> keys = text::MatchKeys(w);
  for (std::string& k : DocumentSkeletonKeys(w.base())) keys.push_back(std::move(k));
  return keys;
}

namespace {

// Analyzes a name of a city and adds it to the image, unless it has no word to be met by.
void AddName(image::Writer& writer, uint32_t city, std::string_view name, NameKind kind,
             std::string_view stem_languages, bool by_consonants) {
  const std::vector<text::Token> words = text::Tokenize(name);
  if (words.empty()) return;
  std::vector<std::vector<std::string>> keys;
  for (const text::Token& t : words)
    keys.push_back(NameWordKeys(name.substr(t.begin, t.end - t.begin), stem_languages,
                                words.size() > 1, by_consonants));
  writer.AddName(city, name, FoldName(name), static_cast<uint8_t>(kind), keys);
}

}  // namespace

Gazetteer::Gazetteer(std::string_view tsv) : owned_(MakeImage(tsv)), image_(owned_) {}

Gazetteer::Gazetteer(Image image) : image_(image.bytes) {}

std::string Gazetteer::MakeImage(std::string_view tsv) {
  image::Writer writer;
  for (std::string_view line : Split(tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 3 + kNameLanguages + 2) continue;
    uint32_t id = 0;
    uint64_t population = 0;
    std::from_chars(f[0].data(), f[0].data() + f[0].size(), id);
    std::from_chars(f[2].data(), f[2].data() + f[2].size(), population);
    const std::string_view country = f[1];
    std::string_view n[kNameLanguages];
    for (size_t i = 0; i < kNameLanguages; ++i) n[i] = f[3 + i];
    std::string_view variants = f[3 + kNameLanguages], ambiguous = f[4 + kNameLanguages];
    // A namesake's region ("RU.25:kaluga|калужская"), kept in its country string (City).
    const std::string_view region = f.size() > 5 + kNameLanguages ? f[5 + kNameLanguages] : "";
    // Which names may be met inflected (through stems): in the lands of the four languages and
    // their neighbours, every name in every language of its script ("Seinai" -> "Seinuose");
    // elsewhere only a name in one of the languages, in that language (Metz's Lithuanian
    // "Mecas" -> "Mece", but not its alternate "Mets" -> "METŲ").
    const bool regional =
        std::string_view("PL BY LT RU UA LV EE").find(country) != std::string_view::npos;
    std::vector<std::pair<std::string_view, std::string>> names;  // name, stem languages
    auto note = [&](std::string_view name, std::string_view language) {
      if (name.empty()) return;
      auto it =
          std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == name; });
      if (it == names.end()) it = names.insert(names.end(), {name, ""});
      if (regional)
        it->second = "*";
      else if (language == "en" && CodePoints(name) >= 6)
        it->second += "pl lt ";  // declined in Polish and Lithuanian: Lingenas, Frederikshavnui
      else if (!language.empty() && language != "en")
        it->second += std::string(language) + " ";
    };
    for (size_t i = 0; i < kNameLanguages; ++i) note(n[i], kNameLanguage[i]);
    for (std::string_view v : Split(variants, '|')) note(v, "");
    // Display names: a language without its own name shows another's.
    uint8_t given_names = 0;
    for (size_t i = 0; i < kNameLanguages; ++i)
      if (!n[i].empty()) given_names |= uint8_t(1u << i);
    for (size_t i : {1, 3})  // pl, lt
      if (n[i].empty()) n[i] = n[0];
    if (n[4].empty()) n[4] = n[2].empty() ? n[0] : n[2];
    if (n[2].empty()) n[2] = n[4];

    // Ambiguity is a property of a name, not of the city: "Piła" is a saw, "Schneidemühl" is not.
    std::set<std::string> common, personal;
    for (std::string_view a : Split(ambiguous, '|')) {
      if (a.empty()) continue;
      if (a[0] == '@')
        personal.insert(FoldName(a.substr(1)));
      else
        common.insert(FoldName(a));
    }
    auto kind = [&](std::string_view name) {
      if (personal.empty() && common.empty()) return NameKind::kPlain;  // most cities
      std::string folded = FoldName(name);
      if (personal.count(folded)) return NameKind::kPersonal;
      if (common.count(folded)) return NameKind::kCommon;
      return NameKind::kPlain;
    };
    // A far town's name is written the one way its language has for it (Торранс, Бэппу): met
    // by its consonants, it would be every word that shares them ("Нарва-Транс", "у Карпатах").
    const bool by_consonants = InPartnerLands(country);
    for (const auto& [name, stem_languages] : names)
      AddName(writer, id, name, kind(name), stem_languages, by_consonants);
    std::vector<std::string_view> variant_list;
    for (std::string_view v : Split(variants, '|'))
      if (!v.empty()) variant_list.push_back(v);
    writer.AddCity(id, population, region.empty() ? country : region, n, given_names, variant_list);
  }
  return writer.Finish();
}

const City* Gazetteer::Find(uint32_t id) const { return image_.Find(id); }

std::vector<NameMatch> Gazetteer::MatchAt(
    const std::vector<std::vector<std::string>>& words) const {
  std::vector<const std::vector<std::string>*> pointers;
  for (const std::vector<std::string>& w : words) pointers.push_back(&w);
  return MatchAt(pointers);
}

std::vector<NameMatch> Gazetteer::MatchAt(
    std::span<const std::vector<std::string>* const> words) const {
  std::vector<NameMatch> best;
  if (words.empty()) return best;
  std::vector<uint32_t> candidates;
  for (const std::string& key : *words[0]) {
    std::span<const uint32_t> names = image_.NamesByFirstKey(key, image::Hash(key));
    candidates.insert(candidates.end(), names.begin(), names.end());
  }
  if (candidates.empty()) return best;  // most words
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<std::vector<uint32_t>> tags(words.size());  // Tags(*words[k]), when first needed
  size_t best_length = 0;
  for (uint32_t index : candidates) {
    const image::Name& name = image_.names()[index];
    if (name.words > words.size() || name.words < best_length) continue;
    bool inflected = false, spelled = false;
    bool all = true;
    for (size_t k = 0; k < name.words && all; ++k) {
      if (tags[k].size() != words[k]->size()) tags[k] = Tags(*words[k]);
      Meet meet = Meets(image_, image_.Keys(name, k), *words[k], tags[k], name.words == 1);
      all = meet != Meet::kNone;
      inflected |= meet != Meet::kForm;
      spelled |= meet == Meet::kSkeleton;
    }
    if (!all) continue;
    if (name.words > best_length) {
      best.clear();
      best_length = name.words;
    }
    best.push_back({name.city, name.words, NameKind{name.kind}, inflected, spelled});
  }
  return best;
}

std::vector<NameMatch> Gazetteer::MatchAbbreviated(
    const std::vector<std::string>& first, const std::vector<std::string>& abbreviation) const {
  std::vector<std::u32string> shorts;  // the abbreviation's folded forms ("~" keys)
  for (const std::string& k : abbreviation)
    if (k[0] == '~' && CodePoints(k) >= 3) shorts.push_back(Decode(std::string_view(k).substr(1)));
  std::vector<NameMatch> out;
  if (shorts.empty()) return out;
  auto abbreviates = [&](std::string_view key) {  // a name word's "~" key
    if (key.empty() || key[0] != '~') return false;
    const std::u32string full = Decode(key.substr(1));
    for (const std::u32string& a : shorts) {
      if (full.size() <= a.size() || full[0] != a[0]) continue;
      size_t at = 1;
      for (size_t j = 1; j < full.size() && at < a.size(); ++j) at += full[j] == a[at];
      if (at == a.size()) return true;
    }
    return false;
  };
  std::vector<uint32_t> candidates;
  for (const std::string& key : first) {
    std::span<const uint32_t> names = image_.NamesByFirstKey(key, image::Hash(key));
    candidates.insert(candidates.end(), names.begin(), names.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  const std::vector<uint32_t> first_tags = Tags(first);
  for (uint32_t index : candidates) {
    const image::Name& name = image_.names()[index];
    if (name.words != 2 ||
        Meets(image_, image_.Keys(name, 0), first, first_tags, false) == Meet::kNone)
      continue;
    const std::span<const image::Key> second = image_.Keys(name, 1);
    if (std::any_of(second.begin(), second.end(),
                    [&](const image::Key& key) { return abbreviates(image_.String(key.string)); }))
      out.push_back({name.city, 2, NameKind{name.kind}, true, false});
  }
  return out;
}

std::vector<uint32_t> Gazetteer::Lookup(std::string_view name,
                                        const text::KnownStems* known) const {
  std::vector<text::Token> tokens = text::Tokenize(name);
  // "w Grodnie": the preposition says a place follows; a name never starts with one.
  if (tokens.size() > 1 && IsPlacePreposition(tokens[0].term)) tokens.erase(tokens.begin());
  std::vector<std::vector<std::string>> words;
  for (const text::Token& t : tokens)
    words.push_back(QueryWordKeys(name.substr(t.begin, t.end - t.begin), known));
  // Only the cities met best: as written, else through stems, else by consonants ("Полацк" is
  // Polatsk; Płock's Плоцк only shares its consonants).
  auto tier = [](const NameMatch& m) { return !m.inflected ? 2 : !m.respelled ? 1 : 0; };
  const std::vector<NameMatch> matches = MatchAt(words);
  int best = -1;
  for (const NameMatch& m : matches)
    if (m.words == words.size()) best = std::max(best, tier(m));
  std::vector<uint32_t> ids;
  for (const NameMatch& m : matches)
    if (m.words == words.size() && tier(m) == best &&
        std::find(ids.begin(), ids.end(), m.city) == ids.end())
      ids.push_back(m.city);
  // A name that is one city's own, in its country's language, means that city rather than the
  // one another language gives the name: "Jarosław" is the Polish town, not Yaroslavl (whose
  // Polish name it is); "Brest", Belarus's only in English, stays both.
  if (!tokens.empty()) {
    const std::string query = FoldName(name.substr(tokens[0].begin));
    auto own = [&](uint32_t id) {
      const City* c = Find(id);
      for (size_t language : OwnLanguages(c->country()))
        if (FoldName(c->name(language)) == query) return true;
      return false;
    };
    if (std::any_of(ids.begin(), ids.end(), own))
      std::erase_if(ids, [&](uint32_t id) { return !own(id); });
  }
  std::stable_sort(ids.begin(), ids.end(), [this](uint32_t a, uint32_t b) {
    return Find(a)->population > Find(b)->population;
  });
  return ids;
}

std::string Gazetteer::UnknownCityMessage(std::string_view name) const {
  std::string message = "unknown city '" + std::string(name) + "'";
  const std::vector<std::string> close = Suggest(name, 5);
  for (size_t i = 0; i < close.size(); ++i)
    message += (i == 0 ? "; did you mean: " : ", ") + close[i];
  return message;
}

std::vector<std::string> Gazetteer::Suggest(std::string_view name, size_t n) const {
  const std::u32string query = Decode(FoldName(name));
  struct Scored {
    size_t distance;
    uint64_t population;
    std::string_view name;
  };
  std::vector<Scored> scored;
  for (const image::Name& n : image_.names()) {
    const std::u32string candidate = Decode(image_.String(n.folded));
    size_t limit = std::max<size_t>(1, candidate.size() / 3);
    // The length difference bounds the distance from below: skip the work when it is too large.
    size_t gap = candidate.size() > query.size() ? candidate.size() - query.size()
                                                 : query.size() - candidate.size();
    if (gap > limit) continue;
    size_t d = text::EditDistance(query, candidate);
    if (d <= limit) scored.push_back({d, Find(n.city)->population, image_.String(n.name)});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.population != b.population) return a.population > b.population;
    return a.name < b.name;
  });
  std::vector<std::string> out;
  for (const Scored& s : scored) {
    if (out.size() == n) break;
    if (std::find(out.begin(), out.end(), s.name) == out.end()) out.emplace_back(s.name);
  }
  return out;
}

}  // namespace twindex::tag
