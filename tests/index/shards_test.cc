// Shard routing (shards.h) and ShardedWriter with the Searcher over a sharded index.
#include "index/shards.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "index/schema.h"
#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "test_support.h"

namespace twindex::index {
namespace {

using twindex::testing::TempDir;

TEST(ShardOf, ReadsTheKeysLeadingDigits) {
  EXPECT_EQ(ShardOf("0000000a" + std::string(24, '0'), 4), 10u % 4);
  EXPECT_EQ(ShardOf("ffffffff" + std::string(24, '0'), 7), 0xffffffffu % 7);
  EXPECT_EQ(ShardOf(schema::FileKey("/any/file.pdf"), 1), 0u);
}

TEST(ShardOf, SpreadsFilesEvenly) {
  for (unsigned shards : {2u, 3u, 4u, 16u}) {
    std::vector<int> counts(shards);
    for (int i = 0; i < 8000; ++i)
      ++counts[ShardOf(schema::FileKey("/archive/doc-" + std::to_string(i) + ".pdf"), shards)];
    for (int c : counts) {
      EXPECT_GT(c, 8000 / static_cast<int>(shards) * 8 / 10) << shards;
      EXPECT_LT(c, 8000 / static_cast<int>(shards) * 12 / 10) << shards;
    }
  }
}

TEST(ShardDirName, TwoDigits) {
  EXPECT_EQ(ShardDirName(0), "shard-00");
  EXPECT_EQ(ShardDirName(12), "shard-12");
}

Document MakeDoc(const std::string& path, const std::string& text) {
  Document doc;
  doc.path = path;
  doc.format = Format::kText;
  doc.title = "T";
  doc.language = "pl";
  doc.pages.push_back({1, text, false});
  return doc;
}

FileRecord RecordFor(const Document& doc) {
  FileRecord r;
  r.path = doc.path;
  r.size = 10;
  r.pages = 1;
  r.format = "text";
  return r;
}

TEST(ShardedWriter, CreatesTheStubAndRoutesEachFileToItsShard) {
  TempDir dir;
  std::vector<std::string> paths;
  {
    ShardedWriter writer(dir.path(), 3, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.size(), 3u);
    EXPECT_FALSE(writer.requested_shards_ignored());
    for (int i = 0; i < 30; ++i) {
      paths.push_back("/docs/" + std::to_string(i) + ".txt");
      writer.AddFile(PrepareFile(MakeDoc(paths.back(), "współpraca miast"),
                                 RecordFor(MakeDoc(paths.back(), ""))));
    }
    writer.Commit();
    EXPECT_EQ(writer.LoadRecords().size(), 30u);
  }
  const auto shards = IndexShards(dir.path());
  ASSERT_TRUE(shards.has_value());
  ASSERT_EQ(shards->size(), 3u);
  // Each shard holds exactly its files' pages and records.
  for (unsigned s = 0; s < 3; ++s) {
    Xapian::Database shard((*shards)[s].path.string());
    size_t expected = 0;
    for (const std::string& path : paths) {
      const std::string key = schema::FileKey(path);
      const bool here = ShardOf(key, 3) == s;
      expected += here;
      EXPECT_EQ(shard.term_exists(schema::FileTerm(key)), here) << path;
      EXPECT_EQ(shard.get_metadata(schema::FileRecordKey(key)).empty(), !here) << path;
    }
    EXPECT_EQ(shard.get_doccount(), expected);
    EXPECT_GT(expected, 0u);
  }
  // Read as one: every file, its record and its stored document, from whichever shard.
  Searcher searcher(dir.path());
  IndexStats stats = searcher.Stats();
  EXPECT_EQ(stats.files, 30u);
  EXPECT_EQ(stats.shard_pages.size(), 3u);
  SearchRequest request;
  request.query = "współpracy";  // found through the form links kept in every shard
  request.limit = 100;
  EXPECT_EQ(searcher.Search(request).hits.size(), 30u);
  for (const std::string& path : paths) {
    const std::vector<std::string> ids = searcher.FileIds(path);
    ASSERT_EQ(ids.size(), 1u) << path;
    ASSERT_TRUE(searcher.File(ids[0]).has_value()) << path;
    EXPECT_EQ(searcher.File(ids[0])->document.pages.at(0).text, "współpraca miast");
  }
}

TEST(ShardedWriter, KeepsTheShardsAnExistingIndexHas) {
  TempDir dir;
  { ShardedWriter writer(dir.path(), 2, IndexWriter::LockMode::kFail); }
  ShardedWriter again(dir.path(), 5, IndexWriter::LockMode::kFail);
  EXPECT_EQ(again.size(), 2u);
  EXPECT_TRUE(again.requested_shards_ignored());
}

TEST(ShardedWriter, LocksEveryShard) {
  TempDir dir;
  ShardedWriter writer(dir.path(), 2, IndexWriter::LockMode::kFail);
  EXPECT_THROW(ShardedWriter(dir.path(), 2, IndexWriter::LockMode::kFail), IndexLockedError);
  EXPECT_THROW(IndexWriter(dir / "shard-01", IndexWriter::LockMode::kFail), IndexLockedError);
}

TEST(ShardedWriter, OpensASingleDatabaseIndexAsOneShard) {
  TempDir dir;
  {
    IndexWriter single(dir.path(), IndexWriter::LockMode::kFail);
    single.AddFile(MakeDoc("/a.txt", "miasto"), RecordFor(MakeDoc("/a.txt", "")));
    single.Commit();
  }
  {
    ShardedWriter writer(dir.path(), 0, IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.size(), 1u);
    EXPECT_FALSE(writer.requested_shards_ignored()) << "no number was asked for";
    EXPECT_EQ(writer.LoadRecords().size(), 1u);
    writer.AddFile(PrepareFile(MakeDoc("/b.txt", "miasto"), RecordFor(MakeDoc("/b.txt", ""))));
    writer.Commit();
  }
  EXPECT_FALSE(std::filesystem::exists(dir / std::string(kStubFileName)));
  EXPECT_EQ(Searcher(dir.path()).Stats().files, 2u);
}

TEST(Searcher, NoIndexAndBadStubAreErrors) {
  TempDir dir;
  EXPECT_THROW(Searcher{dir.path()}, IndexError);
  std::ofstream(dir / std::string(kStubFileName)) << "bogus line\n";
  EXPECT_THROW(Searcher{dir.path()}, IndexError);
}

}  // namespace
}  // namespace twindex::index
