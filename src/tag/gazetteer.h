// Gazetteer: the cities twindex knows, by GeoNames id, and the names that refer to them.
//
// The data is src/tag/data/gazetteer.tsv (GeoNames, CC BY 4.0; made by make_gazetteer.py). The
// build analyzes it once into an image (tag/gazetteer_image.h) compiled into the binary, so an
// installed twindex needs no data path and Default() costs nothing: it is a view of those bytes.
//
// A name is matched word by word through text::Analyzer's forms (folded, stems in the languages
// of its script, romanizations), so the key space is the one text is analyzed in: "Grodno",
// "Гродна", "Gardinas", "Hrodna", "Grodnie", "Gardine", "Białymstoku" all reach one id. A name's
// own stems are used only when they are a prefix of the name that cuts no more than an ending
// could (a lemma of another word, Piła -> pić, must not make "pił" a mention of Piła, nor
// Seinäjoki's "sein" make Seinų one of Seinäjoki), or, in a name of several words, differ from it
// in the last letter only: an adjective's lemma (Zielona -> zielony, so "Zielonej Góry" meets it).
//
// Immutable after construction: every method is safe to call from any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tag/city.h"
#include "tag/gazetteer_image.h"
#include "text/analyzer.h"

namespace twindex::tag {

// How strongly a matched name points at a city (for the tagger's precision rules).
enum class NameKind : uint8_t {
  kPlain,     // only a place name
  kCommon,    // also a common word (Koło 'wheel', Piła 'saw', Police 'shelves')
  kPersonal,  // also a personal name (Lida)
};

// One match of a name at the start of a word sequence.
struct NameMatch {
  uint32_t city;
  size_t words;  // how many words the name has
  NameKind kind;
  bool inflected = false;  // not met as written: inflected (Grodnie), romanized or folded
  bool respelled = false;  // met only by its consonants (Сандамір for Сандомир)
};

class Gazetteer {
 public:
  // The compiled-in data: a view of the image the build made from gazetteer.tsv.
  static const Gazetteer& Default();

  // From gazetteer.tsv text (see make_gazetteer.py for the columns); '#' lines are comments.
  // Analyzes every name (seconds for the whole data: the build does that, see MakeImage).
  explicit Gazetteer(std::string_view tsv);
  // A view of an image made by MakeImage, e.g. the compiled-in one: `bytes` must outlive the
  // Gazetteer and start 8-byte aligned. Throws std::runtime_error if it is not an image of this
  // version (tag/gazetteer_image.h).
  struct Image {
    std::string_view bytes;
  };
  explicit Gazetteer(Image image);

  // The image of gazetteer.tsv text: every name analyzed. What the gazetteer_image tool writes.
  static std::string MakeImage(std::string_view tsv);

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  const City* Find(uint32_t id) const;

  // Cities a name may refer to, in any language or script, any case, with or without
  // diacritics, and inflected forms, also after a preposition ("w Grodnie"); only those met
  // best (as written, else inflected, else by consonants), and of those, when the name is one
  // city's own in its country's language, only such (Jarosław: the Polish town, not Yaroslavl);
  // most populous first. Empty if none. `known`: stems to use instead of a dictionary's
  // (text::AnalyzeQueryWord).
  std::vector<uint32_t> Lookup(std::string_view name,
                               const text::KnownStems* known = nullptr) const;

  // Up to n city names closest to `name` by edit distance on folded forms, closest first, for
  // an "unknown city" message. Only names within a distance of a third of their length.
  std::vector<std::string> Suggest(std::string_view name, size_t n) const;
  // "unknown city 'name'", with "; did you mean: a, b" when Suggest has names: the message of
  // every face (search --city, the web page's city filter).
  std::string UnknownCityMessage(std::string_view name) const;

  size_t size() const { return image_.cities().size(); }

  // For the tagger: the names that match the word sequence words[0..], each word given as its
  // text::MatchKeys. All matches of the longest length that matches; empty if none.
  std::vector<NameMatch> MatchAt(const std::vector<std::vector<std::string>>& words) const;
  // The same, for a caller that keeps each word's keys elsewhere (the tagger caches them).
  std::vector<NameMatch> MatchAt(std::span<const std::vector<std::string>* const> words) const;
  // The names of two words whose first word meets `first` and whose second `abbreviation`
  // (the keys of a word written with a dot after it) abbreviates: the same first letter, then
  // some of its letters in order ("Grodzisk Wlkp.", "Biała Podl.", "Mińsk Maz."). Their
  // NameMatch::words is 2, and they count as met inflected.
  std::vector<NameMatch> MatchAbbreviated(const std::vector<std::string>& first,
                                          const std::vector<std::string>& abbreviation) const;

 private:
  std::string owned_;  // the image, when made from TSV text; empty for a view
  image::View image_;  // of owned_, or of bytes the caller keeps
};

// The indices of City::name() in the languages that are `country`'s own: Polish in Poland,
// Belarusian and Russian in Belarus, Lithuanian in Lithuania, Russian in Russia; none for
// countries whose language has no column.
std::vector<size_t> OwnLanguages(std::string_view country);

// A preposition that introduces a place ("w Grodnie", "у Гродне", "z Lidy"), case-folded.
bool IsPlacePreposition(std::string_view folded_word);

// A word's keys for MatchAt, from text::AnalyzeDocumentWord (document) or AnalyzeQueryWord.
std::vector<std::string> DocumentWordKeys(std::string_view word, std::string_view language);
std::vector<std::string> QueryWordKeys(std::string_view word,
                                       const text::KnownStems* known = nullptr);
// A folded Cyrillic word's consonant skeletons, as names are met by: "#" and the consonants
// when there are 4 or more ("#стнслв" for Станіслава and Станислав), "%" and them when 2 or 3;
// also without a case ending that has a consonant (Тэрэспалем). Empty for other words.
std::vector<std::string> SkeletonKeys(std::string_view folded_word);

}  // namespace twindex::tag
