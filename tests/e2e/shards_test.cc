// Sharded indexes (index/shards.h): a collection ingested into one shard and into four answers
// every query alike; incremental runs on shards; an index of one database made before shards
// still opens, searches and ingests.
//
// "Alike": identical output (hits in order, scores, pages, snippets, totals, facets), with all
// word forms (index/forms_query.h weighs them from the whole index's statistics) and with --exact.
#include <gtest/gtest.h>

#include <chrono>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

// Splits a query as a shell would: "..." keeps a phrase together (quotes kept, as typed).
std::vector<std::string> ShellWords(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool quoted = false, any = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ' ' && !quoted) {
      if (any) words.push_back(word);
      word.clear();
      any = false;
      continue;
    }
    if (c != '"') word += c;
    any = true;
  }
  if (any) words.push_back(word);
  return words;
}

// The `search` arguments of each query of tests/bench/scale_queries.tsv, with --facets, --city,
// --lang, --from and --to as it gives them; each also with --sort date.
std::vector<std::vector<std::string>> ScaleQueries() {
  std::vector<std::vector<std::string>> queries;
  std::ifstream in(SourceDir() / "tests/bench/scale_queries.tsv");
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream s(line);
    for (std::string col; std::getline(s, col, '\t');) cols.push_back(col);
    if (cols.size() < 7) continue;
    std::vector<std::string> args;
    if (cols[1] != "-") args = ShellWords(cols[1]);
    if (cols[2] != "-") {
      std::stringstream cities(cols[2]);
      for (std::string city; std::getline(cities, city, '|');) {
        args.push_back("--city");
        args.push_back(city);
      }
    }
    const char* flags[] = {"--lang", "--from", "--to"};
    for (int i = 0; i < 3; ++i)
      if (cols[3 + i] != "-") {
        args.push_back(flags[i]);
        args.push_back(cols[3 + i]);
      }
    if (cols[6] == "1") args.push_back("--facets");
    queries.push_back(args);
    args.push_back("--sort");
    args.push_back("date");
    queries.push_back(args);
  }
  return queries;
}

CommandResult Ingest(const fs::path& docs, const fs::path& index, const std::string& shards,
                     const std::vector<std::string>& env = {}) {
  return Twindex(
      {"-q", "ingest", docs.string(), "--index", index.string(), "--shards", shards, "--jobs", "2"},
      env);
}

std::string Search(const fs::path& index, std::vector<std::string> args,
                   const std::string& limit = "20") {
  args.insert(args.begin(), {"search", "--index", index.string(), "--json", "--limit", limit});
  CommandResult r = Twindex(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// `stats --json` without what depends on the layout or the runs.
nlohmann::json LayoutFreeStats(const fs::path& index) {
  CommandResult r = Twindex({"stats", "--index", index.string(), "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json stats = ParseJson(r.out);
  for (const char* key : {"bytes_on_disk", "shards", "pages_by_shard", "last_runs"})
    stats.erase(key);
  return stats;
}

size_t Shards(const fs::path& index) {
  CommandResult r = Twindex({"stats", "--index", index.string(), "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return ParseJson(r.out)["shards"].get<size_t>();
}

std::string Shown(const std::vector<std::string>& query) {
  std::string shown;
  for (const std::string& arg : query) shown += arg + " ";
  return shown;
}

// Every query of the scale mix answers alike from both indexes; returns how many had hits.
int ExpectSameAnswers(const fs::path& one, const fs::path& four) {
  int with_hits = 0;
  for (std::vector<std::string> query : ScaleQueries()) {
    // All the hits, so that a difference in any score or in the order shows.
    EXPECT_EQ(Search(one, query, "10000"), Search(four, query, "10000")) << Shown(query);
    query.push_back("--exact");
    const std::string a = Search(one, query), b = Search(four, query);
    EXPECT_EQ(a, b) << Shown(query);
    if (!a.empty() && !ParseJson(a)["hits"].empty()) ++with_hits;
  }
  EXPECT_EQ(LayoutFreeStats(one), LayoutFreeStats(four));
  return with_hits;
}

TEST(Shards, SampleDocsAnswerAsOneDatabase) {
  TempDir dir;
  ASSERT_EQ(Ingest(SourceDir() / "sample-docs", dir / "one", "1").exit_code, 0);
  ASSERT_EQ(Ingest(SourceDir() / "sample-docs", dir / "four", "4").exit_code, 0);
  ASSERT_EQ(Shards(dir / "one"), 1u);
  ASSERT_EQ(Shards(dir / "four"), 4u);
  EXPECT_GT(ExpectSameAnswers(dir / "one", dir / "four"), 10);
  // Queries of the sample documents' own words, phrases and a file's details.
  for (const std::vector<std::string>& query :
       {std::vector<std::string>{"Grodno"},
        {"współpracy"},
        {"\"umowa partnerska\""},
        {"--city", "Sokółka", "umowa"},
        {"--lang", "ru"},
        {"--facets"},
        {"--sort", "date"},
        {"--from", "2017", "--to", "2020", "--sort", "date"},
        {"--exact", "miasta"}})
    EXPECT_EQ(Search(dir / "one", query), Search(dir / "four", query)) << query.front();
  const std::string file = (SourceDir() / "sample-docs/seeds/000_3a98ed0ef4e8060d.txt").string();
  CommandResult one = Twindex({"show", file, "--index", (dir / "one").string(), "--json"});
  CommandResult four = Twindex({"show", file, "--index", (dir / "four").string(), "--json"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  nlohmann::json shown_one = ParseJson(one.out), shown_four = ParseJson(four.out);
  shown_one.erase("indexed_at");  // the two ingests ran at different times
  shown_four.erase("indexed_at");
  EXPECT_EQ(shown_one, shown_four);
}

TEST(Shards, GeneratedCollectionAnswersAsOneDatabase) {
  TempDir dir;
  CommandResult made =
      RunCommand({"python3", (SourceDir() / "tests/bench/make_text_collection.py").string(),
                  "--docs", "300", "--out", (dir / "coll").string(), "--seed", "7", "--no-count"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  ASSERT_EQ(Ingest(dir / "coll/docs", dir / "one", "1").exit_code, 0);
  ASSERT_EQ(Ingest(dir / "coll/docs", dir / "four", "4").exit_code, 0);
  EXPECT_GT(ExpectSameAnswers(dir / "one", dir / "four"), 40);
  // Merged into one database by Xapian's own tool, the shards answer exactly as one database
  // does, all word forms too: the same words are in its one database.
  CommandResult compacted =
      RunCommand({"xapian-compact", (dir / "four").string(), (dir / "compacted").string()});
  if (compacted.exit_code == 127) GTEST_SKIP() << "no xapian-compact";
  ASSERT_EQ(compacted.exit_code, 0) << compacted.err;
  EXPECT_EQ(Shards(dir / "compacted"), 1u);
  for (const std::vector<std::string>& query : ScaleQueries())
    EXPECT_EQ(Search(dir / "one", query), Search(dir / "compacted", query)) << Shown(query);
}

class ShardedIncremental : public ::testing::Test {
 protected:
  void SetUp() override { docs_ = MakeNumberedFiles(dir_.path(), 40); }
  CommandResult Run(const std::vector<std::string>& extra = {},
                    const std::vector<std::string>& env = {}) {
    std::vector<std::string> args{"-q",
                                  "ingest",
                                  docs_.string(),
                                  "--index",
                                  index().string(),
                                  "--report",
                                  (dir_ / "report.json").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Twindex(args, env);
  }
  fs::path index() const { return dir_ / "index"; }
  nlohmann::json Counts() { return ParseJson(ReadFile(dir_ / "report.json"))["counts"]; }
  size_t Hits(const std::string& query) {
    // Exact: the unique words are alike enough to be each other's forms.
    return ParseJson(Search(index(), {"--exact", query}))["hits"].size();
  }
  fs::path File(int i) const {
    char name[32];
    std::snprintf(name, sizeof name, "file-%04d.txt", i);
    return docs_ / name;
  }
  static void SetMtime(const fs::path& p, int seconds_ahead) {
    fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(seconds_ahead));
  }

  TempDir dir_;
  fs::path docs_;
};

TEST_F(ShardedIncremental, ChangedDeletedAndNewFilesInEveryShard) {
  ASSERT_EQ(Run({"--shards", "4"}).exit_code, 0);
  CommandResult stats = Twindex({"stats", "--index", index().string(), "--json"});
  const nlohmann::json by_shard = ParseJson(stats.out)["pages_by_shard"];
  ASSERT_EQ(by_shard.size(), 4u);
  for (const auto& pages : by_shard) EXPECT_GT(pages.get<size_t>(), 0u) << by_shard;
  // Ten files of each kind: spread over the shards by their keys.
  for (int i = 0; i < 10; ++i) {
    fs::remove(File(i));
    WriteFile(File(10 + i), "Zmieniona treść " + UniqueWord(100 + i) + " w Tczewie.\n");
    SetMtime(File(10 + i), 100);
    WriteFile(File(40 + i), "Nowy plik " + UniqueWord(40 + i) + " z Malborka.\n");
  }
  // And the next run on the index asks for another number of shards: it keeps its own.
  ASSERT_EQ(Run({"--shards", "2"}).exit_code, 0);
  EXPECT_EQ(Shards(index()), 4u);
  auto counts = Counts();
  EXPECT_EQ(counts["removed"], 10);
  EXPECT_EQ(counts["updated"], 10);
  EXPECT_EQ(counts["new"], 10);
  EXPECT_EQ(counts["unchanged"], 20);
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(Hits(UniqueWord(i)), 0u) << "deleted " << i;
    EXPECT_EQ(Hits(UniqueWord(10 + i)), 0u) << "old text of changed " << 10 + i;
    EXPECT_EQ(Hits(UniqueWord(100 + i)), 1u) << "new text of changed " << 10 + i;
    EXPECT_EQ(Hits(UniqueWord(40 + i)), 1u) << "new " << 40 + i;
  }
  for (int i = 20; i < 40; ++i) EXPECT_EQ(Hits(UniqueWord(i)), 1u) << "unchanged " << i;
  stats = Twindex({"stats", "--index", index().string(), "--json"});
  EXPECT_EQ(ParseJson(stats.out)["files"], 40);
  // Unchanged: nothing is extracted again (an extraction would crash and be reported).
  ASSERT_EQ(Run({}, {"TWINDEX_FAULT_INJECT=crash:/"}).exit_code, 0);
  EXPECT_EQ(Counts()["unchanged"], 40);
}

TEST_F(ShardedIncremental, FailedFileIsRetriedByTheRules) {
  const std::vector<std::string> crash_on_7{"TWINDEX_FAULT_INJECT=crash:file-0007"};
  EXPECT_EQ(Run({"--shards", "4"}, crash_on_7).exit_code, 3);
  EXPECT_EQ(Counts()["failed"], 1);
  EXPECT_EQ(Hits(UniqueWord(7)), 0u);
  // Unchanged, it is not tried again...
  ASSERT_EQ(Run({}, crash_on_7).exit_code, 0);
  EXPECT_EQ(Counts()["unchanged"], 40);
  // ... unless asked to.
  ASSERT_EQ(Run({"--retry-failed"}).exit_code, 0);
  EXPECT_EQ(Counts()["new"].get<int>() + Counts()["updated"].get<int>(), 1);
  EXPECT_EQ(Hits(UniqueWord(7)), 1u);
  CommandResult stats = Twindex({"stats", "--index", index().string(), "--json"});
  EXPECT_EQ(ParseJson(stats.out)["failed"], 0);
  EXPECT_EQ(ParseJson(stats.out)["files"], 40);
}

// An index made before shards is one glass database in the index directory itself.
// An ingest compacts a new index; `twindex compact` compacts it again at once, and the report
// says what it did.
TEST_F(ShardedIncremental, IngestAndCompactCommandCompactTheShards) {
  ASSERT_EQ(Run({"--shards", "2"}).exit_code, 0);
  const nlohmann::json compaction = ParseJson(ReadFile(dir_ / "report.json"))["compaction"];
  EXPECT_EQ(compaction["shards"], 2);
  EXPECT_GT(compaction["bytes_before"].get<long>(), 0);
  EXPECT_EQ(ReadFile(index() / "XAPIANDB"), "auto shard-00.1\nauto shard-01.1\n");
  CommandResult compact = Twindex({"compact", "--index", index().string()});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  EXPECT_NE(compact.out.find("compacted 2 shards"), std::string::npos) << compact.out;
  EXPECT_EQ(ReadFile(index() / "XAPIANDB"), "auto shard-00.2\nauto shard-01.2\n");
  EXPECT_FALSE(fs::exists(index() / "shard-00.1"));
  EXPECT_EQ(Hits(UniqueWord(7)), 1u);
  // Nothing changed: nothing to compact.
  ASSERT_EQ(Run().exit_code, 0);
  EXPECT_EQ(ParseJson(ReadFile(dir_ / "report.json"))["compaction"]["shards"], 0);
  EXPECT_EQ(Twindex({"compact", "--index", (dir_ / "none").string()}).exit_code, 2);
}

TEST_F(ShardedIncremental, SingleDatabaseIndexStillWorks) {
  ASSERT_EQ(Run({"--shards", "1", "--compact", "never"}).exit_code, 0);
  for (const fs::directory_entry& e : fs::directory_iterator(index() / "shard-00"))
    fs::rename(e.path(), index() / e.path().filename());
  fs::remove(index() / "shard-00");
  fs::remove(index() / "XAPIANDB");
  EXPECT_EQ(Shards(index()), 1u);
  EXPECT_EQ(Hits(UniqueWord(3)), 1u);
  WriteFile(File(3), "Zmieniona treść " + UniqueWord(300) + ".\n");
  SetMtime(File(3), 100);
  fs::remove(File(4));
  ASSERT_EQ(Run({"--shards", "4", "--compact", "never"}).exit_code, 0);
  EXPECT_FALSE(fs::exists(index() / "XAPIANDB")) << "the index keeps its layout";
  EXPECT_EQ(Counts()["updated"], 1);
  EXPECT_EQ(Counts()["removed"], 1);
  EXPECT_EQ(Hits(UniqueWord(3)), 0u);
  EXPECT_EQ(Hits(UniqueWord(300)), 1u);
  EXPECT_EQ(Hits(UniqueWord(4)), 0u);
  CommandResult show = Twindex({"show", File(5).string(), "--index", index().string()});
  EXPECT_EQ(show.exit_code, 0) << show.err;
  // Its first compaction makes it a sharded index of one shard that answers the same.
  ASSERT_EQ(Run({"--shards", "4"}).exit_code, 0);
  EXPECT_TRUE(fs::exists(index() / "XAPIANDB"));
  EXPECT_FALSE(fs::exists(index() / "iamglass"));
  EXPECT_EQ(Shards(index()), 1u);
  EXPECT_EQ(Hits(UniqueWord(300)), 1u);
  EXPECT_EQ(Hits(UniqueWord(4)), 0u);
}

}  // namespace
}  // namespace twindex::testing
