// What the worker tests share: the command that starts an extraction worker, and a fixture with
// two small text files and a check that a worker extracts one of them.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <string>
#include <vector>

#include "pipeline/worker_process.h"
#include "test_support.h"

namespace twindex::pipeline {

inline constexpr std::chrono::milliseconds kGenerous{60'000};

inline std::vector<std::string> WorkerCommand(const WorkerSettings& settings = {}) {
  std::vector<std::string> command = {twindex::testing::TwindexBinary().string(),
                                      "__extract-worker"};
  for (std::string& arg : WorkerArguments(settings)) command.push_back(std::move(arg));
  return command;
}

class WorkerFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    twindex::testing::WriteFile(good_, "Umowa o współpracy Sokółka – Druskininkai");
    twindex::testing::WriteFile(other_, "Гродна і Беласток");
  }
  // The worker reads the variable from the environment it inherits when it is started.
  void TearDown() override { ::unsetenv("TWINDEX_FAULT_INJECT"); }

  // Extracts a good file and checks that it worked.
  void ExpectWorks(WorkerProcess& worker, const std::string& path, const std::string& word) {
    const ExtractOutcome out = worker.Extract(path, "", kGenerous);
    ASSERT_TRUE(out.document.has_value()) << out.error;
    EXPECT_EQ(out.error, "");
    EXPECT_FALSE(out.cancelled);
    ASSERT_EQ(out.document->pages.size(), 1u);
    EXPECT_THAT(out.document->pages[0].text, ::testing::HasSubstr(word));
  }

  twindex::testing::TempDir dir_;
  const std::string good_ = (dir_ / "good.txt").string();
  const std::string other_ = (dir_ / "other.txt").string();
};

}  // namespace twindex::pipeline
