// Reading an index while an ingest writes it, as staff do while a scheduled job re-indexes:
// every search and stats call answers, from one committed revision; a first ingest is searchable
// as it commits, and stats says how far it has got.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

void WriteGeneration(const fs::path& docs, int files, const std::string& marker) {
  for (int i = 0; i < files; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "file-%04d.txt", i);
    WriteFile(docs / name, "Umowa o współpracy numer " + UniqueWord(i) + ", wersja " + marker +
                               ".\nPodpisano w Tczewie.\n");
  }
}

// A re-ingest that rewrites every file (slowed to ~15 s) commits many times while searches and
// stats run in a loop. Each file holds "alfa" before and "beta" after it is re-indexed, never both:
// a search that saw half of one commit and half of the next would count some file twice or not at
// all.
TEST(ReadWhileIngesting, SearchesDuringAReindexNeverFailAndSeeOneRevision) {
  TempDir dir;
  constexpr int kFiles = 1500;
  const fs::path docs = dir / "docs";
  const fs::path index = dir / "index";
  WriteGeneration(docs, kFiles, "alfa");
  ASSERT_EQ(Twindex({"ingest", docs.string(), "--index", index.string()}).exit_code, 0);
  WriteGeneration(docs, kFiles, "beta");

  const int ingest = Spawn({TwindexBinary().string(), "ingest", docs.string(), "--index",
                            index.string(), "--jobs", "1", "--commit-every", "10"},
                           {"TWINDEX_FAULT_INJECT=slow:file-"}, dir / "ingest.log");
  std::atomic<bool> ingest_ended{false};
  int ingest_exit = -1;
  std::thread waiter([&] {
    ingest_exit = Wait(ingest);
    ingest_ended = true;
  });
  std::atomic<int> during{0};
  std::mutex mu;
  std::vector<std::string> problems;
  std::vector<size_t> beta_counts;  // in the order the searches of one loop ran
  auto search_loop = [&](bool with_stats) {
    size_t last_beta = 0;
    while (!ingest_ended) {
      CommandResult both = Twindex({"search", "--json", "--index", index.string(), "--facets",
                                    "--limit", "50", "alfa OR beta"});
      CommandResult beta =
          Twindex({"search", "--json", "--index", index.string(), "--limit", "1", "beta"});
      CommandResult stats = with_stats ? Twindex({"stats", "--json", "--index", index.string()})
                                       : CommandResult{0, "{}", ""};
      std::lock_guard lock(mu);
      if (!ingest_ended) ++during;
      for (const CommandResult* r : {&both, &beta, &stats})
        if (r->exit_code != 0) problems.push_back(r->err);
      if (both.exit_code != 0 || beta.exit_code != 0 || stats.exit_code != 0) continue;
      const size_t all = ParseJson(both.out)["estimated_total"].get<size_t>();
      if (all != kFiles) problems.push_back("alfa OR beta matched " + std::to_string(all));
      const size_t now_beta = ParseJson(beta.out)["estimated_total"].get<size_t>();
      if (now_beta < last_beta)
        problems.push_back("beta went back from " + std::to_string(last_beta) + " to " +
                           std::to_string(now_beta));
      last_beta = now_beta;
      beta_counts.push_back(now_beta);
      if (with_stats && ParseJson(stats.out)["files"].get<size_t>() != kFiles)
        problems.push_back("stats counted " + ParseJson(stats.out)["files"].dump() + " files");
    }
  };
  std::thread searcher(search_loop, false);
  search_loop(true);
  searcher.join();
  waiter.join();
  EXPECT_EQ(ingest_exit, 0) << ReadFile(dir / "ingest.log");

  EXPECT_TRUE(problems.empty()) << problems.size() << " problems, the first: " << problems[0];
  std::cout << during << " searches and stats calls answered while the ingest ran\n";
  EXPECT_GE(during, 6) << "too few searches ran while the ingest did to show anything";
  // The searches saw the re-index under way, not only its start or its end.
  EXPECT_TRUE(std::any_of(beta_counts.begin(), beta_counts.end(),
                          [](size_t n) { return n > 0 && n < kFiles; }));
  CommandResult final_beta =
      Twindex({"search", "--json", "--index", index.string(), "--limit", "1", "beta"});
  EXPECT_EQ(ParseJson(final_beta.out)["estimated_total"], kFiles);
}

// The first ingest of a folder is held at file 300 of 400 (that file hangs): what it has
// committed is searchable, and stats says an ingest runs and how far it has got.
TEST(ReadWhileIngesting, FirstIngestIsSearchableAndShowsItsProgress) {
  TempDir dir;
  constexpr int kFiles = 400;
  const fs::path docs = MakeNumberedFiles(dir.path(), kFiles);
  const fs::path index = dir / "index";
  const int ingest =
      Spawn({TwindexBinary().string(), "ingest", docs.string(), "--index", index.string(), "--jobs",
             "1", "--commit-every", "10", "--timeout", "600"},
            {"TWINDEX_FAULT_INJECT=hang:file-0300"}, dir / "ingest.log");
  nlohmann::json running;
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline) {
    CommandResult stats = Twindex({"stats", "--json", "--index", index.string()});
    if (stats.exit_code == 0) {
      running = ParseJson(stats.out)["ingest_running"];
      if (running.is_object() && running["committed"].get<size_t>() >= 300) break;
    }
    std::this_thread::sleep_for(200ms);
  }
  ASSERT_TRUE(running.is_object()) << ReadFile(dir / "ingest.log");
  EXPECT_EQ(running["found"], kFiles);
  EXPECT_EQ(running["done"], 300);
  EXPECT_EQ(running["committed"], 300);
  EXPECT_FALSE(running["walking"].get<bool>());

  CommandResult text = Twindex({"stats", "--index", index.string()});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("300 of 400 files done, 300 searchable"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("files: 300"), std::string::npos) << text.out;
  for (int i : {0, 150, 299}) {
    CommandResult r =
        Twindex({"search", "--json", "--exact", "--index", index.string(), UniqueWord(i)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(ParseJson(r.out)["hits"].size(), 1u) << UniqueWord(i);
  }

  kill(ingest, SIGINT);
  EXPECT_EQ(Wait(ingest), 1);
  CommandResult after = Twindex({"stats", "--json", "--index", index.string()});
  EXPECT_TRUE(ParseJson(after.out)["ingest_running"].is_null()) << after.out;
}

// A run killed outright leaves its status file behind; it is not taken for a running ingest.
TEST(ReadWhileIngesting, AKilledIngestIsNotReportedAsRunning) {
  TempDir dir;
  const fs::path docs = MakeNumberedFiles(dir.path(), 20);
  const fs::path index = dir / "index";
  const int ingest = Spawn({TwindexBinary().string(), "ingest", docs.string(), "--index",
                            index.string(), "--jobs", "1", "--timeout", "600"},
                           {"TWINDEX_FAULT_INJECT=hang:file-0010"}, dir / "ingest.log");
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (!fs::exists(index / "ingest-status.json") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(50ms);
  CommandResult during = Twindex({"stats", "--json", "--index", index.string()});
  ASSERT_EQ(during.exit_code, 0) << during.err;
  EXPECT_TRUE(ParseJson(during.out)["ingest_running"].is_object());
  kill(ingest, SIGKILL);
  Wait(ingest);
  ASSERT_TRUE(fs::exists(index / "ingest-status.json"));
  CommandResult after = Twindex({"stats", "--json", "--index", index.string()});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_TRUE(ParseJson(after.out)["ingest_running"].is_null()) << after.out;
}

}  // namespace
}  // namespace twindex::testing
