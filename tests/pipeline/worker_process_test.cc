#include "pipeline/worker_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "pipeline/content_hash.h"
#include "test_support.h"
#include "worker_fixture.h"

namespace twindex::pipeline {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using twindex::testing::WriteFile;

class WorkerProcessTest : public WorkerFixture {};

TEST_F(WorkerProcessTest, ExtractsAFile) {
  WorkerProcess worker(WorkerCommand());
  const ExtractOutcome out = worker.Extract(good_, "", kGenerous);
  ASSERT_TRUE(out.document.has_value()) << out.error;
  EXPECT_EQ(out.document->path, good_);
  EXPECT_EQ(out.document->format, Format::kText);
  ASSERT_EQ(out.document->pages.size(), 1u);
  EXPECT_EQ(out.document->pages[0].text, "Umowa o współpracy Sokółka – Druskininkai");
}

TEST_F(WorkerProcessTest, ServesFileAfterFile) {
  WorkerProcess worker(WorkerCommand());
  ExpectWorks(worker, good_, "Sokółka");
  ExpectWorks(worker, other_, "Гродна");
  ExpectWorks(worker, good_, "Druskininkai");
}

TEST_F(WorkerProcessTest, ExtractionErrorIsReportedAndWorkerGoesOn) {
  WriteFile(dir_ / "empty.txt", "");
  WorkerProcess worker(WorkerCommand());
  const ExtractOutcome out = worker.Extract((dir_ / "empty.txt").string(), "", kGenerous);
  EXPECT_FALSE(out.document.has_value());
  EXPECT_EQ(out.error, "empty file");
  EXPECT_FALSE(out.cancelled);
  ExpectWorks(worker, good_, "Sokółka");
}

TEST_F(WorkerProcessTest, WorkerHonoursSizeLimit) {
  WorkerSettings settings;
  settings.limits.max_file_size = 10;
  WorkerProcess worker(WorkerCommand(settings));
  const ExtractOutcome out = worker.Extract(good_, "", kGenerous);
  EXPECT_FALSE(out.document.has_value());
  EXPECT_THAT(out.error, HasSubstr("file too large"));
}

TEST_F(WorkerProcessTest, CrashCostsOneFileAndTheWorkerIsRestarted) {
  WriteFile(dir_ / "boom.txt", "this one crashes the worker");
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "crash:boom", 1), 0);
  WorkerProcess worker(WorkerCommand());
  ExpectWorks(worker, good_, "Sokółka");  // a running worker that then crashes
  const ExtractOutcome out = worker.Extract((dir_ / "boom.txt").string(), "", kGenerous);
  EXPECT_FALSE(out.document.has_value());
  EXPECT_FALSE(out.cancelled);
  EXPECT_THAT(out.error, HasSubstr("crashed"));
  EXPECT_THAT(out.error, HasSubstr("signal 6"));  // abort()
  EXPECT_EQ(out.content_hash, HashBytes("this one crashes the worker"))
      << "the file is known by content even though extraction died";
  ExpectWorks(worker, other_, "Гродна");
}

TEST_F(WorkerProcessTest, KnownHashSkipsExtraction) {
  WriteFile(dir_ / "boom.txt", "this one would crash the worker");
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "crash:boom", 1), 0);
  WorkerProcess worker(WorkerCommand());
  const ExtractOutcome out = worker.Extract(
      (dir_ / "boom.txt").string(), HashBytes("this one would crash the worker"), kGenerous);
  EXPECT_TRUE(out.unchanged);
  EXPECT_FALSE(out.document.has_value());
  EXPECT_EQ(out.error, "");
}

TEST_F(WorkerProcessTest, HangIsKilledAtTheTimeoutAndTheWorkerIsRestarted) {
  WriteFile(dir_ / "sleepy.txt", "this one hangs the worker");
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "hang:sleepy", 1), 0);
  WorkerProcess worker(WorkerCommand());
  const ExtractOutcome out = worker.Extract((dir_ / "sleepy.txt").string(), "", milliseconds(1000));
  EXPECT_FALSE(out.document.has_value());
  EXPECT_FALSE(out.cancelled);
  EXPECT_THAT(out.error, HasSubstr("timed out"));
  EXPECT_THAT(out.error, HasSubstr("1.0 s"));
  ExpectWorks(worker, good_, "Sokółka");
}

TEST_F(WorkerProcessTest, CancelFlagStopsTheExtraction) {
  WriteFile(dir_ / "sleepy.txt", "this one hangs the worker");
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "hang:sleepy", 1), 0);
  std::atomic<bool> cancel{true};
  WorkerProcess worker(WorkerCommand());
  const ExtractOutcome out = worker.Extract((dir_ / "sleepy.txt").string(), "", kGenerous, &cancel);
  EXPECT_TRUE(out.cancelled);
  EXPECT_FALSE(out.document.has_value());
  cancel = false;
  ExpectWorks(worker, good_, "Sokółka");
}

TEST_F(WorkerProcessTest, FaultRulesMatchOnlyTheirFiles) {
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "crash:nothing-like-this,hang:nor-this", 1), 0);
  WorkerProcess worker(WorkerCommand());
  ExpectWorks(worker, good_, "Sokółka");
}

}  // namespace
}  // namespace twindex::pipeline
