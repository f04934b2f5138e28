#include "serve/searcher_pool.h"

namespace twindex::serve {

SearcherPool::SearcherPool(std::filesystem::path dir) : dir_(std::move(dir)) {
  idle_.push_back(std::make_unique<index::Searcher>(dir_));
}

SearcherPool::Lease SearcherPool::Borrow() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<index::Searcher> searcher = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(searcher));
    }
  }
  return Lease(*this, std::make_unique<index::Searcher>(dir_));  // opened outside the lock
}

void SearcherPool::GiveBack(std::unique_ptr<index::Searcher> searcher) {
  if (!searcher) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
}

}  // namespace twindex::serve
