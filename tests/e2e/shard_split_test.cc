// `twindex ingest --shard K/N` (and `shard = "K/N"` in a pipeline file) as a user runs it: bad
// specs are usage errors (exit 2) saying that K counts from 0; the run's report and `stats` name
// the shard; a failed file is retried by its own shard only; the Slurm array job of
// pipelines/slurm ingests its task's shard. (The split itself: tests/pipeline/shard_split_test.cc.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ShardSplitCli : public ::testing::Test {
 protected:
  void SetUp() override { docs_ = MakeNumberedFiles(dir_.path(), 30); }

  CommandResult Ingest(const std::string& index, std::vector<std::string> more = {},
                       const std::vector<std::string>& env = {}) {
    std::vector<std::string> args{"ingest",   docs_.string(),
                                  "--index",  (dir_ / index).string(),
                                  "--report", (dir_ / "report.json").string(),
                                  "--jobs",   "2"};
    args.insert(args.end(), more.begin(), more.end());
    return Twindex(args, env);
  }
  nlohmann::json Report() { return ParseJson(ReadFile(dir_ / "report.json")); }
  nlohmann::json Stats(const std::string& index) {
    CommandResult r = Twindex({"stats", "--index", (dir_ / index).string(), "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(r.out);
  }

  TempDir dir_;
  fs::path docs_;
};

TEST_F(ShardSplitCli, BadShardIsAUsageError) {
  for (const char* bad : {"4/4", "3/2", "x/3", "0/0", "-1/3", "1/", "/3", "3", "1/3/4", "1 of 3"}) {
    CommandResult r = Ingest("index", {"--shard=" + std::string(bad)});
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr("--shard")) << bad;
  }
  CommandResult r = Ingest("index", {"--shard", "4/4"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("K counts from 0, so shard K of 4 is 0 to 3"));
  EXPECT_FALSE(fs::exists(dir_ / "index")) << "nothing is done before the arguments are right";

  WriteFile(dir_ / "p.toml", "[sources]\npaths = [\"docs\"]\nshard = \"0/0\"\n");
  r = Twindex({"run", (dir_ / "p.toml").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err,
              HasSubstr("p.toml:3: sources.shard: '0/0': N, the number of shards, is at least 1"));
}

TEST_F(ShardSplitCli, TheReportAndStatsNameTheShard) {
  CommandResult r = Ingest("index", {"--shard", "1/3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json report = Report();
  EXPECT_EQ(report["shard"], "1/3");
  const nlohmann::json counts = report["counts"];
  EXPECT_EQ(counts["found"].get<int>() + counts["other_shards"].get<int>(), 30);
  EXPECT_GT(counts["found"].get<int>(), 0);
  EXPECT_EQ(counts["new"], counts["found"]);
  EXPECT_EQ(Stats("index")["ingest_shards"], ParseJson(R"([{"k": 1, "n": 3}])"));
  CommandResult text = Twindex({"stats", "--index", (dir_ / "index").string()});
  EXPECT_THAT(text.out, HasSubstr("folder tree: shard 1 of 3 (ingest --shard 1/3)"));

  // A pipeline file says the same with shard = "K/N".
  WriteFile(dir_ / "p.toml",
            "[sources]\npaths = [\"docs\"]\nshard = \"1/3\"\n[index]\npath = "
            "\"from-file\"\n[run]\nreport = \"report.json\"\n");
  r = Twindex({"run", (dir_ / "p.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Report()["counts"], counts);
  EXPECT_EQ(Stats("from-file")["ingest_shards"], Stats("index")["ingest_shards"]);

  // An index of the whole tree names none.
  ASSERT_EQ(Ingest("whole").exit_code, 0);
  EXPECT_EQ(Report()["shard"], nullptr);
  EXPECT_EQ(Stats("whole")["ingest_shards"], nlohmann::json::array());
}

TEST_F(ShardSplitCli, AFailedFileIsRetriedByItsOwnShardOnly) {
  WriteFile(docs_ / "broken.txt", "Zyzzogeton w archiwum.\n");
  const std::vector<std::string> crash{"TWINDEX_FAULT_INJECT=crash:broken.txt"};
  int failed_in = -1;
  for (int k = 0; k < 3; ++k) {
    const std::string shard = std::to_string(k) + "/3";
    CommandResult r = Ingest("shard-" + std::to_string(k), {"--shard", shard}, crash);
    const int failed = Report()["counts"]["failed"].get<int>();
    EXPECT_EQ(r.exit_code, failed > 0 ? 3 : 0) << r.err;
    if (failed > 0) {
      EXPECT_EQ(failed_in, -1) << "one shard only";
      failed_in = k;
    }
  }
  ASSERT_NE(failed_in, -1);
  for (int k = 0; k < 3; ++k) {
    CommandResult r = Ingest("shard-" + std::to_string(k),
                             {"--shard", std::to_string(k) + "/3", "--retry-failed"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const nlohmann::json counts = Report()["counts"];
    EXPECT_EQ(counts["updated"], k == failed_in ? 1 : 0) << "shard " << k;
    EXPECT_EQ(counts["new"], 0) << "shard " << k;
    EXPECT_EQ(counts["failed"], 0) << "shard " << k;
  }
  CommandResult found =
      Twindex({"search", "--index", (dir_ / ("shard-" + std::to_string(failed_in))).string(),
               "--json", "Zyzzogeton"});
  EXPECT_EQ(ParseJson(found.out)["hits"].size(), 1u);
}

TEST_F(ShardSplitCli, TheSlurmArrayJobIngestsItsTasksShard) {
  const fs::path script = SourceDir() / "pipelines/slurm/twindex-ingest.sbatch";
  const fs::path indexes = dir_ / "indexes";
  // The array --array=1-3: its second task is shard 1 of 3.
  CommandResult r = RunCommand(
      {"bash", script.string(), docs_.string(), indexes.string(), "-q"},
      {"SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_COUNT=3",
       "SLURM_CPUS_PER_TASK=2", "TWINDEX=" + TwindexBinary().string(), SharedOcrCache()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Stats("indexes/shard-1")["ingest_shards"], ParseJson(R"([{"k": 1, "n": 3}])"));
  ASSERT_EQ(Ingest("direct", {"--shard", "1/3"}).exit_code, 0);
  EXPECT_EQ(Stats("indexes/shard-1")["files"], Stats("direct")["files"]);

  r = RunCommand({"bash", script.string(), docs_.string(), indexes.string()},
                 {"TWINDEX=" + TwindexBinary().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("not a task of an array job"));
}

}  // namespace
}  // namespace twindex::testing
