// Bad input, crashes, kills and concurrent runs: each costs only itself, the index stays whole.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <thread>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const fs::path kSamplePdf = "pdf/pl-bialystok-grodno-umowa.pdf";
const fs::path kSampleDocx = "office/umowa-sokolka-druskininkai.docx";

// Root reads every file whatever its mode; to meet a real "permission denied" the binary then
// runs as nobody.
std::vector<std::string> AsUnprivileged(std::vector<std::string> args) {
  if (geteuid() == 0)
    args.insert(args.begin(), {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"});
  return args;
}

TEST(BadInput, EachBadFileIsReportedAndTheRestIndexed) {
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::all);  // nobody writes the index here
  const fs::path samples = SourceDir() / "sample-docs";
  const fs::path in = dir / "in";
  fs::create_directories(in / "sub");
  // Good files.
  fs::copy(samples / kSamplePdf, in / "good.pdf");
  fs::copy(samples / kSampleDocx, in / "good.docx");
  WriteFile(in / "good.txt", "Porozumienie o współpracy miast Ełk i Olecko.\n");
  // Bad ones, one of each kind.
  const std::string pdf = ReadFile(samples / kSamplePdf);
  const std::string docx = ReadFile(samples / kSampleDocx);
  WriteFile(in / "empty.pdf", "");
  WriteFile(in / "truncated.pdf", pdf.substr(0, pdf.size() * 2 / 5));
  WriteFile(in / "truncated.docx", docx.substr(0, docx.size() / 2));
  WriteFile(in / "not-a-pdf.pdf", std::string("GIF89a\x10\0\x10\0", 10) + std::string(500, '\x01'));
  // A PNG whose header says 20000 x 20000 pixels: refused before a byte is decoded.
  WriteFile(in / "huge.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x4e\x20\0\0\x4e\x20"
                                         "\x08\0\0\0\0\0\0\0\0",
                                         33) +
                                 std::string(500, '\x01'));
  ASSERT_EQ(RunCommand({"qpdf", "--encrypt", "user", "owner", "256", "--",
                        (samples / kSamplePdf).string(), (in / "encrypted.pdf").string()})
                .exit_code,
            0);
  WriteFile(in / "unreadable.txt", "tajne\n");
  fs::permissions(in / "unreadable.txt", fs::perms::none);
  fs::create_symlink("self-loop", in / "self-loop");
  fs::create_directory_symlink("..", in / "sub" / "up");
  fs::copy(samples / kSamplePdf, in / "crashes.pdf");
  fs::copy(samples / kSamplePdf, in / "hangs.pdf");
  for (const auto& e : fs::recursive_directory_iterator(in))
    if (!fs::is_symlink(e.path()) && e.path().filename() != "unreadable.txt")
      fs::permissions(e.path(), fs::perms::others_read | fs::perms::others_exec,
                      fs::perm_options::add);

  const fs::path index = dir / "index", report_path = dir / "report.json";
  CommandResult r = RunCommand(
      AsUnprivileged({TwindexBinary().string(), "ingest", in.string(), "--index", index.string(),
                      "--report", report_path.string(), "--timeout", "3", "--jobs", "2"}),
      {"TWINDEX_FAULT_INJECT=crash:crashes.pdf,hang:hangs.pdf"});
  EXPECT_EQ(r.exit_code, 3) << r.err;

  auto report = ParseJson(ReadFile(report_path));
  std::map<std::string, std::string> reasons;
  for (const auto& f : report["failures"])
    reasons[fs::path(f["path"].get<std::string>()).filename().string()] = f["reason"];
  const std::map<std::string, std::string> expected{
      {"empty.pdf", "empty file"},
      {"truncated.pdf", "damaged or truncated"},
      {"truncated.docx", "truncated zip"},
      {"not-a-pdf.pdf", "unsupported format"},
      {"encrypted.pdf", "encrypted"},
      {"unreadable.txt", "Permission denied"},
      {"self-loop", "symbolic link loop"},
      {"up", "symbolic link loop"},
      {"crashes.pdf", "crashed"},
      {"hangs.pdf", "timed out"},
      {"huge.png", "20000 x 20000 pixels exceeds the limit"},
  };
  for (const auto& [file, reason] : expected) {
    ASSERT_TRUE(reasons.count(file)) << file << " missing from report: " << report.dump(1);
    EXPECT_NE(reasons[file].find(reason), std::string::npos) << file << ": " << reasons[file];
    EXPECT_NE(r.err.find(file), std::string::npos) << "the log names " << file;
  }
  EXPECT_EQ(report["counts"]["failed"], expected.size());
  EXPECT_EQ(report["counts"]["new"], 3);

  // Every good file is searchable and the index is sound.
  for (const char* word : {"rekultywacji", "Olecko", "Druskininkai"}) {
    CommandResult s = Twindex({"search", "--index", index.string(), "--json", word});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    EXPECT_FALSE(ParseJson(s.out)["hits"].empty()) << word;
  }
  // xapian-check reads one database (not a stub): each shard's.
  int shards = 0;
  for (const fs::directory_entry& shard : fs::directory_iterator(index)) {
    if (!shard.path().filename().string().starts_with("shard-")) continue;
    CommandResult check = RunCommand({"xapian-check", shard.path().string()});
    EXPECT_EQ(check.exit_code, 0) << shard.path() << check.out << check.err;
    ++shards;
  }
  EXPECT_GT(shards, 0);
  // stats lists every failed file with its reason (a symlink loop is no file: only the run's
  // report has it); show tells one file's.
  auto stats = ParseJson(Twindex({"stats", "--json", "--index", index.string()}).out);
  EXPECT_EQ(stats["failed"], expected.size() - 2);
  ASSERT_EQ(stats["failures"].size(), expected.size() - 2);
  for (const auto& f : stats["failures"]) {
    const std::string file = fs::path(f["path"].get<std::string>()).filename().string();
    ASSERT_TRUE(expected.count(file)) << file;
    EXPECT_NE(f["reason"].get<std::string>().find(expected.at(file)), std::string::npos) << file;
  }
  CommandResult show =
      Twindex({"show", (in / "encrypted.pdf").string(), "--index", index.string(), "--json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_TRUE(ParseJson(show.out)["failed"].get<bool>());
  EXPECT_NE(ParseJson(show.out)["error"].get<std::string>().find("encrypted"), std::string::npos);

  // A failure is not retried while the file is unchanged: the next run is clean.
  r = RunCommand(AsUnprivileged({TwindexBinary().string(), "ingest", in.string(), "--index",
                                 index.string(), "--report", report_path.string()}));
  report = ParseJson(ReadFile(report_path));
  EXPECT_EQ(report["counts"]["new"], 0);
}

size_t CommittedFiles(const fs::path& index) {
  CommandResult r = Twindex({"stats", "--json", "--index", index.string()});
  return r.exit_code == 0 ? ParseJson(r.out)["files"].get<size_t>() : 0;
}

TEST(Interrupt, KilledIngestIsFinishedByTheNextRunWithoutDuplicates) {
  TempDir dir;
  constexpr int kFiles = 400;
  const fs::path docs = MakeNumberedFiles(dir.path(), kFiles);
  const fs::path index = dir / "index";
  // One job; file 300 hangs, so the run is held midway with ~300 files committed.
  int pid = Spawn({TwindexBinary().string(), "ingest", docs.string(), "--index", index.string(),
                   "--jobs", "1", "--commit-every", "10", "--timeout", "600"},
                  {"TWINDEX_FAULT_INJECT=hang:file-0300"}, dir / "log");
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (CommittedFiles(index) < 290 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(100ms);
  ASSERT_GE(CommittedFiles(index), 290u) << ReadFile(dir / "log");
  kill(pid, SIGKILL);
  EXPECT_EQ(Wait(pid), 128 + SIGKILL);

  CommandResult r = Twindex({"ingest", docs.string(), "--index", index.string(), "--report",
                             (dir / "report.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto counts = ParseJson(ReadFile(dir / "report.json"))["counts"];
  EXPECT_GE(counts["new"].get<int>(), kFiles - 300);
  EXPECT_LE(counts["new"].get<int>(), kFiles - 290);
  EXPECT_EQ(CommittedFiles(index), static_cast<size_t>(kFiles));
  for (int i = 0; i < kFiles; i += 7) {
    CommandResult s =
        Twindex({"search", "--json", "--exact", "--index", index.string(), UniqueWord(i)});
    EXPECT_EQ(ParseJson(s.out)["hits"].size(), 1u) << UniqueWord(i);
  }
  CommandResult stats = Twindex({"stats", "--json", "--index", index.string()});
  EXPECT_EQ(ParseJson(stats.out)["pages"], kFiles) << "one page document per file, no duplicates";
}

TEST(Lock, SecondIngestIsRefusedOrWaits) {
  TempDir dir;
  const fs::path docs = MakeNumberedFiles(dir.path(), 20);
  const fs::path index = dir / "index";
  int first = Spawn({TwindexBinary().string(), "ingest", docs.string(), "--index", index.string(),
                     "--timeout", "600", "-v"},
                    {"TWINDEX_FAULT_INJECT=hang:file-0005"}, dir / "first.log");
  // The first run logs how many files it will examine once it holds the lock.
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (ReadFile(dir / "first.log").find("to examine") == std::string::npos &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(50ms);

  CommandResult second = Twindex({"ingest", docs.string(), "--index", index.string()});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("index is locked by another ingest"), std::string::npos) << second.err;

  // With --wait it runs as soon as the first one is gone. Interrupt the first (Ctrl-C).
  int waiting = Spawn(
      {TwindexBinary().string(), "ingest", docs.string(), "--index", index.string(), "--wait"}, {},
      dir / "second.log");
  std::this_thread::sleep_for(500ms);
  kill(first, SIGINT);
  EXPECT_EQ(Wait(first), 1) << "an interrupted run says so";
  EXPECT_NE(ReadFile(dir / "first.log").find("interrupted"), std::string::npos);
  EXPECT_EQ(Wait(waiting), 0) << ReadFile(dir / "second.log");
  EXPECT_EQ(CommittedFiles(index), 20u);
}

}  // namespace
}  // namespace twindex::testing
