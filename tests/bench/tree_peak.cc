// tree_peak: runs a command and reports its wall time, CPU time and the peak memory of its whole
// process tree, sampled from /proc.
//
//   tree_peak [--interval-ms MS] [--out FILE] -- COMMAND [ARGS...]
//
// Why not `time -v`: its "Maximum resident set size" is the largest single process, which hides
// the memory of extraction workers running beside their parent. Here every sample sums the tree:
// RSS (counts shared library pages once per process, an upper bound) and PSS (shares them out,
// the honest total; read when RSS is at its peak, and every tenth sample: PssOf says why). It also
// reports how much CPU the rest of the machine used meanwhile (others_cores), since a concurrent
// build makes every figure meaningless. Writes one JSON object to FILE (or stderr); exits with the
// command's status.

#include <dirent.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

// Parent pid from /proc/PID/stat; the command name may hold spaces, so parse after the last ')'.
pid_t ParentOf(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
  std::ifstream in(path);
  std::string stat;
  std::getline(in, stat);
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return -1;
  char state = 0;
  int ppid = -1;
  if (std::sscanf(stat.c_str() + close + 1, " %c %d", &state, &ppid) != 2) return -1;
  return ppid;
}

// Resident kB from /proc/PID/statm: the kernel's counters, read in constant time.
long RssOf(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/statm", pid);
  std::ifstream in(path);
  long size = 0, resident = 0;
  in >> size >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// "Pss:" in kB from smaps_rollup: the kernel walks the process's page tables for it, which for a
// writer of several hundred MB costs milliseconds (every 100 ms, a sixth of a core at 1,000,000
// documents), so it is read only when the tree's RSS is at its peak so far, and every
// kPssEvery-th sample.
long PssOf(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("Pss:", 0) == 0) return std::atol(line.c_str() + 4);
  return 0;
}
constexpr long kPssEvery = 10;

// CPU seconds the whole machine has spent busy (not idle, not waiting for I/O), from /proc/stat.
double MachineBusySeconds() {
  std::ifstream in("/proc/stat");
  std::string cpu;
  unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0,
                     steal = 0;
  in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
  return static_cast<double>(user + nice + system + irq + softirq + steal) /
         static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::vector<pid_t> Tree(pid_t root) {
  std::multimap<pid_t, pid_t> children;
  if (DIR* dir = opendir("/proc")) {
    while (dirent* e = readdir(dir)) {
      const pid_t pid = std::atoi(e->d_name);
      if (pid > 0) children.emplace(ParentOf(pid), pid);
    }
    closedir(dir);
  }
  std::vector<pid_t> tree{root};
  for (size_t i = 0; i < tree.size(); ++i) {
    auto [lo, hi] = children.equal_range(tree[i]);
    for (auto it = lo; it != hi; ++it) tree.push_back(it->second);
  }
  return tree;
}

}  // namespace

int main(int argc, char** argv) {
  int interval_ms = 100;
  std::string out_path;
  int i = 1;
  for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
    if (!std::strcmp(argv[i], "--interval-ms") && i + 1 < argc)
      interval_ms = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--out") && i + 1 < argc)
      out_path = argv[++i];
    else
      break;
  }
  if (i >= argc || std::strcmp(argv[i], "--") != 0 || i + 1 >= argc) {
    std::cerr << "usage: tree_peak [--interval-ms MS] [--out FILE] -- COMMAND [ARGS...]\n";
    return 2;
  }
  char** command = argv + i + 1;

  const double busy_at_start = MachineBusySeconds();
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("tree_peak: fork");
    return 1;
  }
  if (child == 0) {
    execvp(command[0], command);
    std::perror("tree_peak: exec");
    _exit(127);
  }

  // The waiting thread stops the clock the moment the command ends, not at the next sample.
  std::atomic<bool> done{false};
  int status = 0;
  rusage usage{};
  double seconds = 0;
  std::thread waiter([&] {
    wait4(child, &status, 0, &usage);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    done = true;
  });

  long peak_rss = 0, peak_pss = 0, peak_root = 0, peak_single = 0;
  size_t peak_procs = 0;
  for (long sample = 0; !done; ++sample) {
    long rss_sum = 0;
    const std::vector<pid_t> tree = Tree(child);
    for (pid_t pid : tree) {
      const long rss = RssOf(pid);
      rss_sum += rss;
      if (pid == child) peak_root = std::max(peak_root, rss);
      peak_single = std::max(peak_single, rss);
    }
    if (rss_sum >= peak_rss || sample % kPssEvery == 0) {
      long pss_sum = 0;
      for (pid_t pid : tree) pss_sum += PssOf(pid);
      peak_pss = std::max(peak_pss, pss_sum);
    }
    peak_rss = std::max(peak_rss, rss_sum);
    peak_procs = std::max(peak_procs, tree.size());
    // Finer for the first 200 ms, so that short runs (a re-ingest) are sampled at all.
    const bool early = std::chrono::steady_clock::now() - start < std::chrono::milliseconds(200);
    std::this_thread::sleep_for(std::chrono::milliseconds(early ? 10 : interval_ms));
  }
  waiter.join();
  const double busy = MachineBusySeconds() - busy_at_start;
  // The tree held at least its largest process, which the kernel tracked exactly.
  peak_rss = std::max(peak_rss, usage.ru_maxrss);

  auto secs = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  const double own = secs(usage.ru_utime) + secs(usage.ru_stime);
  const double others_cores = seconds > 0 ? std::max(0.0, busy - own) / seconds : 0;
  char json[640];
  std::snprintf(
      json, sizeof json,
      "{\"seconds\": %.3f, \"user_s\": %.2f, \"sys_s\": %.2f, \"peak_rss_total_kb\": %ld, "
      "\"peak_pss_total_kb\": %ld, \"peak_rss_root_kb\": %ld, "
      "\"peak_rss_single_kb\": %ld, \"maxrss_time_v_kb\": %ld, \"peak_procs\": %zu, "
      "\"others_cores\": %.2f, \"exit\": %d}\n",
      seconds, secs(usage.ru_utime), secs(usage.ru_stime), peak_rss, peak_pss, peak_root,
      std::max(peak_single, usage.ru_maxrss), usage.ru_maxrss, peak_procs, others_cores,
      WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  if (out_path.empty()) {
    std::cerr << json;
  } else {
    std::ofstream(out_path) << json;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
