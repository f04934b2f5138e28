// `twindex serve` as a user starts it: usage errors exit 2, a missing index exits 1 with a clear
// message, and a running server answers and stops cleanly on SIGTERM.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

// A port that was free a moment ago (the kernel's pick for port 0).
int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

class ServeCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    MakeNumberedFiles(dir_.path(), 3);
    const CommandResult r =
        Twindex({"ingest", (dir_ / "docs").string(), "--index", (dir_ / "index").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
};

TEST_F(ServeCommand, MissingIndexExitsOneSayingSo) {
  const CommandResult r = Twindex({"serve", "--index", (dir_ / "none").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no index at"), std::string::npos) << r.err;
}

TEST_F(ServeCommand, UsageErrorsExitTwo) {
  const std::string index = (dir_ / "index").string();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"serve", "--index", index, "--listen", "nonsense"},
        {"serve", "--index", index, "--listen", "127.0.0.1:70000"},
        {"serve", "--index", index, "--threads", "0"},
        {"serve", "--index", index, "--cache-mb", "-1"},
        {"serve", "--index", index, "--cache-mb", "lots"},
        {"serve", "--index", index, "--base-url", "no-slash"},
        {"serve", "--index", index, "--no-such-flag"}}) {
    const CommandResult r = Twindex(args);
    EXPECT_EQ(r.exit_code, 2) << args.back() << ": " << r.err;
  }
}

TEST_F(ServeCommand, ServesUntilSigtermThenExitsZero) {
  const int port = FreePort();
  const std::string log = (dir_ / "serve.log").string();
  const int pid = Spawn({TwindexBinary().string(), "serve", "--index", (dir_ / "index").string(),
                         "--listen", "127.0.0.1:" + std::to_string(port)},
                        {}, log);
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  CommandResult health;
  for (int i = 0; i < 100; ++i) {  // up to 10 s for it to listen
    health = RunCommand({"curl", "-s", "-f", url + "/healthz"});
    if (health.exit_code == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(health.out, R"({"status":"ok"})");
  const CommandResult search = RunCommand({"curl", "-s", url + "/api/search?q=" + UniqueWord(1)});
  EXPECT_EQ(ParseJson(search.out)["hits"].size(), 1u) << search.out;
  ::kill(pid, SIGTERM);
  EXPECT_EQ(Wait(pid), 0) << ReadFile(log);
  EXPECT_NE(ReadFile(log).find("stopping (signal 15)"), std::string::npos);
}

}  // namespace
}  // namespace twindex::testing
