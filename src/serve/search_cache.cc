#include "serve/search_cache.h"

#include <chrono>

namespace twindex::serve {
namespace {

// A match that ran this close to its time limit may have stopped early with part of the answer:
// it is not kept (Xapian does not say whether the limit cut it).
constexpr double kShareOfTimeLimitKept = 0.8;

size_t Bytes(const std::string& s) { return sizeof s + (s.size() > 15 ? s.capacity() : 0); }

}  // namespace

size_t ApproximateBytes(const index::SearchResults& results) {
  size_t bytes = sizeof results;
  for (const index::Hit& h : results.hits) {
    bytes += sizeof h + Bytes(h.id) + Bytes(h.path) + Bytes(h.title) + Bytes(h.language) +
             Bytes(h.format) + Bytes(h.date) + Bytes(h.snippet.text) +
             h.cities.capacity() * sizeof(uint32_t) +
             h.snippet.highlights.capacity() * sizeof(h.snippet.highlights[0]);
    for (const std::string& d : h.dates) bytes += Bytes(d);
  }
  const index::Facets& f = results.facets;
  bytes += f.cities.capacity() * sizeof f.cities[0] + f.years.capacity() * sizeof f.years[0];
  for (const auto& [language, files] : f.languages) bytes += Bytes(language) + sizeof files;
  return bytes;
}

SearchCache::SearchCache(size_t max_bytes) : max_bytes_(max_bytes) {}

std::shared_ptr<const index::SearchResults> SearchCache::Search(
    const index::Searcher& searcher, const index::SearchRequest& request) {
  std::string key;
  if (max_bytes_ > 0) {
    const std::string revision = searcher.Revision();
    if (!revision.empty()) key = revision + '\n' + index::RequestKey(request);
  }
  if (!key.empty()) {
    std::lock_guard lock(mutex_);
    if (const auto found = by_key_.find(key); found != by_key_.end()) {
      recent_.splice(recent_.begin(), recent_, found->second);
      ++counts_.found;
      return found->second->results;
    }
  }
  // Matched outside the lock: two threads asking the same at once both match, and one keeps it.
  const auto started = std::chrono::steady_clock::now();
  auto results = std::make_shared<const index::SearchResults>(searcher.Search(request));
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  const bool complete =
      request.time_limit <= 0 || took.count() < request.time_limit * kShareOfTimeLimitKept;
  const size_t bytes = ApproximateBytes(*results) + 2 * Bytes(key);
  std::lock_guard lock(mutex_);
  ++counts_.searched;
  if (key.empty() || !complete || bytes > max_bytes_ || by_key_.contains(key)) return results;
  recent_.push_front({key, results, bytes});
  by_key_.emplace(std::move(key), recent_.begin());
  counts_.bytes += bytes;
  Trim();
  return results;
}

void SearchCache::Trim() {
  while (counts_.bytes > max_bytes_) {
    const Entry& oldest = recent_.back();
    counts_.bytes -= oldest.bytes;
    by_key_.erase(oldest.key);
    recent_.pop_back();
  }
}

SearchCache::Counts SearchCache::counts() const {
  std::lock_guard lock(mutex_);
  Counts counts = counts_;
  counts.answers = recent_.size();
  return counts;
}

}  // namespace twindex::serve
