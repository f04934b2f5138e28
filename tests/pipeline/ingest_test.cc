#include "pipeline/ingest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "index/searcher.h"
#include "index/writer.h"
#include "scoped_euid.h"
#include "test_support.h"

namespace twindex::pipeline {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(docs_ / "a.txt", "Umowa Sokółka Druskininkai");
    WriteFile(docs_ / "sub" / "b.txt", "Porozumienie Grodno Białystok");
    WriteFile(docs_ / "sub" / "c.txt", "Sprawozdanie Kaunas Lublin");
  }

  IngestOptions Options() const {
    IngestOptions o;
    o.roots = {docs_};
    o.index_dir = index_;
    o.jobs = 2;
    o.timeout = std::chrono::minutes(1);
    o.worker_command = {twindex::testing::TwindexBinary().string(), "__extract-worker"};
    for (std::string& arg : WorkerArguments(o.worker)) o.worker_command.push_back(arg);
    return o;
  }

  IngestReport Run() { return Ingest(Options()); }

  // Paths of the files whose pages hold `word`.
  std::vector<std::string> Find(const std::string& word) const {
    index::SearchRequest request;
    request.query = word;
    std::vector<std::string> paths;
    for (const index::Hit& h : index::Searcher(index_).Search(request).hits)
      paths.push_back(h.path);
    return paths;
  }

  std::string Canonical(const std::string& name) const {
    return fs::canonical(docs_ / name).string();
  }

  TempDir dir_;
  const fs::path docs_ = dir_ / "docs";
  const fs::path index_ = dir_ / "index";
};

TEST_F(IngestTest, FirstRunIndexesEveryFile) {
  const IngestReport r = Run();
  EXPECT_EQ(r.found, 3u);
  EXPECT_EQ(r.new_files, 3u);
  EXPECT_EQ(r.updated, 0u);
  EXPECT_EQ(r.unchanged, 0u);
  EXPECT_EQ(r.removed, 0u);
  EXPECT_EQ(r.failed, 0u);
  EXPECT_EQ(r.pages, 3u);
  EXPECT_FALSE(r.interrupted);
  EXPECT_THAT(Find("grodno"), ::testing::ElementsAre(Canonical("sub/b.txt")));
}

TEST_F(IngestTest, SecondRunFindsEverythingUnchanged) {
  Run();
  const IngestReport r = Run();
  EXPECT_EQ(r.found, 3u);
  EXPECT_EQ(r.unchanged, 3u);
  EXPECT_EQ(r.touched, 0u);
  EXPECT_EQ(r.new_files, 0u);
  EXPECT_EQ(r.updated, 0u);
  EXPECT_EQ(r.removed, 0u);
  EXPECT_EQ(r.pages, 0u);
}

TEST_F(IngestTest, CountsNewUpdatedTouchedAndRemovedFiles) {
  Run();
  WriteFile(docs_ / "a.txt", "Umowa Sokółka Druskininkai — aneks Augustów");  // changed
  const auto c_time = fs::last_write_time(docs_ / "sub" / "c.txt");
  fs::last_write_time(docs_ / "sub" / "c.txt", c_time + std::chrono::seconds(5));  // touched
  fs::remove(docs_ / "sub" / "b.txt");                                             // gone
  WriteFile(docs_ / "d.txt", "Raport Lida");                                       // new
  const IngestReport r = Run();
  EXPECT_EQ(r.found, 3u);
  EXPECT_EQ(r.new_files, 1u);
  EXPECT_EQ(r.updated, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(r.touched, 1u);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.failed, 0u);
  EXPECT_EQ(r.pages, 2u);
  EXPECT_THAT(Find("augustów"), ::testing::ElementsAre(Canonical("a.txt")));
  EXPECT_THAT(Find("grodno"), ::testing::IsEmpty());
  EXPECT_THAT(Find("lida"), ::testing::ElementsAre(Canonical("d.txt")));
  EXPECT_THAT(Find("kaunas"), ::testing::ElementsAre(Canonical("sub/c.txt")));
  EXPECT_EQ(index::Searcher(index_).Stats().pages, 3u);  // no duplicate pages

  // The touched file's new mtime was stored: it is plainly unchanged next time.
  const IngestReport again = Run();
  EXPECT_EQ(again.unchanged, 3u);
  EXPECT_EQ(again.touched, 0u);
}

TEST_F(IngestTest, FullRunReextractsEveryFile) {
  Run();
  IngestOptions o = Options();
  o.full = true;
  const IngestReport r = Ingest(o);
  EXPECT_EQ(r.updated, 3u);
  EXPECT_EQ(r.unchanged, 0u);
  EXPECT_EQ(index::Searcher(index_).Stats().pages, 3u);
}

TEST_F(IngestTest, FailuresAreRecordedAndReported) {
  WriteFile(docs_ / "empty.txt", "");
  const IngestReport r = Run();
  EXPECT_EQ(r.new_files, 3u);
  EXPECT_EQ(r.failed, 1u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].path, Canonical("empty.txt"));
  EXPECT_EQ(r.failures[0].reason, "empty file");
  const index::IndexStats stats = index::Searcher(index_).Stats();
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_EQ(stats.files, 3u);
}

TEST_F(IngestTest, IndexInsideARootIsNotIngested) {
  IngestOptions o = Options();
  o.index_dir = docs_ / "index";
  Ingest(o);
  const IngestReport r = Ingest(o);
  EXPECT_EQ(r.found, 3u);
  EXPECT_EQ(r.unchanged, 3u);
}

TEST_F(IngestTest, LockedIndexThrows) {
  index::IndexWriter holder(index_, index::IndexWriter::LockMode::kFail);
  EXPECT_THROW(Run(), index::IndexLockedError);
}

TEST_F(IngestTest, RecordsUnderAnUnlistedDirectoryAreKept) {
  ASSERT_EQ(Run().new_files, 3u);
  // The second run, unprivileged, cannot list docs/sub; it must not take b and c for deleted.
  fs::permissions(docs_ / "sub", fs::perms::none);
  if (::geteuid() == 0) {
    for (const auto& entry : fs::recursive_directory_iterator(index_))
      ASSERT_EQ(::chown(entry.path().c_str(), twindex::testing::kNobodyUid, -1), 0);
    ASSERT_EQ(::chown(index_.c_str(), twindex::testing::kNobodyUid, -1), 0);
  }
  IngestReport r;
  {
    twindex::testing::ScopedUnprivileged nobody;
    if (!nobody.ok()) GTEST_SKIP() << "cannot drop privileges to make a directory unlistable";
    r = Run();
  }
  fs::permissions(docs_ / "sub", fs::perms::owner_all);
  EXPECT_EQ(r.found, 1u);
  EXPECT_EQ(r.removed, 0u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(r.failed, 1u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].path, Canonical("sub"));
  EXPECT_THAT(r.failures[0].reason, HasSubstr("cannot list directory"));
  EXPECT_THAT(Find("grodno"), ::testing::ElementsAre(Canonical("sub/b.txt")));
  EXPECT_THAT(Find("kaunas"), ::testing::ElementsAre(Canonical("sub/c.txt")));
  EXPECT_EQ(index::Searcher(index_).Stats().files, 3u);
}

}  // namespace
}  // namespace twindex::pipeline
