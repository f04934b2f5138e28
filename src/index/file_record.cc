#include "index/file_record.h"

#include "core/path_name.h"
#include "index/metadata_codec.h"

namespace twindex::index {

nlohmann::json ToJson(const FileRecord& r) {
  return {{"path", PathName(r.path)}, {"size", r.size},     {"mtime_ns", r.mtime_ns},
          {"hash", r.content_hash},   {"pages", r.pages},   {"failed", r.failed},
          {"error", r.error},         {"format", r.format}, {"indexed_at", r.indexed_at}};
}

FileRecord FileRecordFromJson(const nlohmann::json& j) {
  FileRecord r;
  r.path = PathFromName(j.at("path").get<std::string>());
  r.size = j.at("size").get<uint64_t>();
  r.mtime_ns = j.at("mtime_ns").get<int64_t>();
  r.content_hash = j.at("hash").get<std::string>();
  r.pages = j.at("pages").get<int>();
  r.failed = j.at("failed").get<bool>();
  r.error = j.at("error").get<std::string>();
  r.format = j.at("format").get<std::string>();
  r.indexed_at = j.at("indexed_at").get<int64_t>();
  return r;
}

std::string StoredFileRecord(const FileRecord& record) {
  // Text that is not valid UTF-8 (an error message quoting a file) is replaced, not refused.
  return EncodeMetadata(
      MetadataKind::kFileRecord,
      ToJson(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

FileRecord FileRecordFromStored(std::string_view stored) {
  return FileRecordFromJson(
      nlohmann::json::parse(DecodeMetadata(MetadataKind::kFileRecord, stored)));
}

}  // namespace twindex::index
