#include "pipeline/worker_zygote.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "worker_fixture.h"

namespace twindex::pipeline {
namespace {

using ::testing::HasSubstr;
using twindex::testing::WriteFile;

// The parent pid of a process, from /proc.
pid_t ParentOf(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string state;
  pid_t ppid = -1, self;
  stat >> self;
  // The command name is in parentheses and may hold spaces; the state and ppid follow it.
  std::string field;
  while (stat >> field && field.back() != ')') {
  }
  stat >> state >> ppid;
  return ppid;
}

class WorkerZygoteTest : public WorkerFixture {
 protected:
  void SetUp() override {
    WorkerFixture::SetUp();
    WriteFile(boom_, "this one crashes the worker");
  }

  const std::string boom_ = (dir_ / "boom.txt").string();
};

TEST_F(WorkerZygoteTest, ForkedWorkersAreThisProcesssChildrenAndExtract) {
  WorkerZygote zygote(WorkerCommand());
  int a[2], b[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, a), 0);
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, b), 0);
  const pid_t first = zygote.Spawn(a[1]), second = zygote.Spawn(b[1]);
  ASSERT_GT(first, 0);
  ASSERT_GT(second, 0);
  EXPECT_NE(first, second);
  // Orphaned onto this process (a subreaper) within moments of their birth.
  for (int i = 0; i < 200 && (ParentOf(first) != ::getpid() || ParentOf(second) != ::getpid()); ++i)
    ::usleep(10'000);
  EXPECT_EQ(ParentOf(first), ::getpid());
  EXPECT_EQ(ParentOf(second), ::getpid());
  for (int fd : {a[0], a[1], b[0], b[1]}) ::close(fd);  // the workers see the end and exit
  int status = 0;
  EXPECT_EQ(::waitpid(first, &status, 0), first) << "a child of this process";
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(::waitpid(second, &status, 0), second);

  WorkerProcess worker(WorkerCommand(), &zygote);
  ExpectWorks(worker, good_, "Sokółka");
  ExpectWorks(worker, other_, "Гродна");
}

TEST_F(WorkerZygoteTest, ACrashedForkIsReportedLikeAnyWorkerAndReplaced) {
  ASSERT_EQ(::setenv("TWINDEX_FAULT_INJECT", "crash:boom", 1), 0);  // the zygote inherits it
  WorkerZygote zygote(WorkerCommand());
  WorkerProcess worker(WorkerCommand(), &zygote);
  ExpectWorks(worker, good_, "Sokółka");
  const ExtractOutcome out = worker.Extract(boom_, "", kGenerous);
  EXPECT_FALSE(out.document.has_value());
  EXPECT_THAT(out.error, HasSubstr("crashed"));
  EXPECT_THAT(out.error, HasSubstr("signal 6"));  // abort(), as its parent learns it
  ExpectWorks(worker, other_, "Гродна");
}

TEST_F(WorkerZygoteTest, WithTheZygoteGoneWorkersStartOnTheirOwn) {
  WorkerZygote zygote(WorkerCommand());
  ASSERT_GT(zygote.pid(), 0);
  ASSERT_EQ(::kill(zygote.pid(), SIGKILL), 0);
  ::waitpid(zygote.pid(), nullptr, 0);
  int probe[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, probe), 0);
  EXPECT_EQ(zygote.Spawn(probe[1]), -1);
  ::close(probe[0]);
  ::close(probe[1]);
  WorkerProcess worker(WorkerCommand(), &zygote);
  ExpectWorks(worker, good_, "Sokółka");
}

}  // namespace
}  // namespace twindex::pipeline
