// One folder tree ingested as N shards (IngestOptions::shard, `twindex ingest --shard K/N`): every
// file lands in exactly one shard's index, and the shards together hold what one ingest of the
// whole tree holds (the same files, ids and pages); machines that reach the tree by other paths
// agree; re-runs, deletions and changes stay within the shard of the file; an index whose
// shard changed gives up the files no longer in it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "index/schema.h"
#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "pipeline/ingest.h"
#include "pipeline/shard_key.h"
#include "test_support.h"

namespace twindex::pipeline {
namespace {

namespace fs = std::filesystem;
using index::IngestShard;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

// What an index holds of one file.
struct Held {
  std::string id;  // file key
  int pages = 0;
  bool failed = false;
  bool operator==(const Held&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Held& h) {
  return out << "{" << h.id << ", " << h.pages << " pages" << (h.failed ? ", failed" : "") << "}";
}

using Holding = std::map<std::string, Held>;  // by path below the tree's root

class ShardSplitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // 60 files in a few folders, each with a word of its own.
    for (int i = 0; i < 60; ++i)
      WriteFile(
          tree_ / ("letters/" + std::to_string(i % 4)) / ("doc-" + std::to_string(i) + ".txt"),
          "Sprawozdanie z wizyty numer " + std::to_string(i) + " w Tczewie.\n");
  }

  IngestOptions Options(const fs::path& root, const fs::path& index, IngestShard shard = {}) const {
    IngestOptions o;
    o.roots = {root};
    o.index_dir = index;
    o.shard = shard;
    o.jobs = 2;
    o.timeout = std::chrono::minutes(5);
    // The end-to-end tests' OCR cache: a scan of the samples is OCR'd once per build.
    o.worker.limits.ocr.cache_dir =
        twindex::testing::TwindexBinary().parent_path() / "e2e-ocr-cache";
    o.worker_command = {twindex::testing::TwindexBinary().string(), "__extract-worker"};
    for (std::string& arg : WorkerArguments(o.worker)) o.worker_command.push_back(arg);
    return o;
  }

  IngestReport Run(const fs::path& root, const std::string& index, IngestShard shard = {},
                   WalkFilter filter = {}) const {
    IngestOptions o = Options(root, dir_ / index, shard);
    o.filter = std::move(filter);
    return Ingest(o);
  }

  // The files the index holds, by their path below `root`.
  Holding Holds(const std::string& index, const fs::path& root) const {
    const fs::path canonical_root = fs::canonical(root);
    Holding holding;
    index::ShardedWriter writer(dir_ / index, 0, index::IndexWriter::LockMode::kFail);
    for (const auto& [path, record] : writer.LoadRecords())
      holding[fs::path(path).lexically_relative(canonical_root).string()] = {
          index::schema::FileKey(path), record.pages, record.failed};
    return holding;
  }

  static std::set<std::string> Paths(const Holding& holding) {
    std::set<std::string> paths;
    for (const auto& [path, held] : holding) paths.insert(path);
    return paths;
  }

  // Ingests `root` as 3 shards and whole; expects every file in one shard, the union the whole.
  void ExpectThreeShardsMakeTheWhole(const fs::path& root, const WalkFilter& filter = {}) {
    const IngestReport whole = Run(root, "whole", {}, filter);
    const Holding everything = Holds("whole", root);
    ASSERT_GT(everything.size(), 10u);
    Holding united;
    size_t other_shards = 0;
    for (unsigned k = 0; k < 3; ++k) {
      const std::string index = "shard-" + std::to_string(k);
      const IngestReport r = Run(root, index, {k, 3}, filter);
      EXPECT_EQ(r.shard, std::to_string(k) + "/3");
      EXPECT_EQ(r.found + r.other_shards, whole.found);
      EXPECT_EQ(r.new_files + r.failed, r.found);
      other_shards += r.other_shards;
      const Holding part = Holds(index, root);
      EXPECT_FALSE(part.empty()) << index;
      EXPECT_EQ(part.size(), r.found);
      for (const auto& [path, held] : part) {
        EXPECT_TRUE(InShard(ShardKey(path), {k, 3})) << path;
        EXPECT_TRUE(united.emplace(path, held).second) << path << " is in two shards";
      }
      EXPECT_EQ(index::Searcher(dir_ / index).Stats().ingest_shards,
                (std::vector<IngestShard>{{k, 3}}));
    }
    EXPECT_EQ(united, everything);
    EXPECT_EQ(other_shards, 2 * whole.found);
    size_t pages = 0;
    for (unsigned k = 0; k < 3; ++k)
      pages += index::Searcher(dir_ / ("shard-" + std::to_string(k))).Stats().pages;
    EXPECT_EQ(pages, index::Searcher(dir_ / "whole").Stats().pages);
  }

  TempDir dir_;
  const fs::path tree_ = dir_ / "tree";
};

TEST_F(ShardSplitTest, ThreeShardsOfAGeneratedTreeTogetherAreOneIngest) {
  ExpectThreeShardsMakeTheWhole(tree_);
}

TEST_F(ShardSplitTest, ThreeShardsOfTheSampleDocumentsTogetherAreOneIngest) {
  ExpectThreeShardsMakeTheWhole(twindex::testing::SourceDir() / "sample-docs",
                                {.include = {}, .exclude = {"scans"}});
}

// Each machine mounts the share where it likes (here: a copy at another path, and a link).
TEST_F(ShardSplitTest, TheTreeReachedByOtherPathsSplitsAlike) {
  const fs::path elsewhere = dir_ / "mnt" / "archive";
  fs::create_directories(elsewhere.parent_path());
  fs::copy(tree_, elsewhere, fs::copy_options::recursive);
  fs::create_directory_symlink(tree_, dir_ / "alias");
  for (unsigned k = 0; k < 3; ++k) {
    const std::string n = std::to_string(k);
    Run(tree_, "here-" + n, {k, 3});
    Run(elsewhere, "there-" + n, {k, 3});
    Run(dir_ / "alias", "alias-" + n, {k, 3});
    const std::set<std::string> here = Paths(Holds("here-" + n, tree_));
    EXPECT_FALSE(here.empty());
    EXPECT_EQ(Paths(Holds("there-" + n, elsewhere)), here) << "shard " << k;
    EXPECT_EQ(Paths(Holds("alias-" + n, tree_)), here) << "shard " << k;
  }
}

TEST_F(ShardSplitTest, ReRunsTouchOnlyTheShardsOfWhatChanged) {
  for (unsigned k = 0; k < 3; ++k) Run(tree_, "shard-" + std::to_string(k), {k, 3});
  // A file to delete and one to change, in two different shards; the third sees nothing.
  std::string deleted, changed;
  for (int i = 0; i < 60 && (deleted.empty() || changed.empty()); ++i) {
    const std::string path =
        "letters/" + std::to_string(i % 4) + "/doc-" + std::to_string(i) + ".txt";
    const unsigned shard = ShardKey(path) % 3;
    if (deleted.empty())
      deleted = path;
    else if (shard != ShardKey(deleted) % 3)
      changed = path;
  }
  ASSERT_FALSE(changed.empty());
  const unsigned deleted_in = ShardKey(deleted) % 3, changed_in = ShardKey(changed) % 3;
  const unsigned untouched = 3 - deleted_in - changed_in;
  fs::remove(tree_ / deleted);
  WriteFile(tree_ / changed, "Nowa treść: umowa z Kłajpedą.\n");
  fs::last_write_time(tree_ / changed,
                      fs::last_write_time(tree_ / changed) + std::chrono::seconds(5));

  for (unsigned k = 0; k < 3; ++k) {
    const IngestReport r = Run(tree_, "shard-" + std::to_string(k), {k, 3});
    EXPECT_EQ(r.removed, k == deleted_in ? 1u : 0u) << "shard " << k;
    EXPECT_EQ(r.updated, k == changed_in ? 1u : 0u) << "shard " << k;
    EXPECT_EQ(r.new_files, 0u) << "shard " << k;
    EXPECT_EQ(r.left_shard, 0u) << "shard " << k;
    EXPECT_EQ(r.failed, 0u) << "shard " << k;
    if (k == untouched) {
      EXPECT_EQ(r.unchanged, r.found) << "nothing to do in shard " << k;
    }
  }
  EXPECT_FALSE(Holds("shard-" + std::to_string(deleted_in), tree_).contains(deleted));
  // And a second re-run has nothing to do anywhere.
  for (unsigned k = 0; k < 3; ++k) {
    const IngestReport r = Run(tree_, "shard-" + std::to_string(k), {k, 3});
    EXPECT_EQ(r.unchanged, r.found) << "shard " << k;
    EXPECT_EQ(r.new_files + r.updated + r.removed + r.left_shard, 0u) << "shard " << k;
  }
}

TEST_F(ShardSplitTest, AnIndexGivesUpTheFilesNoLongerInItsShard) {
  // N changes from 2 to 3.
  Run(tree_, "index", {0, 2});
  const std::set<std::string> of_two = Paths(Holds("index", tree_));
  Run(tree_, "fresh", {0, 3});
  const std::set<std::string> of_three = Paths(Holds("fresh", tree_));
  size_t leaving = 0, coming = 0;
  for (const std::string& p : of_two) leaving += !of_three.contains(p);
  for (const std::string& p : of_three) coming += !of_two.contains(p);
  ASSERT_GT(leaving, 0u);
  const IngestReport r = Run(tree_, "index", {0, 3});
  EXPECT_EQ(r.left_shard, leaving);
  EXPECT_EQ(r.new_files, coming);
  EXPECT_EQ(r.removed, 0u) << "files of other shards are not gone from the tree";
  EXPECT_EQ(Holds("index", tree_), Holds("fresh", tree_));
  EXPECT_EQ(index::Searcher(dir_ / "index").Stats().ingest_shards,
            (std::vector<IngestShard>{{0, 3}}));

  // An index of the whole tree made into shard 1 of 3.
  const IngestReport whole = Run(tree_, "was-whole");
  const IngestReport part = Run(tree_, "was-whole", {1, 3});
  EXPECT_EQ(part.left_shard, whole.found - part.found);
  EXPECT_EQ(part.new_files, 0u);
  EXPECT_EQ(part.unchanged, part.found);
  Run(tree_, "shard-1", {1, 3});
  EXPECT_EQ(Holds("was-whole", tree_), Holds("shard-1", tree_));

  // And back to the whole tree: nothing is removed, the rest comes in.
  const IngestReport back = Run(tree_, "was-whole");
  EXPECT_EQ(back.left_shard + back.removed, 0u);
  EXPECT_EQ(back.new_files, whole.found - part.found);
  EXPECT_TRUE(index::Searcher(dir_ / "was-whole").Stats().ingest_shards.empty());
}

}  // namespace
}  // namespace twindex::pipeline
