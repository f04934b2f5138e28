// BoundedQueue: producers wait while the queue holds its capacity, one item always fits, a
// cancelled consumer releases them, and the consumer learns when every producer is done.
#include "pipeline/bounded_queue.h"

#include <gtest/gtest.h>

#include <thread>

namespace twindex::pipeline {
namespace {

using namespace std::chrono_literals;

struct Item {
  int id;
  size_t bytes;
};
using Queue = BoundedQueue<Item>;

TEST(BoundedQueueTest, ProducersWaitWhileTheQueueIsFull) {
  Queue queue(100);
  std::atomic<bool> cancel{false};
  std::atomic<int> pushed{0};
  std::jthread producer([&] {
    for (int i = 0; i < 10; ++i) {
      queue.Push({i, 40}, cancel);
      ++pushed;
    }
    queue.ProducerDone();
  });
  // Two items of 40 fit in 100; the third waits until the consumer takes one.
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(pushed, 2);
  EXPECT_EQ(queue.bytes(), 80u);
  std::optional<Item> item;
  int expected = 0;
  for (Queue::PopResult r; (r = queue.Pop(1, 2s, item)) != Queue::PopResult::kDone;) {
    ASSERT_EQ(r, Queue::PopResult::kItem);
    EXPECT_EQ(item->id, expected++);  // in order
    EXPECT_LE(queue.bytes(), 100u);
  }
  EXPECT_EQ(expected, 10);
}

TEST(BoundedQueueTest, OneItemAlwaysFitsHoweverLarge) {
  Queue queue(100);
  std::atomic<bool> cancel{false};
  queue.Push({1, 5000}, cancel);  // returns at once
  EXPECT_EQ(queue.bytes(), 5000u);
}

TEST(BoundedQueueTest, CancelReleasesAWaitingProducer) {
  Queue queue(10);
  std::atomic<bool> cancel{false};
  queue.Push({1, 10}, cancel);
  std::atomic<bool> returned{false};
  std::jthread producer([&] {
    queue.Push({2, 10}, cancel);
    returned = true;
  });
  std::this_thread::sleep_for(300ms);
  EXPECT_FALSE(returned);
  cancel = true;  // the consumer stopped: the producer must not hang
  producer.join();
  EXPECT_TRUE(returned);
}

TEST(BoundedQueueTest, NothingYetUntilEveryProducerIsDone) {
  Queue queue(10);
  std::optional<Item> item;
  EXPECT_EQ(queue.Pop(2, 10ms, item), Queue::PopResult::kNothingYet);
  queue.ProducerDone();
  EXPECT_EQ(queue.Pop(2, 10ms, item), Queue::PopResult::kNothingYet);
  queue.ProducerDone();
  EXPECT_EQ(queue.Pop(2, 10ms, item), Queue::PopResult::kDone);
}

}  // namespace
}  // namespace twindex::pipeline
