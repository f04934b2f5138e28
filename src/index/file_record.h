// FileRecord: what the index remembers about one file it has seen, indexed or failed. It is
// what makes ingest incremental without a side database: size and mtime decide whether a file
// is read again, the content hash whether a changed file is extracted again.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace twindex::index {

struct FileRecord {
  std::string path;  // canonical absolute path
  uint64_t size = 0;
  int64_t mtime_ns = 0;      // modification time, nanoseconds since the epoch
  std::string content_hash;  // hex XXH3-128 of the bytes; empty when the file was unreadable
  int pages = 0;
  bool failed = false;  // extraction failed; `error` says why
  std::string error;
  std::string format;      // "pdf", "text", ...
  int64_t indexed_at = 0;  // seconds since the epoch
};

nlohmann::json ToJson(const FileRecord& record);
FileRecord FileRecordFromJson(const nlohmann::json& json);

// The record as the index stores it (metadata F<key>: its JSON, compressed by
// metadata_codec.h), and back; FileRecordFromStored throws IndexError on a value it cannot read.
std::string StoredFileRecord(const FileRecord& record);
FileRecord FileRecordFromStored(std::string_view stored);

}  // namespace twindex::index
