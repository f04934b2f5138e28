// IngestReport: what one ingest run did — counts, every failure with its reason, timings.
// Written as JSON with --report, summarised in the log's last line.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace twindex::pipeline {

struct Failure {
  std::string path;
  std::string reason;
};

struct IngestReport {
  std::string started_at;  // ISO 8601, UTC
  double seconds = 0;
  double walk_seconds = 0;     // finding the files and deciding what to do
  double process_seconds = 0;  // extracting, OCR, tagging and indexing, overlapped
  double commit_seconds = 0;   // the last commit
  double compact_seconds = 0;  // compacting the shards due (index/compaction.h), if any
  std::string shard;           // "K/N" of a run with --shard K/N, else ""
  size_t found = 0;            // files found by the walk (of them, those of the run's shard)
  size_t other_shards = 0;     // files found that belong to other shards: not this run's
  size_t new_files = 0;
  size_t updated = 0;
  size_t unchanged = 0;  // includes touched files whose content was unchanged
  size_t touched = 0;    // of those, files with a new mtime but the same content
  size_t removed = 0;
  size_t left_shard = 0;  // records removed as files of another shard (the index was another's)
  size_t failed = 0;
  size_t pages = 0;               // pages indexed in this run
  size_t ocr_pages = 0;           // of those, pages read by OCR (or taken from its cache)
  double ocr_seconds = 0;         // time spent in OCR, summed over workers
  std::vector<Failure> warnings;  // files indexed with a problem: a page OCR could not read
  bool interrupted = false;       // stopped by a signal; the next run finishes the work
  size_t compacted_shards = 0;    // and their bytes before and after
  uintmax_t bytes_before_compaction = 0, bytes_after_compaction = 0;
  std::vector<Failure> failures;
};

nlohmann::json ToJson(const IngestReport& report);
std::string Summary(const IngestReport& report);  // one line for people

}  // namespace twindex::pipeline
