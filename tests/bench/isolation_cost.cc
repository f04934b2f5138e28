// isolation_cost: what running extraction in worker processes costs, on its own. Extracts every
// file under a folder twice on N threads — in process (ProcessFile) and through WorkerProcess
// forked from one WorkerZygote (the way ingest does it) — and prints files/s for both and the
// ratio. Nothing is indexed. Each way runs three times, alternating, and the best time counts:
// the machine's noise is larger than the difference being measured. Loading the dictionaries and
// the gazetteer is outside the best time both ways: in process they load once in the first round,
// and the zygote loads them once before the rounds.
//
//   isolation_cost DIR TWINDEX_BINARY [JOBS]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>
#include <vector>

#include "pipeline/process_file.h"
#include "pipeline/walker.h"
#include "pipeline/worker_process.h"
#include "pipeline/worker_zygote.h"

namespace {

using twindex::pipeline::FoundFile;

// Runs `extract` over all files on `jobs` threads; each thread gets its own state from
// `make_extract`. Returns seconds.
double Time(const std::vector<FoundFile>& files, unsigned jobs,
            const std::function<std::function<bool(const std::string&)>()>& make_extract,
            size_t& failures) {
  std::atomic<size_t> next{0}, failed{0};
  const auto start = std::chrono::steady_clock::now();
  {
    std::vector<std::jthread> threads;
    for (unsigned t = 0; t < jobs; ++t)
      threads.emplace_back([&] {
        auto extract = make_extract();
        for (size_t i; (i = next++) < files.size();)
          if (!extract(files[i].path)) ++failed;
      });
  }
  failures = failed;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: isolation_cost DIR TWINDEX_BINARY [JOBS]\n");
    return 2;
  }
  const unsigned jobs = argc > 3 ? std::atoi(argv[3]) : std::thread::hardware_concurrency();
  const auto files = twindex::pipeline::Walk({argv[1]}, {}).files;
  twindex::pipeline::WorkerSettings settings;
  std::vector<std::string> command{argv[2], "__extract-worker"};
  for (auto& a : twindex::pipeline::WorkerArguments(settings)) command.push_back(a);

  size_t failed_in = 0, failed_workers = 0;
  auto in_process_extract = [&] {
    return [&](const std::string& path) {
      try {
        twindex::pipeline::ProcessFile(path, settings.limits);
        return true;
      } catch (const std::exception&) {
        return false;
      }
    };
  };
  twindex::pipeline::WorkerZygote zygote(command);
  auto worker_extract = [&] {
    auto worker = std::make_shared<twindex::pipeline::WorkerProcess>(command, &zygote);
    return [worker](const std::string& path) {
      return worker->Extract(path, "", std::chrono::minutes(5)).document.has_value();
    };
  };
  double in_process = 1e9, workers = 1e9;
  for (int round = 0; round < 3; ++round) {
    in_process = std::min(in_process, Time(files, jobs, in_process_extract, failed_in));
    workers = std::min(workers, Time(files, jobs, worker_extract, failed_workers));
  }
  const double n = static_cast<double>(files.size());
  std::printf("isolation cost on %zu files, %u jobs (extraction only, no indexing)\n", files.size(),
              jobs);
  std::printf("  in process:       %8.1f files/s  (%zu failed)\n", n / in_process, failed_in);
  std::printf("  worker processes: %8.1f files/s  (%zu failed)\n", n / workers, failed_workers);
  std::printf("  cost of isolation: %+.1f%% time\n", (workers / in_process - 1) * 100);
  return 0;
}
