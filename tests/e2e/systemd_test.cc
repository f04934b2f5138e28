// The scheduled-run units in pipelines/systemd pass systemd's own checker, as an instance
// (the pipeline "sample-docs") whose ExecStart is the twindex just built.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

TEST(Systemd, UnitsPassSystemdAnalyzeVerify) {
  if (RunCommand({"sh", "-c", "command -v systemd-analyze"}).exit_code != 0)
    GTEST_SKIP() << "systemd-analyze is not installed (Debian: systemd)";
  TempDir dir;
  const fs::path units = SourceDir() / "pipelines/systemd";
  const std::string service =
      std::regex_replace(ReadFile(units / "twindex-reindex@.service"),
                         std::regex("/usr/bin/twindex"), TwindexBinary().string());
  ASSERT_NE(service.find(TwindexBinary().string() + " -q run /etc/twindex/pipelines/%i.toml"),
            std::string::npos);
  WriteFile(dir / "twindex-reindex@sample-docs.service", service);
  WriteFile(dir / "twindex-reindex@sample-docs.timer", ReadFile(units / "twindex-reindex@.timer"));
  CommandResult r = RunCommand({"systemd-analyze", "verify",
                                (dir / "twindex-reindex@sample-docs.service").string(),
                                (dir / "twindex-reindex@sample-docs.timer").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "") << "systemd-analyze has remarks";
}

TEST(Systemd, ServeUnitPassesSystemdAnalyzeVerify) {
  if (RunCommand({"sh", "-c", "command -v systemd-analyze"}).exit_code != 0)
    GTEST_SKIP() << "systemd-analyze is not installed (Debian: systemd)";
  TempDir dir;
  const std::string unit =
      std::regex_replace(ReadFile(SourceDir() / "pipelines/systemd/twindex-serve.service"),
                         std::regex("/usr/bin/twindex"), TwindexBinary().string());
  ASSERT_NE(unit.find(TwindexBinary().string() + " serve $TWINDEX_SERVE_ARGS"), std::string::npos);
  WriteFile(dir / "twindex-serve.service", unit);
  CommandResult r =
      RunCommand({"systemd-analyze", "verify", (dir / "twindex-serve.service").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "") << "systemd-analyze has remarks";
}

// The ingest of one shard of a shared tree: the instance "1-4" is shard 1 of 4 (%I unescapes
// "-" to "/", which systemd-escape shows).
TEST(Systemd, IngestShardUnitsPassSystemdAnalyzeVerify) {
  if (RunCommand({"sh", "-c", "command -v systemd-analyze"}).exit_code != 0)
    GTEST_SKIP() << "systemd-analyze is not installed (Debian: systemd)";
  TempDir dir;
  const fs::path units = SourceDir() / "pipelines/systemd";
  const std::string service =
      std::regex_replace(ReadFile(units / "twindex-ingest@.service"),
                         std::regex("/usr/bin/twindex"), TwindexBinary().string());
  ASSERT_NE(service.find(TwindexBinary().string() +
                         " -q ingest ${TWINDEX_INGEST_TREE} --shard %I $TWINDEX_INGEST_ARGS"),
            std::string::npos);
  CommandResult unescaped = RunCommand({"systemd-escape", "--unescape", "1-4"});
  if (unescaped.exit_code == 0) {
    EXPECT_EQ(unescaped.out, "1/4\n");
  }
  WriteFile(dir / "twindex-ingest@1-4.service", service);
  WriteFile(dir / "twindex-ingest@1-4.timer", ReadFile(units / "twindex-ingest@.timer"));
  CommandResult r =
      RunCommand({"systemd-analyze", "verify", (dir / "twindex-ingest@1-4.service").string(),
                  (dir / "twindex-ingest@1-4.timer").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "") << "systemd-analyze has remarks";
}

}  // namespace
}  // namespace twindex::testing
