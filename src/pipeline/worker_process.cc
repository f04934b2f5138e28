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

#include "core/path_name.h"
#include "extract/extractor.h"
#include "pipeline/content_hash.h"
#include "pipeline/frame_io.h"
#include "pipeline/wire.h"
#include "pipeline/worker_zygote.h"

extern char** environ;

namespace twindex::pipeline {
namespace {

constexpr int kWorkerFd = 3;

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Crash, hang or slow down on request, so tests can prove a bad file costs only itself and
// watch an ingest while it runs. The variable holds comma-separated "crash:TEXT" / "hang:TEXT" /
// "slow:TEXT" rules, each for the files whose path contains TEXT; "slow" adds 10 ms a file.
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
    if (rule.substr(0, colon) == "slow") std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (rule.substr(0, colon) == "hang")
      for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
  }
}

}  // namespace

WorkerProcess::WorkerProcess(std::vector<std::string> command, WorkerZygote* zygote)
    : command_(std::move(command)), zygote_(zygote) {}

WorkerProcess::~WorkerProcess() {
  if (pid_ > 0) Stop(/*kill=*/true);
}

pid_t SpawnWithSocket(const std::vector<std::string>& command, int socket) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, socket, kWorkerFd);  // dup2 clears CLOEXEC
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (const std::string& a : command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + command[0] + ": " + std::strerror(rc));
  return pid;
}

void WorkerProcess::Start() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    throw std::runtime_error(std::string("cannot create socket: ") + std::strerror(errno));
  try {
    pid_ = zygote_ ? zygote_->Spawn(fds[1]) : -1;
    if (pid_ <= 0) pid_ = SpawnWithSocket(command_, fds[1]);
  } catch (...) {
    pid_ = -1;
    ::close(fds[0]);
    ::close(fds[1]);
    throw;
  }
  ::close(fds[1]);
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

// Waits for the next reply frame; on anything but a frame, ends the worker and says why in
// `outcome`.
bool WorkerProcess::Receive(std::string& frame, Reply& reply,
                            std::chrono::steady_clock::time_point deadline,
                            std::chrono::milliseconds timeout, const std::atomic<bool>* cancel,
                            ExtractOutcome& outcome) {
  switch (ReadFrame(fd_, frame, deadline, cancel)) {
    case ReadStatus::kOk:
      break;
    case ReadStatus::kCancelled:
      Stop(/*kill=*/true);
      outcome.error = "cancelled";
      outcome.cancelled = true;
      return false;
    case ReadStatus::kTimeout:
      Stop(/*kill=*/true);
      outcome.error = fmt::format("extraction timed out after {:.1f} s", timeout.count() / 1000.0);
      return false;
    case ReadStatus::kClosed:
      // Collect the dead child before it is replaced, and say how it died.
      outcome.error = "extraction crashed: " + Stop(/*kill=*/true);
      return false;
  }
  try {
    reply = DecodeReply(frame);
    return true;
  } catch (const WireError& e) {
    Stop(/*kill=*/true);
    outcome.error = std::string("bad reply from extraction worker: ") + e.what();
    return false;
  }
}

ExtractOutcome WorkerProcess::Extract(const std::string& path, const std::string& known_hash,
                                      std::chrono::milliseconds timeout,
                                      const std::atomic<bool>* cancel, unsigned ocr_threads) {
  if (pid_ <= 0) Start();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  ExtractOutcome outcome;
  if (!WriteFrame(fd_, Dump({{"path", PathName(path)},
                             {"known_hash", known_hash},
                             {"ocr_threads", ocr_threads}}))) {
    outcome.error = "extraction crashed: " + Stop(/*kill=*/true);
    return outcome;
  }
  std::string frame;
  Reply reply;
  // First reply: the content hash, or why the file could not be read.
  if (!Receive(frame, reply, deadline, timeout, cancel, outcome)) return outcome;
  if (reply.kind != Reply::Kind::kHash) {
    outcome.error = reply.kind == Reply::Kind::kError ? std::string(reply.payload)
                                                      : "bad reply from extraction worker";
    return outcome;
  }
  outcome.content_hash = reply.payload;
  // Second reply: unchanged, the document, or why extraction failed.
  if (!Receive(frame, reply, deadline, timeout, cancel, outcome)) return outcome;
  try {
    switch (reply.kind) {
      case Reply::Kind::kError:
        outcome.error = reply.payload;
        break;
      case Reply::Kind::kUnchanged:
        outcome.unchanged = true;
        break;
      case Reply::Kind::kDocument: {
        Extracted extracted = DecodeExtracted(reply.payload);
        outcome.document = std::move(extracted.document);
        outcome.words = std::move(extracted.words);
        break;
      }
      case Reply::Kind::kHash:
        throw WireError("a second hash");
    }
  } catch (const WireError& e) {
    Stop(/*kill=*/true);
    outcome.error = std::string("bad reply from extraction worker: ") + e.what();
  }
  return outcome;
}

std::vector<std::string> WorkerArguments(const WorkerSettings& s) {
  const ocr::OcrOptions& o = s.limits.ocr;
  return {"--max-size",
          std::to_string(s.limits.max_file_size),
          "--memory-limit",
          std::to_string(s.memory_limit),
          "--ocr-lang",
          o.languages,
          "--ocr-dpi",
          std::to_string(o.dpi),
          "--ocr-timeout-ms",
          std::to_string(o.page_timeout.count()),
          "--max-pixels",
          std::to_string(o.max_pixels),
          "--ocr-cache",
          o.cache_dir.string(),
          "--text-layer-min-letters",
          std::to_string(o.min_text_letters)};
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
  // Per request: a frame with the content hash (or the read error), then a frame with the
  // result. The parent learns the hash even if extraction then crashes or hangs, so a file
  // that kills the extractor is remembered by content and not retried until it changes.
  using Kind = Reply::Kind;
  std::string request;
  while (ReadFrame(fd, request) == ReadStatus::kOk) {
    std::string path, known_hash, bytes;
    ProcessLimits limits = settings.limits;
    try {
      auto j = nlohmann::json::parse(request);
      path = PathFromName(j.at("path").get<std::string>());
      known_hash = j.value("known_hash", "");
      limits.ocr.threads = std::max(1u, j.value("ocr_threads", 1u));
      bytes = ReadFileBytes(path, settings.limits);
    } catch (const std::exception& e) {
      if (!WriteFrame(fd, EncodeReply(Kind::kError, e.what()))) break;
      continue;
    }
    const std::string hash = HashBytes(bytes);
    if (!WriteFrame(fd, EncodeReply(Kind::kHash, hash))) break;
    std::string reply;
    try {
      if (hash == known_hash) {
        reply = EncodeReply(Kind::kUnchanged, "");
      } else {
        MaybeInjectFault(path);
        // The words are analyzed here, where the taggers have loaded the dictionaries and
        // analyzed the capitalized words already (index/document_words.h).
        const Document doc = ProcessBytes(bytes, path, limits);
        reply =
            EncodeReply(Kind::kDocument, EncodeExtracted(doc, index::AnalyzeDocumentWords(doc)));
      }
    } catch (const std::bad_alloc&) {
      reply = EncodeReply(Kind::kError, "out of memory while extracting (limit " +
                                            std::to_string(settings.memory_limit >> 20) + " MiB)");
    } catch (const extract::ExtractError& e) {
      reply = EncodeReply(Kind::kError, e.what());
    } catch (const std::exception& e) {
      reply = EncodeReply(Kind::kError, std::string("extraction failed: ") + e.what());
    }
    if (!WriteFrame(fd, reply)) break;
  }
  return 0;
}

}  // namespace twindex::pipeline
