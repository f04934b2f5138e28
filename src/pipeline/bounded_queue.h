// BoundedQueue: the queue from the extraction threads to the single writer, bounded by the memory
// its items hold. When the writer falls behind, the producers wait instead of piling up prepared
// files, which made an ingest's memory grow with the size of the collection (3.5 GB at 100,000
// files). One item always fits, however large, so a huge file never blocks forever.
//
// T is movable and has a `size_t bytes` member: its memory, as its producer estimates it.
// Thread-safe: any number of producers, one consumer.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace twindex::pipeline {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity_bytes) : capacity_bytes_(capacity_bytes) {}

  // Waits while the queue is full, unless `cancel` is set (the consumer may have stopped).
  void Push(T item, const std::atomic<bool>& cancel) {
    {
      std::unique_lock lock(mu_);
      // Polls `cancel`, which is set without this mutex.
      while (!items_.empty() && bytes_ + item.bytes > capacity_bytes_ && !cancel)
        not_full_.wait_for(lock, std::chrono::milliseconds(200));
      bytes_ += item.bytes;
      items_.push_back(std::move(item));
    }
    not_empty_.notify_one();
  }

  // A producer will push nothing more.
  void ProducerDone() {
    {
      std::lock_guard lock(mu_);
      ++done_producers_;
    }
    not_empty_.notify_one();
  }

  enum class PopResult { kItem, kNothingYet, kDone };
  // Waits up to `wait` for the next item; kDone once all `producers` are done and the queue is
  // empty.
  PopResult Pop(unsigned producers, std::chrono::milliseconds wait, std::optional<T>& out) {
    std::unique_lock lock(mu_);
    not_empty_.wait_for(lock, wait,
                        [&] { return !items_.empty() || done_producers_ == producers; });
    if (items_.empty())
      return done_producers_ == producers ? PopResult::kDone : PopResult::kNothingYet;
    out = std::move(items_.front());
    items_.pop_front();
    bytes_ -= out->bytes;
    lock.unlock();
    not_full_.notify_one();
    return PopResult::kItem;
  }

  size_t bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
  }

 private:
  const size_t capacity_bytes_;
  mutable std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  size_t bytes_ = 0;  // of the items queued
  unsigned done_producers_ = 0;
};

}  // namespace twindex::pipeline
