// SearcherPool: index::Searcher objects for the server's worker threads. A Searcher is not
// thread-safe, so each request borrows one for its duration (a Lease) and gives it back; the pool
// opens one more when all are lent (at most one per worker thread, since a thread holds one at a
// time). Each Searcher sees new commits at its next call, so the pool never reopens anything.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "index/searcher.h"

namespace twindex::serve {

class SearcherPool {
 public:
  // Opens one Searcher now: throws index::IndexError if `dir` holds no readable index.
  explicit SearcherPool(std::filesystem::path dir);

  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<index::Searcher> searcher)
        : pool_(pool), searcher_(std::move(searcher)) {}
    ~Lease() { pool_.GiveBack(std::move(searcher_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    const index::Searcher& operator*() const { return *searcher_; }
    const index::Searcher* operator->() const { return searcher_.get(); }

   private:
    SearcherPool& pool_;
    std::unique_ptr<index::Searcher> searcher_;
  };

  // A Searcher for this thread until the Lease ends. Throws index::IndexError.
  Lease Borrow();

 private:
  void GiveBack(std::unique_ptr<index::Searcher> searcher);

  const std::filesystem::path dir_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<index::Searcher>> idle_;
};

}  // namespace twindex::serve
