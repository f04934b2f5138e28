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

size_t Align8(size_t n) { return (n + 7) & ~size_t{7}; }

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
  auto section = [&](const Section& s, const char* what, auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    if (s.offset % alignof(T) != 0 || uint64_t{s.offset} + uint64_t{s.count} * sizeof(T) > h.size)
      Fail(std::string("section ") + what + " out of bounds");
    return std::span<const T>(reinterpret_cast<const T*>(bytes.data() + s.offset), s.count);
  };
  cities_ = section(h.cities, "cities", static_cast<City*>(nullptr));
  city_ids_ = section(h.city_ids, "city_ids", static_cast<uint32_t*>(nullptr));
  names_ = section(h.names, "names", static_cast<Name*>(nullptr));
  words_ = section(h.words, "words", static_cast<Word*>(nullptr));
  refs_ = section(h.refs, "refs", static_cast<uint32_t*>(nullptr));
  slots_ = section(h.slots, "slots", static_cast<Slot*>(nullptr));
  postings_ = section(h.postings, "postings", static_cast<uint32_t*>(nullptr));
  section(h.pool, "pool", static_cast<char*>(nullptr));
  // The probe loop ends at a free slot; Writer leaves more than half of them free.
  if (slots_.empty() || city_ids_.size() != cities_.size()) Fail("inconsistent header");
}

const City* View::Find(uint32_t id) const {
  auto it = std::lower_bound(city_ids_.begin(), city_ids_.end(), id);
  return it == city_ids_.end() || *it != id ? nullptr : &cities_[it - city_ids_.begin()];
}

std::span<const uint32_t> View::NamesByFirstKey(std::string_view key) const {
  const uint64_t hash = Hash(key);
  const uint32_t tag = static_cast<uint32_t>(hash);
  for (size_t i = SlotOf(hash, slots_.size());; i = i + 1 == slots_.size() ? 0 : i + 1) {
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
  city_variants_.push_back(static_cast<uint32_t>(refs_.size()));
  for (std::string_view v : variants) refs_.push_back(Intern(v));
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
    std::vector<std::string_view> sorted(word.begin(), word.end());
    std::sort(sorted.begin(), sorted.end());  // View::Keys' promise, which Meets relies on
    words_.push_back({static_cast<uint32_t>(refs_.size()), static_cast<uint32_t>(sorted.size())});
    for (std::string_view key : sorted) refs_.push_back(Intern(key));
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
  std::vector<uint32_t> city_ids, city_variants;
  for (uint32_t i : order) {
    if (!city_ids.empty() && city_ids.back() == cities_[i].id)
      Fail("city " + std::to_string(cities_[i].id) + " twice");
    cities.push_back(cities_[i]);
    city_ids.push_back(cities_[i].id);
    city_variants.push_back(city_variants_[i]);
  }

  // The first-word table's keys, in the order first met (so the image is deterministic), and
  // the names each one starts.
  std::vector<uint32_t> table_keys;  // pool offsets
  std::unordered_map<uint32_t, std::vector<uint32_t>> key_names;
  for (uint32_t i = 0; i < names_.size(); ++i) {
    const Word& first = words_[names_[i].first_word];
    for (uint32_t k = first.first_key; k < first.first_key + first.keys; ++k) {
      std::vector<uint32_t>& list = key_names[refs_[k]];
      if (list.empty()) table_keys.push_back(refs_[k]);
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
    while (used[i]) i = i + 1 == slots.size() ? 0 : i + 1;
    used[i] = true;
    const std::vector<uint32_t>& list = key_names[key];
    slots[i] = {static_cast<uint32_t>(hash), key, static_cast<uint32_t>(postings.size())};
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
  place(h.city_ids, city_ids.size(), sizeof(uint32_t));
  place(h.names, names_.size(), sizeof(Name));
  place(h.words, words_.size(), sizeof(Word));
  place(h.refs, refs_.size(), sizeof(uint32_t));
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
    c.variants_ = h.refs.offset + city_variants[i] * static_cast<uint32_t>(sizeof(uint32_t));
  }
  for (Name& n : names_) {
    n.name += pool;
    n.folded += pool;
  }
  for (uint32_t& r : refs_) r += pool;
  for (size_t i = 0; i < slots.size(); ++i)
    if (used[i]) slots[i].key += pool;  // never 0 now: the header comes first

  std::string out(h.size, '\0');
  auto copy = [&](const Section& s, const auto& records) {
    std::memcpy(out.data() + s.offset, records.data(), records.size() * sizeof(records[0]));
  };
  copy(h.cities, cities);
  copy(h.city_ids, city_ids);
  copy(h.names, names_);
  copy(h.words, words_);
  copy(h.refs, refs_);
  copy(h.slots, slots);
  copy(h.postings, postings);
  copy(h.pool, pool_);
  h.checksum = Hash(std::string_view(out).substr(sizeof(Header)));
  std::memcpy(out.data(), &h, sizeof h);
  return out;
}

}  // namespace twindex::tag::image
