// IngestStatus: how far a running ingest has got, for readers of the index (`stats`, the web
// page) to show while it runs: a first ingest of an OCR'd archive takes hours, and what it has
// committed is searchable all along.
//
// The ingest keeps <index>/ingest-status.json up to date (replaced whole, by rename, so a reader
// never sees half of it) from the moment it holds the index's write lock, at each commit and at
// least every few seconds, and removes it when it ends. A run that is killed leaves it behind; a
// reader trusts it only while the process that wrote it is alive (on this host) or, for a writer
// on another host (an index on a shared disk), while it is fresh.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace twindex::pipeline {

struct IngestProgress {
  bool walking = true;   // still looking for files: `found` is not known yet
  size_t found = 0;      // files under the roots
  size_t done = 0;       // of them, examined (unchanged, or extracted and applied)
  size_t committed = 0;  // of the examined ones, in a commit (searchable)
};

struct IngestStatus {
  long pid = 0;
  std::string host;
  std::string started_at;  // ISO 8601, UTC
  std::string updated_at;
  int64_t updated_unix = 0;
  IngestProgress progress;
};

// Owned by the running ingest: writes the status file, and removes it on destruction.
class IngestStatusFile {
 public:
  IngestStatusFile(const std::filesystem::path& index_dir, std::string started_at);
  ~IngestStatusFile();
  IngestStatusFile(const IngestStatusFile&) = delete;
  IngestStatusFile& operator=(const IngestStatusFile&) = delete;

  // Best effort: a status nobody can write costs the readers a progress line, not the run.
  void Write(const IngestProgress& progress);

 private:
  std::filesystem::path path_;
  std::string started_at_;
};

// The ingest running on the index in `index_dir` now, if any.
std::optional<IngestStatus> RunningIngest(const std::filesystem::path& index_dir);

}  // namespace twindex::pipeline
