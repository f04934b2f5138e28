// Printer: the text forms of what the commands show, and the JSON of the ingest's runs and
// status (the JSON of search, show and stats is index/results_json.h, which the web API shares).
// Formatting only: what to show is decided by the index and pipeline code.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/document.h"
#include "index/results_json.h"
#include "index/searcher.h"
#include "pipeline/ingest_status.h"

namespace twindex::cli {

using index::Dump;

// One block per hit; matched words in bold when `color` (stdout is a terminal); each hit's cities
// named in `names_language` ("en", "pl", "be", "lt", "ru"; "" = the file's language).
std::string SearchText(const index::SearchResults& results, bool color,
                       std::string_view names_language = "");

std::string ExtractText(const Document& doc);

// What the index holds for one file, with the first `lines` non-empty lines of its text (0: all).
std::string ShowText(const index::StoredFile& file, size_t lines);

std::string StatsText(const index::IndexStats& stats);
// The last runs of an index (pipeline/run_history.h): when, how long, what they did.
nlohmann::json RunsJson(const std::vector<nlohmann::json>& reports);
std::string RunsText(const std::vector<nlohmann::json>& reports);
// The ingest running on the index, if any (pipeline/ingest_status.h); null / "" if none.
nlohmann::json IngestStatusJson(const std::optional<pipeline::IngestStatus>& status);
std::string IngestStatusText(const std::optional<pipeline::IngestStatus>& status);

}  // namespace twindex::cli
