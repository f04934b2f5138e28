// IngestArgs: every option of an ingest, and the one table that defines each of them once: its
// `twindex ingest` flag, its key in a pipeline file (`twindex run FILE.toml`), its help text and
// its default (from pipeline::IngestOptions). The flags and the keys are one set of options.
//
// A pipeline file has sections [sources], [index], [extraction], [ocr] and [run] holding the keys
// of the table (PipelineKeysHelp lists them); relative paths in it are relative to the file's own
// folder. ReadPipelineFile rejects an unknown section or key, a value of the wrong type and a
// source folder that does not exist, naming the file, line and key, before any work starts.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::cli {

// A mistake in what the user asked for: exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct IngestArgs {
  std::vector<std::string> paths;
  std::vector<std::string> include, exclude;
  bool follow_symlinks = true;
  std::string shard;  // "K/N" (index::ParseIngestShard); "": the whole tree
  std::string index;
  unsigned jobs = 0;  // 0: the number of cores
  bool full = false;
  bool retry_failed = false;
  bool wait = false;
  unsigned shards = 0;           // 0: index::kDefaultShards
  std::string compact = "auto";  // index::CompactWhenNamed
  std::string report;
  size_t keep_reports = 30;
  std::string log_file;
  double timeout_s = 0;
  uint64_t max_size_mb = 0;
  uint64_t memory_limit_mb = 0;
  uint64_t memory_budget_mb = 0;
  size_t commit_every = 0;
  std::string ocr_languages;
  std::string ocr_cache;
  int ocr_dpi = 0;
  double ocr_timeout_s = 0;
  uint64_t max_megapixels = 0;
  uint64_t text_layer_min_letters = 0;

  IngestArgs();  // the defaults of pipeline::IngestOptions
};

// Adds the ingest flags of `args` to a CLI11 (sub)command: all, or those of one section.
void AddIngestFlags(CLI::App* command, IngestArgs& args, std::string_view section = {});

// Reads a pipeline file into `args` (keys it does not set keep their values). Throws UsageError.
void ReadPipelineFile(const std::filesystem::path& file, IngestArgs& args);

// Every section and key with its default value, flag and help, as a pipeline file would
// write them (`twindex run --keys`).
std::string PipelineKeysHelp();

}  // namespace twindex::cli
