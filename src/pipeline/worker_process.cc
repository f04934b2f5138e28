#include "pipeline/worker_process.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "core/document_json.h"
#include "extract/extractor.h"
#include "pipeline/frame_io.h"

extern char** environ;

namespace twindex::pipeline {
namespace {

constexpr int kWorkerFd = 3;

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Crash or hang on request, so tests can prove a bad file costs only itself. The variable
// holds comma-separated "crash:TEXT" / "hang:TEXT" rules.
void MaybeInjectFault(const std::string& path) {
  const char* spec = std::getenv("TWINDEX_FAULT_INJECT");
  if (!spec) return;
  std::string_view rules(spec);
  while (!rules.empty()) {
    std::string_view rule = rules.substr(0, rules.find(','));
    rules.remove_prefix(std::min(rules.size(), rule.size() + 1));
    const size_t colon = rule.find(':');
    if (colon == std::string_view::npos || colon + 1 == rule.size()) continue;
    if (path.find(rule.substr(colon + 1)) == std::string::npos) continue;
    if (rule.substr(0, colon) == "crash") std::abort();
    if (rule.substr(0, colon) == "hang")
      for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
  }
}

}  // namespace

WorkerProcess::WorkerProcess(std::vector<std::string> command) : command_(std::move(command)) {}

WorkerProcess::~WorkerProcess() {
  if (pid_ > 0) Stop(/*kill=*/true);
}

void WorkerProcess::Start() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    throw std::runtime_error(std::string("cannot create socket: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], kWorkerFd);  // dup2 clears CLOEXEC
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (auto& a : command_) argv.push_back(a.data());
  argv.push_back(nullptr);
  int rc = ::posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    pid_ = -1;
    throw std::runtime_error("cannot start extraction worker " + command_[0] + ": " +
                             std::strerror(rc));
  }
  fd_ = fds[0];
}

std::string WorkerProcess::Stop(bool kill) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (pid_ <= 0) return {};
  if (kill) ::kill(pid_, SIGKILL);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (WIFSIGNALED(status))
    return "signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
  return "exit code " + std::to_string(WEXITSTATUS(status));
}

ExtractOutcome WorkerProcess::Extract(const std::string& path, std::chrono::milliseconds timeout,
                                      const std::atomic<bool>* cancel) {
  if (pid_ <= 0) Start();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string reply;
  ReadStatus status = ReadStatus::kClosed;
  if (WriteFrame(fd_, Dump({{"path", path}}))) status = ReadFrame(fd_, reply, deadline, cancel);
  if (status == ReadStatus::kCancelled) {
    Stop(/*kill=*/true);
    return {std::nullopt, "cancelled", /*cancelled=*/true};
  }
  if (status == ReadStatus::kTimeout) {
    Stop(/*kill=*/true);
    return {std::nullopt,
            fmt::format("extraction timed out after {:.1f} s", timeout.count() / 1000.0)};
  }
  if (status == ReadStatus::kClosed) {
    // Collect the dead child before it is reused, and say how it died.
    return {std::nullopt, "extraction crashed: " + Stop(/*kill=*/true)};
  }
  try {
    auto j = nlohmann::json::parse(reply);
    if (j.contains("error")) return {std::nullopt, j["error"].get<std::string>()};
    return {DocumentFromJson(j.at("document")), {}};
  } catch (const nlohmann::json::exception& e) {
    Stop(/*kill=*/true);
    return {std::nullopt, std::string("bad reply from extraction worker: ") + e.what()};
  }
}

std::vector<std::string> WorkerArguments(const WorkerSettings& s) {
  return {"--max-size", std::to_string(s.limits.max_file_size), "--memory-limit",
          std::to_string(s.memory_limit)};
}

int RunExtractWorker(int fd, const WorkerSettings& settings) {
  const pid_t parent = ::getppid();
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) return 1;  // the parent died before prctl took effect
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGTERM, SIG_IGN);
  if (settings.memory_limit > 0) {
    // A runaway allocation then fails (bad_alloc, reported) instead of the OOM killer
    // choosing a victim, which might be the ingest itself.
    rlimit limit{settings.memory_limit, settings.memory_limit};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  std::string request;
  while (ReadFrame(fd, request) == ReadStatus::kOk) {
    nlohmann::json reply;
    std::string path;
    try {
      path = nlohmann::json::parse(request).at("path").get<std::string>();
      MaybeInjectFault(path);
      reply = {{"document", ToJson(ProcessFile(path, settings.limits))}};
    } catch (const std::bad_alloc&) {
      reply = {{"error", "out of memory while extracting (limit " +
                             std::to_string(settings.memory_limit >> 20) + " MiB)"}};
    } catch (const extract::ExtractError& e) {
      reply = {{"error", e.what()}};
    } catch (const std::exception& e) {
      reply = {{"error", std::string("extraction failed: ") + e.what()}};
    }
    if (!WriteFrame(fd, Dump(reply))) break;
  }
  return 0;
}

}  // namespace twindex::pipeline
