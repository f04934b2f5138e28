// Incremental ingest: unchanged files are not read again, changed ones are re-indexed, deleted
// ones disappear. "Not extracted" is proven by making every extraction crash
// (TWINDEX_FAULT_INJECT): a run that extracted anything would report failures.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kCrashOnEveryFile{"TWINDEX_FAULT_INJECT=crash:/"};

class Incremental : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = CopySampleDocs(dir_.path());
    ASSERT_EQ(Ingest().exit_code, 0);
  }
  CommandResult Ingest(const std::vector<std::string>& env = {}) {
    return Twindex({"ingest", docs_.string(), "--index", (dir_ / "index").string(), "--report",
                    (dir_ / "report.json").string()},
                   env);
  }
  nlohmann::json Counts() { return ParseJson(ReadFile(dir_ / "report.json"))["counts"]; }
  size_t Hits(const std::string& query) {
    CommandResult r = Twindex({"search", "--index", (dir_ / "index").string(), "--json", query});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(r.out)["hits"].size();
  }
  static void SetMtime(const fs::path& p, int seconds_ahead) {
    fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(seconds_ahead));
  }

  TempDir dir_;
  fs::path docs_;
};

TEST_F(Incremental, UnchangedFolderIsNotExtractedAgain) {
  CommandResult r = Ingest(kCrashOnEveryFile);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto counts = Counts();
  EXPECT_EQ(counts["new"], 0);
  EXPECT_EQ(counts["updated"], 0);
  EXPECT_EQ(counts["failed"], 0);
  EXPECT_EQ(counts["unchanged"], counts["found"]);
}

TEST_F(Incremental, TouchedButIdenticalFileIsNotExtracted) {
  SetMtime(docs_ / "seeds" / "000_3a98ed0ef4e8060d.txt", 100);
  CommandResult r = Ingest(kCrashOnEveryFile);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto counts = Counts();
  EXPECT_EQ(counts["touched"], 1);
  EXPECT_EQ(counts["failed"], 0);
  EXPECT_EQ(counts["updated"], 0);
  // And the next run sees the new mtime as known.
  ASSERT_EQ(Ingest(kCrashOnEveryFile).exit_code, 0);
  EXPECT_EQ(Counts()["touched"], 0);
}

TEST_F(Incremental, ModifiedFileIsReindexed) {
  const fs::path seed = docs_ / "seeds" / "001_d90a736770457ca3.txt";
  ASSERT_EQ(Hits("Lębork"), 1u);
  WriteFile(seed, "Nowa treść: porozumienie o współpracy z miastem Kėdainiai.\n");
  SetMtime(seed, 100);
  ASSERT_EQ(Ingest().exit_code, 0);
  auto counts = Counts();
  EXPECT_EQ(counts["updated"], 1);
  EXPECT_EQ(counts["new"], 0);
  EXPECT_EQ(Hits("Kėdainiai"), 1u);
  EXPECT_EQ(Hits("Lębork"), 0u) << "the old text is gone";
}

TEST_F(Incremental, DeletedFileDisappears) {
  ASSERT_EQ(Hits("rekultywacji"), 1u);
  fs::remove(docs_ / "pdf" / "pl-bialystok-grodno-umowa.pdf");
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_EQ(Counts()["removed"], 1);
  EXPECT_EQ(Hits("rekultywacji"), 0u);
}

TEST_F(Incremental, NewFileIsAddedAlone) {
  WriteFile(docs_ / "new" / "note.txt", "Spotkanie partnerskie w Żyrmunach.\n");
  ASSERT_EQ(Ingest(/*env=*/{}).exit_code, 0);
  auto counts = Counts();
  EXPECT_EQ(counts["new"], 1) << ReadFile(dir_ / "report.json");
  EXPECT_EQ(Hits("Żyrmunach"), 1u);
}

TEST_F(Incremental, SameFileByTwoPathsIsIndexedOnce) {
  fs::create_symlink(docs_ / "pdf", docs_ / "pdf-link");
  fs::create_hard_link(docs_ / "seeds" / "000_3a98ed0ef4e8060d.txt", docs_ / "seeds-copy.txt");
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_EQ(Counts()["new"], 0);
  EXPECT_EQ(Hits("rekultywacji"), 1u);
  EXPECT_EQ(Hits("Amicus"), 1u);
}

TEST_F(Incremental, FullRebuildReextractsEverything) {
  CommandResult r = Twindex({"ingest", docs_.string(), "--index", (dir_ / "index").string(),
                             "--full", "--report", (dir_ / "report.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto counts = Counts();
  EXPECT_EQ(counts["updated"], counts["found"]);
  EXPECT_EQ(Hits("rekultywacji"), 1u) << "no duplicates after a rebuild";
}

TEST_F(Incremental, FailedFileIsRetriedOnlyWhenChangedOrAsked) {
  WriteFile(docs_ / "broken.txt", "Zyzzogeton w archiwum.\n");
  ASSERT_EQ(Ingest({"TWINDEX_FAULT_INJECT=crash:broken.txt"}).exit_code, 3);
  EXPECT_EQ(Counts()["failed"], 1);
  // Unchanged: not tried again (nothing would crash it now), but not forgotten either.
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_EQ(Counts()["failed"], 0);
  EXPECT_EQ(Counts()["updated"], 0);
  EXPECT_EQ(Hits("Zyzzogeton"), 0u);
  auto stats = ParseJson(Twindex({"stats", "--index", (dir_ / "index").string(), "--json"}).out);
  ASSERT_EQ(stats["failures"].size(), 1u);
  EXPECT_NE(stats["failures"][0]["path"].get<std::string>().find("broken.txt"), std::string::npos);
  // Asked: tried again, and now it works.
  CommandResult r = Twindex({"ingest", docs_.string(), "--index", (dir_ / "index").string(),
                             "--retry-failed", "--report", (dir_ / "report.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Counts()["updated"], 1);
  EXPECT_EQ(Hits("Zyzzogeton"), 1u);
}

}  // namespace
}  // namespace twindex::testing
