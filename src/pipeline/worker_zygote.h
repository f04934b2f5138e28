// WorkerZygote: starts extraction workers as forks of one process that has already loaded what
// every worker needs — the Hunspell dictionaries, the gazetteer, ICU's transliterators — so a
// worker costs a fork, not ~0.8 s of start-up, and the workers share those ~130 MB copy-on-write
// instead of holding a copy each. A worker restarted after a crash or a timeout is as cheap.
//
// The zygote is `command` (a worker command, worker_process.h) with "--zygote"; it is
// single-threaded, so forking it is safe. Each worker is orphaned at birth (forked through an
// intermediate that exits) and so becomes a child of this process, which is made a child
// subreaper: WorkerProcess waits for it and learns how it died exactly as for a worker it
// started itself. The zygote and its workers die with this process.
//
// Thread-safe: Spawn may be called from any thread. Create it on the thread that outlives its
// workers' use (the zygote dies when that thread does).
#pragma once

#include <sys/types.h>

#include <mutex>
#include <string>
#include <vector>

#include "pipeline/worker_process.h"

namespace twindex::pipeline {

class WorkerZygote {
 public:
  // Starts the zygote; throws std::runtime_error if it cannot be started.
  explicit WorkerZygote(std::vector<std::string> command);
  ~WorkerZygote();
  WorkerZygote(const WorkerZygote&) = delete;
  WorkerZygote& operator=(const WorkerZygote&) = delete;

  // Starts a worker serving on `socket` (its end of a socketpair; the caller keeps its own copy
  // and closes it). Returns the worker's pid, a child of this process; -1 if the zygote is gone.
  pid_t Spawn(int socket);

  pid_t pid() const { return pid_; }  // the zygote's

 private:
  std::mutex mu_;
  pid_t pid_ = -1;
  int fd_ = -1;
};

// Zygote side: loads what workers need, then forks a worker (RunExtractWorker) for each socket
// received on `fd` until it is closed. Returns an exit code.
int RunExtractZygote(int fd, const WorkerSettings& settings);

}  // namespace twindex::pipeline
