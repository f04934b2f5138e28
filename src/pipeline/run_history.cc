#include "pipeline/run_history.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string>

namespace twindex::pipeline {
namespace {

namespace fs = std::filesystem;

fs::path RunsDir(const fs::path& index_dir) { return index_dir / "runs"; }

std::vector<fs::path> RunFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());  // oldest first: names start with the start time
  return files;
}

}  // namespace

bool SaveRun(const fs::path& index_dir, const IngestReport& report, size_t keep) {
  const fs::path dir = RunsDir(index_dir);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return false;
  std::string stamp = report.started_at;  // 2026-11-23T02:30:00Z -> 20261123T023000Z
  stamp.erase(
      std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }),
      stamp.end());
  const fs::path file = dir / (stamp + "-" + std::to_string(::getpid()) + ".json");
  {
    std::ofstream out(file);
    out << ToJson(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    if (!out) return false;
  }
  std::vector<fs::path> files = RunFiles(dir);
  const size_t keep_at_least_this = std::max<size_t>(keep, 1);
  for (size_t i = 0; i + keep_at_least_this < files.size(); ++i) fs::remove(files[i], ec);
  return true;
}

std::vector<nlohmann::json> LoadRuns(const fs::path& index_dir, size_t n) {
  std::vector<fs::path> files = RunFiles(RunsDir(index_dir));
  std::vector<nlohmann::json> runs;
  for (auto it = files.rbegin(); it != files.rend() && runs.size() < n; ++it) {
    std::ifstream in(*it);
    try {
      runs.push_back(nlohmann::json::parse(in));
    } catch (const nlohmann::json::exception&) {
      // a report cut short (disk full, killed): skip it
    }
  }
  return runs;
}

}  // namespace twindex::pipeline
