#include "tag/person_names.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "tag/gazetteer.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::tag {
namespace {

using NameSet = std::unordered_set<std::string>;

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The dictionary's encoding, from the "SET" line of its .aff file.
std::string Encoding(const std::string& aff) {
  std::istringstream in(ReadFile(aff));
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("SET ")) {
      std::string set = line.substr(4);
      while (!set.empty() && (set.back() == '\r' || set.back() == ' ')) set.pop_back();
      return set;
    }
  return "UTF-8";
}

// The .dic file as UTF-8.
std::string DictionaryText(std::string_view dictionary) {
  const std::string base =
      std::string(text::kHunspellDictionaryDir) + "/" + std::string(dictionary);
  const std::string raw = ReadFile(base + ".dic");
  if (raw.empty()) return raw;
  const std::string encoding = Encoding(base + ".aff");
  std::string out;
  icu::UnicodeString(raw.data(), static_cast<int32_t>(raw.size()), encoding.c_str())
      .toUTF8String(out);
  return out;
}

// A Russian name's form without its case ending: Николай, Николая, Николаем -> никола; Лида,
// Лиды, Лидой -> лид. (Snowball's stems are no key: it stems Станислав to станисла but
// Станислава to станислав.)
std::string WithoutEnding(std::string_view folded) {
  static constexpr std::string_view kEndings[] = {
      "ем", "ём", "ом", "ой", "ей", "ою", "ею", "ью", "а", "я", "у", "ю", "е", "ы", "и", "й", "ь"};
  for (std::string_view e : kEndings)
    if (folded.ends_with(e) && CodePoints(folded) >= CodePoints(e) + 3)
      return std::string(folded.substr(0, folded.size() - e.size()));
  return std::string(folded);
}

// A Russian surname's form: -ов, -ев, -ёв, -ин, -ын, -ский, -цкий.
bool IsSurnameForm(std::string_view folded) {
  for (std::string_view e : {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"})
    if (folded.ends_with(e)) return true;
  return false;
}

// The key IsPersonName looks a name up by: a Polish name's folded form (the stemmer's Hunspell
// lemmas of a word are such forms), a Russian name without its case ending, and for Belarusian
// (whose dictionary does not flag names) a Russian name's consonants when it has 4 or more:
// Станіслаў, Станіслава and Станислав share "#стнслв".
std::vector<std::string> Keys(std::string_view folded, std::string_view language) {
  if (language == "pl") return {std::string(folded)};
  if (language == "ru") return {WithoutEnding(folded)};
  std::vector<std::string> keys = SkeletonKeys(folded);
  std::erase_if(keys, [](const std::string& k) { return !k.starts_with("#"); });
  return keys;
}

// The person names of `language`'s dictionary (Russian's for "be"), as Keys.
NameSet LoadNames(std::string_view language) {
  std::string_view dictionary, flags;  // any of `flags` marks a person's name
  if (language == "pl") dictionary = "pl_PL", flags = "N";
  if (language == "ru" || language == "be") dictionary = "ru_RU", flags = "KIG";
  NameSet names;
  if (dictionary.empty()) return names;
  std::istringstream in(DictionaryText(dictionary));
  std::string line;
  std::getline(in, line);  // the entry count
  while (std::getline(in, line)) {
    const size_t slash = line.find('/');
    if (slash == std::string::npos) continue;
    const std::string_view entry(line.data(), slash);
    std::string_view entry_flags(line.data() + slash + 1, line.size() - slash - 1);
    if (entry_flags.find_first_of(flags) == std::string_view::npos) continue;
    // Only the Russian flags are single letters of their own; a Polish N is one of several.
    if (dictionary == "ru_RU" && entry_flags.size() != 1) continue;
    if (!text::StartsWithCapital(entry) || entry.find(' ') != std::string_view::npos) continue;
    const std::string folded = text::FoldCase(entry);
    // G is also some towns' (Череповец, Торжок): only its entries formed as surnames are
    // people's (Пушкин, Гагарин, Ленин, Гусев).
    if (entry_flags == "G" && !IsSurnameForm(folded)) continue;
    // Not patronymics (Осипович, Николаевна): they are no one's name alone, and look like town
    // names (Осиповичи).
    if (dictionary == "ru_RU" &&
        (folded.ends_with("ич") || folded.ends_with("вна") || folded.ends_with("чна")))
      continue;
    for (std::string& key : Keys(folded, language)) names.insert(std::move(key));
  }
  return names;
}

// Each list is read when its language is first asked about.
const NameSet& Names(std::string_view language) {
  if (language == "pl") {
    static const NameSet pl = LoadNames("pl");
    return pl;
  }
  if (language == "be") {
    static const NameSet be = LoadNames("be");
    return be;
  }
  static const NameSet ru = LoadNames("ru");
  return ru;
}

// The capitalized entries of a Hunspell dictionary, case-folded.
NameSet LoadProperNouns(std::string_view dictionary) {
  NameSet nouns;
  std::istringstream in(DictionaryText(dictionary));
  std::string line;
  std::getline(in, line);  // the entry count
  while (std::getline(in, line)) {
    const std::string_view entry(line.data(), std::min(line.find('/'), line.size()));
    if (!entry.empty() && text::StartsWithCapital(entry) &&
        entry.find(' ') == std::string_view::npos)
      nouns.insert(text::FoldCase(entry));
  }
  return nouns;
}

const NameSet& ProperNouns(std::string_view language) {
  if (language == "pl") {
    static const NameSet pl = LoadProperNouns("pl_PL");
    return pl;
  }
  static const NameSet be = LoadProperNouns("be_BY");
  return be;
}

// IsPersonName, uncached.
bool LookUp(std::string_view folded_word, std::string_view language) {
  const NameSet& names = Names(language);
  if (names.empty()) return false;
  for (const std::string& key : Keys(folded_word, language))
    if (names.count(key)) return true;
  if (language != "pl") return false;
  for (const std::string& s : text::Stemmer::ForLanguage(language).Stems(folded_word))
    if (names.count(s)) return true;
  return false;
}

}  // namespace

bool IsPersonName(std::string_view folded_word, std::string_view language) {
  if (language != "pl" && language != "ru" && language != "be") return false;
  // Asked for the same capitalized words again and again: remembered per thread.
  thread_local std::unordered_map<std::string, bool> known;
  std::string key = std::string(language) + '\0' + std::string(folded_word);
  if (auto it = known.find(key); it != known.end()) return it->second;
  if (known.size() > 50'000) known.clear();
  const bool person = LookUp(folded_word, language);
  known.emplace(std::move(key), person);
  return person;
}

std::vector<std::string> ProperNounLemmas(std::string_view word, std::string_view language) {
  std::vector<std::string> lemmas;
  if (language != "pl" && language != "be") return lemmas;
  const text::Stemmer& stemmer = text::Stemmer::ForLanguage(language);
  if (stemmer.method() != text::Stemmer::Method::kHunspell) return lemmas;
  const NameSet& nouns = ProperNouns(language);
  for (std::string& lemma : stemmer.Stems(text::FoldCase(word)))
    if (nouns.count(lemma)) lemmas.push_back(std::move(lemma));
  return lemmas;
}

}  // namespace twindex::tag
