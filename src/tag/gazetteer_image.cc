#include "tag/gazetteer_image.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <stdexcept>

namespace twindex::tag::image {
namespace {

[[noreturn]] void Fail(const std::string& what) {
  throw std::runtime_error("gazetteer image: " + what);
}

// splitmix64's finalizer.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// The slot Hash(key) points at: its high half scaled to the table (no power-of-two size needed).
size_t SlotOf(uint64_t hash, size_t slots) { return ((hash >> 32) * slots) >> 32; }
// The slot after `slot`, linear probing's next.
size_t NextSlot(size_t slot, size_t slots) { return slot + 1 == slots ? 0 : slot + 1; }

size_t Align8(size_t n) { return (n + 7) & ~size_t{7}; }

// A section of an image whose header `h` has been checked, if it is within the image.
template <typename T>
std::span<const T> SectionOf(std::string_view bytes, const Header& h, const Section& s,
                             const char* what) {
  if (s.offset % alignof(T) != 0 || uint64_t{s.offset} + uint64_t{s.count} * sizeof(T) > h.size)
    Fail(std::string("section ") + what + " out of bounds");
  return {reinterpret_cast<const T*>(bytes.data() + s.offset), s.count};
}

}  // namespace

uint64_t Hash(std::string_view bytes) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = Mix(h ^ word);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  return Mix(h ^ tail);
}

View::View(std::string_view bytes) : bytes_(bytes) {
  Header h;
  if (bytes.size() < sizeof h) Fail("too short (" + std::to_string(bytes.size()) + " bytes)");
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) Fail("bad magic: not a gazetteer image");
  if (h.version != kVersion)
    Fail("version " + std::to_string(h.version) + ", this build reads version " +
         std::to_string(kVersion) + ": make it again");
  if (h.size > bytes.size())
    Fail("truncated: " + std::to_string(bytes.size()) + " bytes of " + std::to_string(h.size));
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) Fail("not 8-byte aligned in memory");
  cities_ = SectionOf<City>(bytes, h, h.cities, "cities");
  city_table_ = SectionOf<CitySlot>(bytes, h, h.city_table, "city_table");
  names_ = SectionOf<Name>(bytes, h, h.names, "names");
  words_ = SectionOf<Word>(bytes, h, h.words, "words");
  keys_ = SectionOf<Key>(bytes, h, h.keys, "keys");
  SectionOf<uint32_t>(bytes, h, h.variants, "variants");
  slots_ = SectionOf<Slot>(bytes, h, h.slots, "slots");
  postings_ = SectionOf<uint32_t>(bytes, h, h.postings, "postings");
  SectionOf<char>(bytes, h, h.pool, "pool");
  // The probe loops end at a free slot; Writer leaves more than half of them free.
  if (slots_.empty() || city_table_.empty()) Fail("inconsistent header");
}

const City* View::Find(uint32_t id) const {
  for (size_t i = SlotOf(Mix(id), city_table_.size());; i = NextSlot(i, city_table_.size())) {
    const CitySlot& slot = city_table_[i];
    if (slot.city == 0) return nullptr;
    if (slot.id == id) return &cities_[slot.city - 1];
  }
}

std::span<const uint32_t> View::NamesByFirstKey(std::string_view key, uint64_t hash) const {
  const uint32_t tag = Tag(hash);
  for (size_t i = SlotOf(hash, slots_.size());; i = NextSlot(i, slots_.size())) {
    const Slot& slot = slots_[i];
    if (slot.key == 0) return {};
    if (slot.tag == tag && String(slot.key) == key)
      return postings_.subspan(slot.postings + 1, postings_[slot.postings]);
  }
}

uint32_t Writer::Intern(std::string_view s) {
  if (s.size() > 255) Fail("a string of more than 255 bytes: " + std::string(s));
  auto [it, added] = interned_.try_emplace(std::string(s), static_cast<uint32_t>(pool_.size()));
  if (added) {
    pool_ += static_cast<char>(s.size());
    pool_ += s;
  }
  return it->second;
}

void Writer::AddCity(uint32_t id, uint64_t population, std::string_view country,
                     const std::string_view (&names)[kNameLanguages], uint8_t given_names,
                     std::span<const std::string_view> variants) {
  if (variants.size() > 255) Fail("city " + std::to_string(id) + " has over 255 variants");
  City c{};
  c.population = population;
  c.id = id;
  c.given_names = given_names;
  c.variant_count_ = static_cast<uint8_t>(variants.size());
  c.country_ = Intern(country);
  for (size_t i = 0; i < kNameLanguages; ++i) c.names_[i] = Intern(names[i]);
  city_variants_.push_back(static_cast<uint32_t>(variants_.size()));
  for (std::string_view v : variants) variants_.push_back(Intern(v));
  cities_.push_back(c);
}

void Writer::AddName(uint32_t city, std::string_view name, std::string_view folded, uint8_t kind,
                     const std::vector<std::vector<std::string>>& keys) {
  if (keys.empty() || keys.size() > 255)
    Fail("a name of no words or over 255: " + std::string(name));
  Name n{};
  n.city = city;
  n.first_word = static_cast<uint32_t>(words_.size());
  n.name = Intern(name);
  n.folded = Intern(folded);
  n.words = static_cast<uint8_t>(keys.size());
  n.kind = kind;
  for (const std::vector<std::string>& word : keys) {
    words_.push_back({static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(word.size())});
    for (const std::string& key : word) keys_.push_back({Tag(Hash(key)), Intern(key)});
  }
  names_.push_back(n);
}

std::string Writer::Finish() {
  // Cities by id.
  std::vector<uint32_t> order(cities_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return cities_[a].id < cities_[b].id; });
  std::vector<City> cities;
  std::vector<uint32_t> city_variants;
  std::vector<CitySlot> city_table(2 * cities_.size() + 1);
  for (uint32_t i : order) {
    if (!cities.empty() && cities.back().id == cities_[i].id)
      Fail("city " + std::to_string(cities_[i].id) + " twice");
    cities.push_back(cities_[i]);
    size_t slot = SlotOf(Mix(cities_[i].id), city_table.size());
    while (city_table[slot].city != 0) slot = NextSlot(slot, city_table.size());
    city_table[slot] = {cities_[i].id, static_cast<uint32_t>(cities.size())};  // index + 1
    city_variants.push_back(city_variants_[i]);
  }

  // The first-word table's keys, in the order first met (so the image is deterministic), and
  // the names each one starts.
  std::vector<uint32_t> table_keys;  // pool offsets
  std::unordered_map<uint32_t, std::vector<uint32_t>> key_names;
  for (uint32_t i = 0; i < names_.size(); ++i) {
    const Word& first = words_[names_[i].first_word];
    for (uint32_t k = first.first_key; k < first.first_key + first.keys; ++k) {
      std::vector<uint32_t>& list = key_names[keys_[k].string];
      if (list.empty()) table_keys.push_back(keys_[k].string);
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  std::vector<uint32_t> postings;
  std::vector<Slot> slots(2 * table_keys.size() + 1);  // at most half full: short probes
  std::vector<bool> used(slots.size());  // pool offsets may be 0 until they are image offsets
  for (uint32_t key : table_keys) {
    const std::string_view text = StringAt(pool_.data(), key);
    const uint64_t hash = Hash(text);
    size_t i = SlotOf(hash, slots.size());
    while (used[i]) i = NextSlot(i, slots.size());
    used[i] = true;
    const std::vector<uint32_t>& list = key_names[key];
    slots[i] = {Tag(hash), key, static_cast<uint32_t>(postings.size())};
    postings.push_back(static_cast<uint32_t>(list.size()));
    postings.insert(postings.end(), list.begin(), list.end());
  }

  // Place the sections, then turn pool offsets into image offsets.
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  size_t at = Align8(sizeof(Header));
  auto place = [&](Section& s, size_t count, size_t record_size) {
    s = {static_cast<uint32_t>(at), static_cast<uint32_t>(count)};
    at = Align8(at + count * record_size);
  };
  place(h.cities, cities.size(), sizeof(City));
  place(h.city_table, city_table.size(), sizeof(CitySlot));
  place(h.names, names_.size(), sizeof(Name));
  place(h.words, words_.size(), sizeof(Word));
  place(h.keys, keys_.size(), sizeof(Key));
  place(h.variants, variants_.size(), sizeof(uint32_t));
  place(h.slots, slots.size(), sizeof(Slot));
  place(h.postings, postings.size(), sizeof(uint32_t));
  place(h.pool, pool_.size(), 1);
  if (at > UINT32_MAX) Fail("over 4 GiB");
  h.size = static_cast<uint32_t>(at);

  const uint32_t pool = h.pool.offset;
  for (size_t i = 0; i < cities.size(); ++i) {
    City& c = cities[i];
    c.self_ = h.cities.offset + static_cast<uint32_t>(i * sizeof(City));
    c.country_ += pool;
    for (uint32_t& n : c.names_) n += pool;
    c.variants_ = h.variants.offset + city_variants[i] * static_cast<uint32_t>(sizeof(uint32_t));
  }
  for (Name& n : names_) {
    n.name += pool;
    n.folded += pool;
  }
  for (Key& k : keys_) k.string += pool;
  for (uint32_t& r : variants_) r += pool;
  for (size_t i = 0; i < slots.size(); ++i)
    if (used[i]) slots[i].key += pool;  // never 0 now: the header comes first

  std::string out(h.size, '\0');
  auto copy = [&](const Section& s, const auto& records) {
    // An empty vector's data() may be null, which memcpy must not be given (UBSan).
    if (records.empty()) return;
    std::memcpy(out.data() + s.offset, records.data(), records.size() * sizeof(records[0]));
  };
  copy(h.cities, cities);
  copy(h.city_table, city_table);
  copy(h.names, names_);
  copy(h.words, words_);
  copy(h.keys, keys_);
  copy(h.variants, variants_);
  copy(h.slots, slots);
  copy(h.postings, postings);
  copy(h.pool, pool_);
  h.checksum = Hash(std::string_view(out).substr(sizeof(Header)));
  std::memcpy(out.data(), &h, sizeof h);
  return out;
}

}  // namespace twindex::tag::image
