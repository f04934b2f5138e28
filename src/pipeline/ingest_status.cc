#include "pipeline/ingest_status.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/iso_time.h"

namespace twindex::pipeline {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFileName = "ingest-status.json";
// The writer refreshes the file every few seconds even while no file finishes (ingest.cc).
constexpr int64_t kFreshSeconds = 60;

std::string HostName() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return "";
  return name;
}

bool ProcessAlive(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

}  // namespace

IngestStatusFile::IngestStatusFile(const fs::path& index_dir, std::string started_at)
    : path_(index_dir / kFileName), started_at_(std::move(started_at)) {
  Write(IngestProgress{});
}

IngestStatusFile::~IngestStatusFile() {
  std::error_code ec;
  fs::remove(path_, ec);
}

void IngestStatusFile::Write(const IngestProgress& progress) {
  const std::time_t now = std::time(nullptr);
  const nlohmann::json j = {
      {"pid", ::getpid()},          {"host", HostName()},    {"started_at", started_at_},
      {"updated_at", IsoTime(now)}, {"updated_unix", now},   {"walking", progress.walking},
      {"found", progress.found},    {"done", progress.done}, {"committed", progress.committed}};
  fs::path temporary = path_;
  temporary += ".tmp";
  {
    std::ofstream out(temporary);
    out << j.dump() << "\n";
    if (!out) return;
  }
  std::error_code ec;
  fs::rename(temporary, path_, ec);
}

std::optional<IngestStatus> RunningIngest(const fs::path& index_dir) {
  std::ifstream in(index_dir / kFileName);
  if (!in) return std::nullopt;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    IngestStatus s;
    s.pid = j.at("pid").get<long>();
    s.host = j.at("host").get<std::string>();
    s.started_at = j.at("started_at").get<std::string>();
    s.updated_at = j.at("updated_at").get<std::string>();
    s.updated_unix = j.at("updated_unix").get<int64_t>();
    s.progress = {j.at("walking").get<bool>(), j.at("found").get<size_t>(),
                  j.at("done").get<size_t>(), j.at("committed").get<size_t>()};
    const bool alive = s.host == HostName() ? ProcessAlive(s.pid)
                                            : std::time(nullptr) - s.updated_unix <= kFreshSeconds;
    return alive ? std::optional(s) : std::nullopt;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace twindex::pipeline
