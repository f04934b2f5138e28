#include "tag/person_names.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <memory>
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

// The whole file, or "" if it cannot be read. In one read of its size: the dictionaries are
// megabytes, and a character-by-character istreambuf_iterator copy of them took 250 M
// instructions of every process's start-up.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return "";
  const std::streamoff size = in.tellg();
  if (size <= 0) return "";
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  bytes.resize(static_cast<size_t>(in.gcount()));
  return bytes;
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

// Calls fn(entry, flags) for each "entry/flags" line of a Hunspell .dic file whose flags (ASCII
// in every encoding) pass `keep_flags`, with the entry in UTF-8. The files are megabytes and read
// once per process at start-up: lines are filtered on their raw bytes and only the kept entries
// are converted, by one converter.
template <typename KeepFlags, typename Fn>
void ForEachEntry(std::string_view dictionary, KeepFlags keep_flags, Fn fn) {
  const std::string base =
      std::string(text::kHunspellDictionaryDir) + "/" + std::string(dictionary);
  const std::string raw = ReadFile(base + ".dic");
  const std::string encoding = Encoding(base + ".aff");
  const bool utf8 = encoding == "UTF-8" || encoding == "utf-8";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      utf8 ? nullptr : ucnv_open(encoding.c_str(), &status), &ucnv_close);
  if (!utf8 && U_FAILURE(status)) return;
  std::string entry_utf8;
  std::u16string units;
  size_t at = raw.find('\n');  // the first line is the entry count
  while (at != std::string::npos && at + 1 < raw.size()) {
    const size_t begin = at + 1;
    at = raw.find('\n', begin);
    std::string_view line(raw.data() + begin, (at == std::string::npos ? raw.size() : at) - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t slash = line.find('/');
    const std::string_view entry = line.substr(0, slash);
    const std::string_view flags =
        slash == std::string_view::npos ? std::string_view() : line.substr(slash + 1);
    // A capital letter starts the entries asked for: ASCII A-Z, or any byte beyond ASCII.
    if (entry.empty() || (entry[0] >= 'a' && entry[0] <= 'z') || !keep_flags(flags)) continue;
    if (utf8) {
      fn(entry, flags);
      continue;
    }
    units.resize(entry.size() * 2 + 2);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(units.data()),
                                    static_cast<int32_t>(units.size()), entry.data(),
                                    static_cast<int32_t>(entry.size()), &status);
    if (U_FAILURE(status)) continue;
    entry_utf8.clear();
    icu::UnicodeString(false, reinterpret_cast<const UChar*>(units.data()), n)
        .toUTF8String(entry_utf8);
    fn(std::string_view(entry_utf8), flags);
  }
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
  auto flagged = [&](std::string_view entry_flags) {
    if (entry_flags.find_first_of(flags) == std::string_view::npos) return false;
    // Only the Russian flags are single letters of their own; a Polish N is one of several.
    return dictionary != "ru_RU" || entry_flags.size() == 1;
  };
  ForEachEntry(dictionary, flagged, [&](std::string_view entry, std::string_view entry_flags) {
    if (!text::StartsWithCapital(entry) || entry.find(' ') != std::string_view::npos) return;
    const std::string folded = text::FoldCase(entry);
    // G is also some towns' (Череповец, Торжок): only its entries formed as surnames are
    // people's (Пушкин, Гагарин, Ленин, Гусев).
    if (entry_flags == "G" && !IsSurnameForm(folded)) return;
    // Not patronymics (Осипович, Николаевна): they are no one's name alone, and look like town
    // names (Осиповичи).
    if (dictionary == "ru_RU" &&
        (folded.ends_with("ич") || folded.ends_with("вна") || folded.ends_with("чна")))
      return;
    for (std::string& key : Keys(folded, language)) names.insert(std::move(key));
  });
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
  ForEachEntry(
      dictionary, [](std::string_view) { return true; },
      [&](std::string_view entry, std::string_view) {
        if (text::StartsWithCapital(entry) && entry.find(' ') == std::string_view::npos)
          nouns.insert(text::FoldCase(entry));
      });
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

}  // namespace

void LoadPersonNames() {
  for (std::string_view language : {"pl", "be", "ru"}) Names(language);
  for (std::string_view language : {"pl", "be"}) ProperNouns(language);
}

namespace {

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
