#include "pipeline/known_files.h"

#include <algorithm>

#include "index/schema.h"

namespace twindex::pipeline {

void KnownFiles::Add(const index::FileRecord& record) {
  Entry e;
  e.key = index::schema::FileKeyHash(record.path);
  if (auto hash = ParseHex128(record.content_hash)) {
    e.content_hash = *hash;
    e.has_content_hash = true;
  }
  e.size = record.size;
  e.mtime_ns = record.mtime_ns;
  e.failed = record.failed;
  entries_.push_back(e);
}

void KnownFiles::Seal() {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  entries_.shrink_to_fit();
}

KnownFiles::Entry* KnownFiles::Find(std::string_view path) {
  const Hash128 key = index::schema::FileKeyHash(path);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, const Hash128& k) { return e.key < k; });
  return it != entries_.end() && it->key == key ? &*it : nullptr;
}

std::vector<std::string> KnownFiles::UnfoundKeys() const {
  std::vector<std::string> keys;
  for (const Entry& e : entries_)
    if (!e.found) keys.push_back(Hex128(e.key));
  return keys;
}

}  // namespace twindex::pipeline
