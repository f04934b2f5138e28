// What every twindex command shares: the log and the index directory.
#pragma once

#include <filesystem>
#include <string>

namespace twindex::cli {

struct LogOptions {
  int verbosity = 0;  // -v count
  bool quiet = false;
  std::string file;
};

// The default logger: stderr, and the log file if any. Throws UsageError (ingest_args.h) if the
// file cannot be opened.
void SetUpLogging(const LogOptions& options);

// A log file beside stderr: rotated at 10 MiB, three files kept, so a job nobody watches never
// fills the disk. Throws UsageError if it cannot be opened.
void AddLogFile(const std::string& path);

// The index directory: the --index flag, else $TWINDEX_INDEX, else ./index.
std::filesystem::path IndexDir(const std::string& flag);

}  // namespace twindex::cli
