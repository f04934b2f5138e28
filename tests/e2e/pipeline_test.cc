// `twindex run FILE.toml`: a pipeline file's mistakes are exact errors before any work, and a run
// is the ingest its keys describe.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

// Runs a pipeline file with `text` in `dir`; returns the result.
CommandResult RunPipeline(const TempDir& dir, const std::string& text) {
  const fs::path file = dir / "p.toml";
  WriteFile(file, text);
  return Twindex({"run", file.string()});
}

TEST(Pipeline, EveryMistakeIsAnExactErrorBeforeAnyWork) {
  TempDir dir;
  fs::create_directory(dir / "docs");
  const std::string file = (dir / "p.toml").string();
  const std::vector<std::pair<std::string, std::string>> cases{
      {"[sources]\npaths = [\"docs\"]\nfolow_links = true\n",
       file + ":3: sources.folow_links: unknown key"},
      {"[sources]\npaths = \"docs\"\n",
       file + ":2: sources.paths: expected an array of strings, got a string"},
      {"[sources]\npaths = [\"docs\", \"missing\"]\n",
       file + ":2: sources.paths: no such file or directory: " + (dir / "missing").string()},
      {"[sources]\npaths = [\"docs\"]\n[extraction]\njobs = \"four\"\n",
       file + ":4: extraction.jobs: expected an integer, got a string"},
      {"[sources]\npaths = [\"docs\"]\n[ocr]\npage_timeout_s = -5\n",
       file + ":4: ocr.page_timeout_s: must be positive"},
      {"[sources]\npaths = [\"docs\"]\n[indexx]\npath = \"i\"\n",
       file + ":3: unknown section 'indexx' (sections: sources, index, extraction, ocr, run)"},
      {"[index]\npath = \"i\"\n", file + ": sources.paths: no folder given"},
      {"[sources\n", file + ":1: "},
  };
  for (const auto& [text, message] : cases) {
    CommandResult r = RunPipeline(dir, text);
    EXPECT_EQ(r.exit_code, 2) << text;
    EXPECT_NE(r.err.find("error: " + message), std::string::npos) << text << "\n" << r.err;
    EXPECT_FALSE(fs::exists(dir / "i")) << "no work before the file is valid";
  }
}

TEST(Pipeline, RunIsTheIngestItsKeysDescribeAndASecondRunDoesNothing) {
  TempDir dir;
  const fs::path docs = CopySampleDocs(dir.path());
  WriteFile(dir / "p.toml",
            "[sources]\npaths = [\"sample-docs/pdf\", \"sample-docs/office\"]\n"
            "[index]\npath = \"by-run\"\n[extraction]\njobs = 2\n[run]\nreport = \"run.json\"\n");
  CommandResult run = Twindex({"run", (dir / "p.toml").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // A repeatable flag takes one value: the folder after "--exclude *.tmp" is still a folder.
  CommandResult ingest =
      Twindex({"ingest", (docs / "pdf").string(), "--exclude", "*.tmp", (docs / "office").string(),
               "--index", (dir / "by-ingest").string(), "--jobs", "2", "--report",
               (dir / "ingest.json").string()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const auto by_run = ParseJson(ReadFile(dir / "run.json"));
  const auto by_ingest = ParseJson(ReadFile(dir / "ingest.json"));
  EXPECT_EQ(by_run["counts"], by_ingest["counts"]);
  for (const char* query : {"Grodno", "rekultywacji", "Druskininkai"}) {
    auto a =
        ParseJson(Twindex({"search", "--index", (dir / "by-run").string(), "--json", query}).out);
    auto b = ParseJson(
        Twindex({"search", "--index", (dir / "by-ingest").string(), "--json", query}).out);
    ASSERT_EQ(a["hits"].size(), b["hits"].size()) << query;
    for (size_t i = 0; i < a["hits"].size(); ++i)
      EXPECT_EQ(a["hits"][i]["path"], b["hits"][i]["path"]) << query;
  }
  // Unchanged archive: nothing extracted.
  ASSERT_EQ(Twindex({"run", (dir / "p.toml").string()}).exit_code, 0);
  const auto again = ParseJson(ReadFile(dir / "run.json"));
  EXPECT_EQ(again["counts"]["new"], 0);
  EXPECT_EQ(again["counts"]["updated"], 0);
  EXPECT_EQ(again["counts"]["unchanged"], by_run["counts"]["found"]);
}

TEST(Pipeline, RunHistoryIsKeptAndPrunedAndTheLogRotatesQuietly) {
  TempDir dir;
  fs::create_directory(dir / "docs");
  WriteFile(dir / "docs" / "a.txt", "Porozumienie Sejny i Lazdijai.\n");
  const std::string index = (dir / "index").string(), log = (dir / "twindex.log").string();
  for (int run = 0; run < 3; ++run) {
    if (run == 2) WriteFile(dir / "docs" / "b.txt", "Druga umowa: Sokółka.\n");
    CommandResult r = Twindex({"-q", "ingest", (dir / "docs").string(), "--index", index,
                               "--keep-reports", "2", "--log", log});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << "quiet on success";
  }
  size_t reports = 0;
  for (const auto& e : fs::directory_iterator(dir / "index" / "runs"))
    reports += e.path().extension() == ".json";
  EXPECT_EQ(reports, 2u);
  auto stats = ParseJson(Twindex({"stats", "--index", index, "--json"}).out);
  ASSERT_EQ(stats["last_runs"].size(), 2u);
  EXPECT_EQ(stats["last_runs"][0]["counts"]["new"], 1) << "newest first: the run that found b.txt";
  EXPECT_EQ(stats["last_runs"][1]["counts"]["unchanged"], 1);
  // Every run's summary reaches the log file, -q or not.
  const std::string text = ReadFile(log);
  size_t summaries = 0;
  for (size_t at = 0; (at = text.find(" files in ", at)) != std::string::npos; ++at) ++summaries;
  EXPECT_EQ(summaries, 3u) << text;
}

}  // namespace
}  // namespace twindex::testing
