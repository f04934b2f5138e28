#include "index/facet_count.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <vector>

#include "index/schema.h"

namespace twindex::index {
namespace {

// The n largest counts, most first, ties by key.
template <typename Key>
std::vector<std::pair<Key, size_t>> TopOf(const std::unordered_map<Key, size_t>& counts, size_t n) {
  std::vector<std::pair<Key, size_t>> top(counts.begin(), counts.end());
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (top.size() > n) top.resize(n);
  return top;
}

}  // namespace

std::string FacetSpy::ValueAt(Xapian::ValueIterator& it, unsigned slot, Xapian::docid did) {
  if (it == db_.valuestream_end(slot) || it.get_docid() > did) it = db_.valuestream_begin(slot);
  if (it == db_.valuestream_end(slot)) return {};
  if (it.get_docid() < did) it.skip_to(did);
  if (it == db_.valuestream_end(slot) || it.get_docid() != did) return {};
  return *it;
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  if (++pages_ > up_to_) return;
  const Xapian::docid did = doc.get_docid();
  last_counted_ = did;
  // Over a combined database (shards) the matcher passes each shard's documents with their
  // docids in that shard, which name other documents in the combined one: read the document's
  // own values there.
  const bool combined = db_.size() != 1;
  // The file key is the hex of a 128-bit hash: its first 16 digits are a 64-bit hash already.
  const std::string key = combined ? doc.get_value(schema::kSlotFileKey)
                                   : ValueAt(file_keys_, schema::kSlotFileKey, did);
  const std::string facets =
      combined ? doc.get_value(schema::kSlotFacets) : ValueAt(facets_, schema::kSlotFacets, did);
  last_counted_file_ = key;
  uint64_t file = 0;
  std::from_chars(key.data(), key.data() + std::min<size_t>(key.size(), 16), file, 16);
  if (!seen_files_.insert(file).second) return;
  const std::string_view all(facets);
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find(' ', at);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view item = all.substr(at, end - at);
    at = end + 1;
    if (item.size() < 2) continue;
    const std::string_view value = item.substr(1);
    if (item[0] == 'c') {
      uint32_t id = 0;
      std::from_chars(value.data(), value.data() + value.size(), id);
      cities_[id] += weight_;
    } else if (item[0] == 'y') {
      int year = 0;
      std::from_chars(value.data(), value.data() + value.size(), year);
      years_[year] += weight_;
    } else if (item[0] == 'l') {
      languages_[std::string(value)] += weight_;
    }
  }
}

Facets FacetSpy::Top(size_t n, bool exact) const {
  return {TopOf(cities_, n), TopOf(years_, n), TopOf(languages_, n), exact};
}

void DocidSample::init(const Xapian::Database& db) {
  last_ = db.get_lastdocid();
  did_ = 0;
  const Xapian::doccount span = last_ >= first_ ? last_ - first_ + 1 : 0;
  estimate_ = std::min(db.get_doccount(), span / stride_);
  max_ = std::min(db.get_doccount(), (span / (kBlock * stride_) + 1) * kBlock);
}

Xapian::docid DocidSample::SampledFrom(Xapian::docid did) const {
  if (did < first_) did = first_;
  if (did > last_) return last_ + 1;
  Xapian::docid block = (did - first_) / kBlock;
  if (block % stride_ == 0) return did;
  block = (block / stride_ + 1) * stride_;
  if (block > (last_ - first_) / kBlock) return last_ + 1;  // past the end (and no overflow)
  return first_ + block * kBlock;
}

void DocidSample::next(double) { did_ = SampledFrom(did_ + 1); }

void DocidSample::skip_to(Xapian::docid did, double) {
  if (did > did_) did_ = SampledFrom(did);
}

std::string DocidSample::get_description() const {
  return "DocidSample(1 block of " + std::to_string(kBlock) + " in " + std::to_string(stride_) +
         " from " + std::to_string(first_) + ")";
}

}  // namespace twindex::index
