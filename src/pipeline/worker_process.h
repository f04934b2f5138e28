// WorkerProcess: one extraction worker process and the parent's handle on it.
//
// Extraction runs in separate processes so that a PDF that crashes Poppler, loops forever or
// eats all memory costs one file, not the run. A worker is started on first use, reused for
// file after file (so isolation costs a message round trip, not a process per file), killed
// when a file exceeds its time limit, and started afresh after a crash or kill.
//
// The child side is RunExtractWorker(): it answers requests on a socket until the parent
// closes it. Not thread-safe: one WorkerProcess per ingest thread.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "pipeline/process_file.h"
#include "pipeline/wire.h"

namespace twindex::pipeline {

class WorkerZygote;

struct ExtractOutcome {
  std::optional<Document> document;  // set when extracted
  index::DocumentWords words;        // with the document: its words, analyzed by the worker
  bool unchanged = false;            // or: the content hash equals the known one; not extracted
  std::string error;                 // or: why it failed
  bool cancelled = false;            // or: the caller cancelled; the file was not judged
  std::string content_hash;          // set once the file was read, even if extraction then failed
};

class WorkerProcess {
 public:
  // `command` starts a worker: the twindex binary, "__extract-worker" and its options; the
  // socket to talk on is passed as file descriptor 3. With a `zygote` (worker_zygote.h), workers
  // are its forks, and `command` starts one only if the zygote is gone.
  explicit WorkerProcess(std::vector<std::string> command, WorkerZygote* zygote = nullptr);
  ~WorkerProcess();
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;

  // Reads `path` in the worker and, unless its content hash equals `known_hash`, extracts it;
  // kills the worker if it takes longer than `timeout` or once `*cancel` becomes true.
  // `ocr_threads`: how many pages of the file the worker may OCR at once.
  ExtractOutcome Extract(const std::string& path, const std::string& known_hash,
                         std::chrono::milliseconds timeout,
                         const std::atomic<bool>* cancel = nullptr, unsigned ocr_threads = 1);

 private:
  void Start();
  bool Receive(std::string& frame, Reply& reply, std::chrono::steady_clock::time_point deadline,
               std::chrono::milliseconds timeout, const std::atomic<bool>* cancel,
               ExtractOutcome& outcome);
  // Kills (if `kill`) and reaps the child; returns how it ended, for messages.
  std::string Stop(bool kill);

  std::vector<std::string> command_;
  WorkerZygote* zygote_;
  pid_t pid_ = -1;
  int fd_ = -1;
};

// Starts `command` with `socket` as its file descriptor 3 and /dev/null as its standard input;
// returns its pid. Throws std::runtime_error if it cannot be started.
pid_t SpawnWithSocket(const std::vector<std::string>& command, int socket);

struct WorkerSettings {
  ProcessLimits limits;
  uint64_t memory_limit = uint64_t{4} << 30;  // address space cap per worker, bytes; 0 = none
};

// The argument list after "__extract-worker" that reproduces `settings` in a worker.
std::vector<std::string> WorkerArguments(const WorkerSettings& settings);

// Child side: serves extraction requests on `fd` until it is closed. Returns an exit code.
// Ignores SIGINT/SIGTERM (the parent decides what an interrupt means) and dies with its parent.
// For tests, the environment variable TWINDEX_FAULT_INJECT="crash:TEXT,hang:TEXT2" makes the
// worker crash (abort) or hang on any path containing TEXT, to exercise the parent's recovery.
int RunExtractWorker(int fd, const WorkerSettings& settings);

}  // namespace twindex::pipeline
