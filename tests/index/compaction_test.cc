#include "index/compaction.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "core/document.h"
#include "index/errors.h"
#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "index/shards.h"
#include "test_support.h"

namespace twindex::index {
namespace {

namespace fs = std::filesystem;
using twindex::testing::TempDir;

Document Doc(const std::string& path, const std::string& text) {
  Document doc;
  doc.path = path;
  doc.format = Format::kText;
  doc.title = "t";
  doc.language = "pl";
  doc.pages.push_back({1, text, false});
  return doc;
}

FileRecord Record(const std::string& path) {
  FileRecord r;
  r.path = path;
  r.size = 1;
  r.format = "text";
  return r;
}

// Twenty files of a few hundred words, so that every one of a few shards has some and a
// database is more than its tables' first blocks.
void AddFiles(ShardedWriter& writer, const std::string& word) {
  for (int i = 0; i < 20; ++i) {
    const std::string path = "/archiwum/" + word + std::to_string(i) + ".txt";
    std::string text = word + " umowa partnerska";
    for (int n = 0; n < 300; ++n) text += " s" + std::to_string((i * 7919 + n * 104729) % 5000);
    writer.AddFile(PrepareFile(Doc(path, text), Record(path)));
  }
}

std::vector<std::string> Paths(const Searcher& searcher, const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.limit = 100;
  std::vector<std::string> paths;
  for (const Hit& hit : searcher.Search(request).hits) paths.push_back(hit.path);
  return paths;
}

std::set<std::string> Names(const std::vector<StubEntry>& shards) {
  std::set<std::string> names;
  for (const StubEntry& e : shards) names.insert(e.path.filename().string());
  return names;
}

TEST(CompactionTest, CompactedNamesCountGenerations) {
  EXPECT_EQ(CompactedName("shard-02"), "shard-02.1");
  EXPECT_EQ(CompactedName("shard-02.1"), "shard-02.2");
  EXPECT_EQ(CompactedName("shard-02.19"), "shard-02.20");
  EXPECT_EQ(CompactedName("shard-02.x"), "shard-02.x.1");
  EXPECT_EQ(CompactedName("shard-02."), "shard-02..1");
}

TEST(CompactionTest, WhenIsNamed) {
  EXPECT_EQ(CompactWhenNamed("auto"), CompactWhen::kAuto);
  EXPECT_EQ(CompactWhenNamed("always"), CompactWhen::kAlways);
  EXPECT_EQ(CompactWhenNamed("never"), CompactWhen::kNever);
  EXPECT_EQ(CompactWhenNamed("yes"), std::nullopt);
}

// The stub switches to the compacted copies, the old ones are gone, and a searcher opened
// before answers the same from the new ones.
TEST(CompactionTest, SwitchesTheIndexToSmallerCopiesUnderAnOpenSearcher) {
  TempDir dir;
  {
    ShardedWriter writer(dir.path(), 3, IndexWriter::LockMode::kFail);
    AddFiles(writer, "gdańsk");
    writer.Commit();
  }
  const Searcher before(dir.path());
  const std::vector<std::string> expected = Paths(before, "umowa");
  ASSERT_EQ(expected.size(), 20u);
  uintmax_t bytes = 0;
  const std::vector<StubEntry> shards = *IndexShards(dir.path());
  for (const StubEntry& e : shards) bytes += DatabaseBytes(e.path);

  ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
  const CompactionReport report = writer.Compact(CompactWhen::kAuto);
  EXPECT_EQ(report.shards, 3u);
  EXPECT_EQ(report.bytes_before, bytes);
  EXPECT_LT(report.bytes_after, report.bytes_before);
  EXPECT_EQ(Names(*IndexShards(dir.path())),
            (std::set<std::string>{"shard-00.1", "shard-01.1", "shard-02.1"}));
  for (const char* old : {"shard-00", "shard-01", "shard-02"})
    EXPECT_FALSE(fs::exists(dir.path() / old)) << old;

  EXPECT_EQ(Paths(before, "umowa"), expected);
  EXPECT_EQ(Paths(Searcher(dir.path()), "gdańsk"), expected);
  EXPECT_THROW(writer.AddFile(PrepareFile(Doc("/x.txt", "x"), Record("/x.txt"))), IndexError);
}

TEST(CompactionTest, AutoWaitsUntilAShardHasGrownByHalf) {
  TempDir dir;
  {
    ShardedWriter writer(dir.path(), 1, IndexWriter::LockMode::kFail);
    AddFiles(writer, "wilno");
    EXPECT_EQ(writer.Compact(CompactWhen::kNever).shards, 0u);
  }
  {
    ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.Compact(CompactWhen::kAuto).shards, 1u);  // never compacted
  }
  {
    ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.Compact(CompactWhen::kAuto).shards, 0u);  // nothing new
  }
  {
    ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
    for (const char* word : {"grodno", "lida", "kowno", "ryga", "mińsk"}) AddFiles(writer, word);
    EXPECT_EQ(writer.Compact(CompactWhen::kAuto).shards, 1u);  // six times the files
  }
  EXPECT_EQ(Names(*IndexShards(dir.path())), std::set<std::string>{"shard-00.2"});
  EXPECT_EQ(Paths(Searcher(dir.path()), "mińsk").size(), 20u);
}

// An index written before shards (the directory is the database) becomes one of one shard.
TEST(CompactionTest, ASingleDatabaseIndexBecomesOneShard) {
  TempDir dir;
  {
    IndexWriter writer(dir.path(), IndexWriter::LockMode::kFail);
    writer.AddFile(Doc("/a.txt", "umowa z Grodnem"), Record("/a.txt"));
    writer.Commit();
  }
  fs::create_directories(dir.path() / "runs");
  { std::ofstream(dir.path() / "runs" / "r.json") << "{}"; }
  {
    ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.Compact(CompactWhen::kAuto).shards, 1u);
  }
  EXPECT_EQ(Names(*IndexShards(dir.path())), std::set<std::string>{"shard-00.1"});
  EXPECT_FALSE(fs::exists(dir.path() / "iamglass"));
  EXPECT_FALSE(fs::exists(dir.path() / "postlist.glass"));
  EXPECT_TRUE(fs::exists(dir.path() / "runs" / "r.json"));  // the index's own files stay
  EXPECT_THAT(Paths(Searcher(dir.path()), "grodno"), ::testing::ElementsAre("/a.txt"));
}

// Copies a stopped compaction left (not yet switched to, or switched from) are removed by the
// next writer; the shards the stub names are not touched.
TEST(CompactionTest, TheNextWriterRemovesShardsTheStubDoesNotName) {
  TempDir dir;
  {
    ShardedWriter writer(dir.path(), 2, IndexWriter::LockMode::kFail);
    AddFiles(writer, "kłajpeda");
  }
  fs::create_directories(dir.path() / "shard-01.1");
  { std::ofstream(dir.path() / "shard-01.1" / "postlist.glass") << "half"; }
  { ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail); }
  EXPECT_FALSE(fs::exists(dir.path() / "shard-01.1"));
  EXPECT_EQ(Paths(Searcher(dir.path()), "kłajpeda").size(), 20u);
}

TEST(CompactionTest, ASecondWriterOfTheDirectoryIsRefused) {
  TempDir dir;
  ShardedWriter writer(dir.path(), 2, IndexWriter::LockMode::kFail);
  EXPECT_THROW(ShardedWriter(dir.path(), 2, IndexWriter::LockMode::kFail), IndexLockedError);
}

}  // namespace
}  // namespace twindex::index
