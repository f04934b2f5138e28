#include "cli/common.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "cli/ingest_args.h"

namespace twindex::cli {

void AddLogFile(const std::string& path) {
  try {
    auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, size_t{10} << 20, 3);
    file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l: %v");
    spdlog::default_logger()->sinks().push_back(std::move(file));
  } catch (const spdlog::spdlog_ex& e) {
    throw UsageError("cannot open log file " + path + ": " + e.what());
  }
}

// -q quiets stderr only: a log file still gets every run's summary, which is what someone
// reading a scheduled job's log afterwards wants.
void SetUpLogging(const LogOptions& o) {
  const auto level = o.verbosity > 0 ? spdlog::level::debug : spdlog::level::info;
  auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  console->set_pattern("%^%l%$: %v");
  console->set_level(o.quiet ? spdlog::level::warn : level);
  auto logger = std::make_shared<spdlog::logger>("twindex", console);
  logger->set_level(level);
  spdlog::set_default_logger(logger);
  if (!o.file.empty()) AddLogFile(o.file);
}

std::filesystem::path IndexDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("TWINDEX_INDEX"); env && *env) return env;
  return "index";
}

}  // namespace twindex::cli
