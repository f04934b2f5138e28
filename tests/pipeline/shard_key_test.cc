// ShardKey (shard_key.h): a fixed hash, spread evenly, one shard per key.
#include "pipeline/shard_key.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twindex::pipeline {
namespace {

// The key must never change: every machine, build and version of twindex has to agree, or an
// index would hold files another machine also takes. XXH3-64's published value for no bytes.
TEST(ShardKey, IsXxh3Of64Bits) { EXPECT_EQ(ShardKey(""), 0x2D06800538D394C2ULL); }

TEST(ShardKey, SpreadsPathsEvenlyOverAnyNumberOfShards) {
  for (unsigned n : {2u, 3u, 4u, 7u, 16u}) {
    std::vector<int> counts(n);
    for (int i = 0; i < 8000; ++i) {
      const uint64_t key =
          ShardKey("letters/" + std::to_string(i / 100) + "/doc-" + std::to_string(i) + ".pdf");
      int shards_taking_it = 0;
      for (unsigned k = 0; k < n; ++k)
        if (InShard(key, {k, n})) {
          ++counts[k];
          ++shards_taking_it;
        }
      ASSERT_EQ(shards_taking_it, 1) << "every file in exactly one of " << n << " shards";
    }
    for (int c : counts) {
      EXPECT_GT(c, 8000 / static_cast<int>(n) * 8 / 10) << n;
      EXPECT_LT(c, 8000 / static_cast<int>(n) * 12 / 10) << n;
    }
  }
}

TEST(ShardKey, TheWholeTreeTakesEveryFile) {
  for (const char* path : {"", "a.txt", "letters/b.pdf"}) EXPECT_TRUE(InShard(ShardKey(path), {}));
}

}  // namespace
}  // namespace twindex::pipeline
