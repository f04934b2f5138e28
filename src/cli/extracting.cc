#include "cli/extracting.h"

#include <signal.h>
#include <spdlog/sinks/sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/app.h"
#include "cli/common.h"
#include "cli/printer.h"
#include "index/ingest_shard.h"
#include "index/shards.h"
#include "pipeline/ingest.h"
#include "pipeline/process_file.h"
#include "pipeline/run_history.h"
#include "pipeline/worker_zygote.h"

namespace twindex::cli {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop = true; }

void InstallStopHandlers() {
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

std::string SelfExecutable() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "/proc/self/exe" : self.string();
}

// The OCR cache: --ocr-cache, else $TWINDEX_OCR_CACHE, else `fallback`.
fs::path OcrCacheDir(const IngestArgs& a, const fs::path& fallback) {
  if (!a.ocr_cache.empty()) return a.ocr_cache;
  if (const char* env = std::getenv("TWINDEX_OCR_CACHE"); env != nullptr && *env != '\0')
    return env;
  return fallback;
}

ocr::OcrOptions ToOcrOptions(const IngestArgs& a) {
  if (!a.ocr_languages.empty()) {
    if (std::string problem = ocr::CheckLanguages(a.ocr_languages); !problem.empty())
      throw UsageError(problem);
  }
  if (a.ocr_dpi < 72 || a.ocr_dpi > 1200) throw UsageError("--ocr-dpi: from 72 to 1200");
  if (a.ocr_timeout_s <= 0) throw UsageError("--ocr-timeout: must be positive");
  if (a.max_megapixels == 0) throw UsageError("--max-pixels: must be positive");
  ocr::OcrOptions o;
  o.languages = a.ocr_languages;
  o.dpi = a.ocr_dpi;
  o.page_timeout = std::chrono::milliseconds(static_cast<long long>(a.ocr_timeout_s * 1000));
  o.max_pixels = a.max_megapixels * 1'000'000;
  o.min_text_letters = a.text_layer_min_letters;
  return o;
}

int RunIngest(const IngestArgs& a) {
  if (a.jobs < 1 || a.jobs > 256) throw UsageError("--jobs: from 1 to 256");
  if (a.timeout_s <= 0) throw UsageError("--timeout: must be positive");
  if (a.max_size_mb == 0) throw UsageError("--max-size: must be positive");
  if (a.commit_every < 1) throw UsageError("--commit-every: at least 1");
  if (a.memory_budget_mb < 64) throw UsageError("--memory-budget: at least 64 MiB");
  if (a.shards > index::kMaxShards)
    throw UsageError("--shards: at most " + std::to_string(index::kMaxShards));
  pipeline::IngestOptions o;
  for (const std::string& p : a.paths) {
    std::error_code ec;
    if (!fs::exists(p, ec)) throw UsageError("no such file or directory: " + p);
    o.roots.emplace_back(p);
  }
  o.index_dir = IndexDir(a.index);
  o.jobs = a.jobs;
  o.full = a.full;
  o.retry_failed = a.retry_failed;
  o.filter = {a.include, a.exclude, a.follow_symlinks};
  if (!a.shard.empty()) {
    try {
      o.shard = index::ParseIngestShard(a.shard);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--shard: ") + e.what());
    }
  }
  o.wait_for_lock = a.wait;
  o.shards = a.shards;
  if (std::optional<index::CompactWhen> when = index::CompactWhenNamed(a.compact))
    o.compact = *when;
  else
    throw UsageError("--compact: auto, always or never, not '" + a.compact + "'");
  o.timeout = std::chrono::milliseconds(static_cast<long long>(a.timeout_s * 1000));
  o.worker.limits.max_file_size = a.max_size_mb << 20;
  o.worker.memory_limit = a.memory_limit_mb << 20;
  o.worker.limits.ocr = ToOcrOptions(a);
  // OCR results live with the index: a re-index never OCRs the same page twice.
  o.worker.limits.ocr.cache_dir = OcrCacheDir(a, o.index_dir / "ocr-cache");
  o.worker_command = {SelfExecutable(), "__extract-worker"};
  for (std::string& arg : pipeline::WorkerArguments(o.worker)) o.worker_command.push_back(arg);
  o.commit_every_files = a.commit_every;
  o.memory_budget = a.memory_budget_mb << 20;
  // The terminal sink is the first; -q raised its level.
  o.progress = isatty(STDERR_FILENO) &&
               spdlog::default_logger()->sinks().front()->level() <= spdlog::level::info;
  o.stop = &g_stop;
  InstallStopHandlers();

  if (!a.log_file.empty()) AddLogFile(a.log_file);
  pipeline::IngestReport report = pipeline::Ingest(o);
  if (!pipeline::SaveRun(o.index_dir, report, a.keep_reports))
    spdlog::warn("cannot write the run's report into {}", (o.index_dir / "runs").string());
  if (!a.report.empty()) {
    std::ofstream out(a.report);
    out << Dump(pipeline::ToJson(report)) << "\n";
    if (!out) spdlog::error("cannot write report {}", a.report);
  }
  spdlog::info("{}", pipeline::Summary(report));
  if (report.interrupted) {
    spdlog::error("interrupted: the next ingest continues where this one stopped");
    return kExitFatal;
  }
  if (report.found + report.other_shards == 0 && report.removed == 0) {
    spdlog::error("nothing to do: no files found under the given paths");
    return kExitFatal;
  }
  return report.failed > 0 ? kExitSomeFailed : kExitOk;
}

int RunExtract(const ExtractArgs& a) {
  std::error_code ec;
  fs::path path = fs::canonical(a.file, ec);
  if (ec) throw UsageError("no such file: " + a.file);
  pipeline::ProcessLimits limits;
  limits.ocr = ToOcrOptions(a.ocr);
  limits.ocr.cache_dir = OcrCacheDir(a.ocr, {});
  limits.ocr.threads = std::max(1u, std::thread::hardware_concurrency());  // one file: all cores
  Document doc = pipeline::ProcessFile(path.string(), limits);
  if (a.json)
    std::cout << Dump(index::DocumentJson(doc)) << "\n";
  else
    std::cout << ExtractText(doc);
  return kExitOk;
}

int RunWorker(WorkerArgs& a) {
  a.settings.limits.ocr.page_timeout = std::chrono::milliseconds(a.ocr_timeout_ms);
  a.settings.limits.ocr.cache_dir = a.ocr_cache;
  return a.zygote ? pipeline::RunExtractZygote(a.fd, a.settings)
                  : pipeline::RunExtractWorker(a.fd, a.settings);
}

}  // namespace

const ExtractingCommands kExtractingCommands{RunIngest, RunExtract, RunWorker};

}  // namespace twindex::cli
