// The gazetteer's image: everything Gazetteer reads, in one flat, pointer-free block of bytes,
// made once and then only read in place. The build makes it from gazetteer.tsv (the
// gazetteer_image tool) and links it into the binary's read-only data, so that opening the
// compiled-in gazetteer is checking a header: no parsing, no allocation, and the pages a process
// touches are mapped on first use (gazetteer_default.cc). Gazetteer(tsv) makes one in memory.
//
// Layout (native byte order and alignment; an offset is from the image's start, and 0 means
// none; each section is 8-byte aligned):
//   Header                        magic, version, size, checksum and the sections' places
//   City cities[]                 by id (tag/city.h)
//   CitySlot city_table[]         id -> city, by open addressing like the first-word table
//   Name names[]                  every name of every city, in the data's order
//   Word words[]                  the names' words, each name's consecutive
//   Key keys[]                    the words' keys, each word's consecutive
//   uint32_t variants[]           string offsets: the cities' variants, each city's consecutive
//   Slot slots[]                  the first-word table (below)
//   uint32_t postings[]           per key of the table: a count, then name indices ascending
//   char pool[]                   strings, each once: a length byte, then its UTF-8 bytes
// The first-word table: every key of every name's first word, by open addressing with linear
// probing over at most half-full slots; a key's slot is where Hash(key) points, or the first
// after it that is free. Looking a key up is one hash, a few adjacent slots, a memcmp. A slot and
// a word's key carry half the key's hash, its tag: keys are compared by their tags first, their
// bytes only when the tags are equal.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tag/city.h"

namespace twindex::tag::image {

inline constexpr char kMagic[8] = {'T', 'W', 'G', 'A', 'Z', 'I', 'M', 'G'};
// Bump on any change of the layout. (A change of what the keys mean, text analysis, needs none:
// the build makes the image again whenever the tool that analyzes the names changes.)
inline constexpr uint32_t kVersion = 4;  // 4: a namesake's region in its country string

struct Section {
  uint32_t offset, count;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t size;      // bytes of the whole image
  uint64_t checksum;  // Hash of the bytes after the header
  Section cities, city_table, names, words, keys, variants, slots, postings, pool;
};

struct CitySlot {
  uint32_t id;
  uint32_t city;  // index in cities + 1; 0: a free slot
};

struct Name {
  uint32_t city;        // id
  uint32_t first_word;  // index in words
  uint32_t name;        // string offset: the name as the data writes it
  uint32_t folded;      // string offset: its folded form, for Suggest
  uint8_t words;        // how many
  uint8_t kind;         // NameKind
  uint16_t reserved;
};

struct Word {
  uint32_t first_key;  // index in keys
  uint32_t keys;       // how many
};

struct Key {
  uint32_t tag;     // Tag(Hash(key))
  uint32_t string;  // string offset
};

struct Slot {
  uint32_t tag;       // Tag(Hash(key))
  uint32_t key;       // string offset; 0: a free slot
  uint32_t postings;  // index in postings
};

// The hash of the first-word table, of the keys' tags and of the checksum. Fixed: images outlive
// the process that made them.
uint64_t Hash(std::string_view bytes);
inline uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash); }

// An image made elsewhere, checked and read in place. The bytes must outlive the View and start
// 8-byte aligned. Opening checks the header (magic, version, size) and that each section lies
// within the image, not every offset inside: an image is the build's own output, not input.
class View {
 public:
  // Throws std::runtime_error saying what is wrong if `bytes` is not an image of kVersion.
  explicit View(std::string_view bytes);

  std::span<const City> cities() const { return cities_; }
  const City* Find(uint32_t id) const;
  std::span<const Name> names() const { return names_; }
  // The keys of a name's word `word` (< name.words).
  std::span<const Key> Keys(const Name& name, size_t word) const {
    const Word& w = words_[name.first_word + word];
    return keys_.subspan(w.first_key, w.keys);
  }
  std::string_view String(uint32_t offset) const { return StringAt(bytes_.data(), offset); }
  // The names (indices in names()) that have `key` among their first word's keys, ascending.
  // `hash`: Hash(key).
  std::span<const uint32_t> NamesByFirstKey(std::string_view key, uint64_t hash) const;

 private:
  std::string_view bytes_;
  std::span<const City> cities_;
  std::span<const CitySlot> city_table_;
  std::span<const Name> names_;
  std::span<const Word> words_;
  std::span<const Key> keys_;
  std::span<const Slot> slots_;
  std::span<const uint32_t> postings_;
};

// Makes an image: cities and names in any order, then Finish once.
class Writer {
 public:
  // `names`: the five languages' (kNameLanguage). Throws std::runtime_error on an id added before.
  void AddCity(uint32_t id, uint64_t population, std::string_view country,
               const std::string_view (&names)[kNameLanguages], uint8_t given_names,
               std::span<const std::string_view> variants);
  // `keys`: per word of the name, the keys it is met by (at least one word).
  void AddName(uint32_t city, std::string_view name, std::string_view folded, uint8_t kind,
               const std::vector<std::vector<std::string>>& keys);
  // The image. Throws std::runtime_error if it would not fit the format (a string of more than
  // 255 bytes, an image of 4 GiB).
  std::string Finish();

 private:
  uint32_t Intern(std::string_view s);  // offset in pool_

  std::vector<City> cities_;             // string offsets in pool_ until Finish
  std::vector<uint32_t> city_variants_;  // per city: index of its first variant in variants_
  std::vector<Name> names_;
  std::vector<Word> words_;
  std::vector<Key> keys_;           // string offsets in pool_ until Finish
  std::vector<uint32_t> variants_;  // string offsets in pool_ until Finish
  std::string pool_;
  std::unordered_map<std::string, uint32_t> interned_;
};

}  // namespace twindex::tag::image
