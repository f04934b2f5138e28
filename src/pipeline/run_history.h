// RunHistory: the reports of the last runs, kept in the index directory (runs/, one JSON file a
// run, named by its start time so that names sort in time order), for `stats` and for whoever
// wonders what last night's job did. Writing one prunes the oldest beyond `keep`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "pipeline/report.h"

namespace twindex::pipeline {

// Saves `report` and keeps the newest `keep` reports (at least this one). Best effort: returns
// false (the caller logs it) if the folder cannot be written.
bool SaveRun(const std::filesystem::path& index_dir, const IngestReport& report, size_t keep);

// The newest `n` reports, newest first.
std::vector<nlohmann::json> LoadRuns(const std::filesystem::path& index_dir, size_t n);

}  // namespace twindex::pipeline
