// SearchCache: the answers to recent searches, shared by the server's threads, so that a search
// asked again (the next page of results, the back button, a facet removed again, many people
// looking up the same town) costs a lookup instead of a match. An answer is kept under its request
// (index::RequestKey) and the revision of the index it came from (Searcher::Revision): after a
// commit the older answers are never found again, and they age out. Bounded in bytes, the least
// recently used answer first out.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "index/searcher.h"

namespace twindex::serve {

class SearchCache {
 public:
  // Keeps answers of about `max_bytes` in all; 0 keeps none (every search is matched).
  explicit SearchCache(size_t max_bytes);

  // `searcher`'s answer to `request`, kept or found. Throws what Searcher::Search throws.
  std::shared_ptr<const index::SearchResults> Search(const index::Searcher& searcher,
                                                     const index::SearchRequest& request);

  struct Counts {
    size_t found = 0;     // searches answered from the cache
    size_t searched = 0;  // searches matched
    size_t answers = 0;   // answers kept now
    size_t bytes = 0;     // their size, about
  };
  Counts counts() const;

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const index::SearchResults> results;
    size_t bytes;
  };

  // Drops the least recently used answers until the rest fit. Called with mutex_ held.
  void Trim();

  const size_t max_bytes_;
  mutable std::mutex mutex_;
  std::list<Entry> recent_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
  Counts counts_;  // but answers: recent_.size()
};

// About how many bytes `results` takes in memory.
size_t ApproximateBytes(const index::SearchResults& results);

}  // namespace twindex::serve
