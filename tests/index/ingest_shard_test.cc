// IngestShard (ingest_shard.h): the K/N spec as typed, and as the index keeps it.
#include "index/ingest_shard.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "test_support.h"

namespace twindex::index {
namespace {

using ::testing::HasSubstr;
using twindex::testing::TempDir;

TEST(ParseIngestShard, ReadsKOfN) {
  EXPECT_EQ(ParseIngestShard("0/4"), (IngestShard{0, 4}));
  EXPECT_EQ(ParseIngestShard("3/4"), (IngestShard{3, 4}));
  EXPECT_EQ(ParseIngestShard("12/100"), (IngestShard{12, 100}));
  EXPECT_TRUE(ParseIngestShard("0/1").whole());
  EXPECT_FALSE(ParseIngestShard("0/2").whole());
}

TEST(ParseIngestShard, RefusesAnythingElseSayingWhy) {
  for (const char* bad : {"4/4", "5/4", "x/3", "0/0", "-1/3", "1/-3", "1/", "/3", "3", "", "1/3/4",
                          " 1/3", "1 /3", "1/3 ", "+1/3", "1.0/3", "99999999999/3"}) {
    EXPECT_THROW(ParseIngestShard(bad), std::invalid_argument) << "'" << bad << "'";
  }
  auto message = [](const char* text) {
    try {
      ParseIngestShard(text);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_THAT(message("4/4"), HasSubstr("K counts from 0, so shard K of 4 is 0 to 3"));
  EXPECT_THAT(message("0/0"), HasSubstr("at least 1"));
  EXPECT_THAT(message("x/3"), HasSubstr("'x/3' is not K/N"));
  EXPECT_THAT(message("3"), HasSubstr("K from 0 to N-1"));
}

TEST(IngestShard, SpecAndNameRoundTrip) {
  EXPECT_EQ(IngestShardSpec({1, 4}), "1/4");
  EXPECT_EQ(ParseIngestShard(IngestShardSpec({7, 9})), (IngestShard{7, 9}));
  EXPECT_EQ(IngestShardName({1, 4}), "shard 1 of 4");
  EXPECT_EQ(IngestShardName({}), "the whole tree");
}

TEST(IngestShard, TheIndexKeepsItsShardInEveryDatabase) {
  TempDir dir;
  const auto index = dir / "index";
  {
    ShardedWriter writer(index, 3, IndexWriter::LockMode::kFail);
    EXPECT_TRUE(writer.ingest_shard().whole());
    writer.SetIngestShard({2, 5});
    EXPECT_EQ(writer.ingest_shard(), (IngestShard{2, 5})) << "pending, before the commit";
    writer.Commit();
    for (unsigned i = 0; i < writer.size(); ++i)
      EXPECT_EQ(writer.shard(i).ingest_shard(), (IngestShard{2, 5})) << i;
  }
  {
    ShardedWriter writer(index, 0, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.ingest_shard(), (IngestShard{2, 5}));
  }
  EXPECT_EQ(Searcher(index).Stats().ingest_shards, (std::vector<IngestShard>{{2, 5}}));
  {
    ShardedWriter writer(index, 0, IndexWriter::LockMode::kFail);
    writer.SetIngestShard({});  // the whole tree again: nothing stored
    writer.Commit();
  }
  EXPECT_TRUE(Searcher(index).Stats().ingest_shards.empty());
}

}  // namespace
}  // namespace twindex::index
