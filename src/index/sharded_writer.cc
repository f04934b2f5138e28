#include "index/sharded_writer.h"

#include <algorithm>
#include <fstream>

#include "index/errors.h"
#include "index/schema.h"
#include "index/shards.h"

namespace twindex::index {
namespace {

namespace fs = std::filesystem;

// Writes the stub so that it appears whole or not at all (a reader never sees half of it).
void WriteStub(const fs::path& dir, unsigned shards) {
  std::vector<std::string> names;
  for (unsigned i = 0; i < shards; ++i) names.push_back(ShardDirName(i));
  const fs::path stub = dir / kStubFileName;
  const fs::path temporary = dir / (std::string(kStubFileName) + ".new");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << StubText(names);
    out.flush();
    if (!out) throw IndexError("cannot write " + temporary.string());
  }
  std::error_code ec;
  fs::rename(temporary, stub, ec);
  if (ec) throw IndexError("cannot write " + stub.string() + ": " + ec.message());
}

}  // namespace

ShardedWriter::ShardedWriter(const fs::path& dir, unsigned shards, IndexWriter::LockMode mode,
                             size_t memory) {
  const bool asked = shards != 0;
  shards = asked ? std::clamp(shards, 1u, kMaxShards) : kDefaultShards;
  std::vector<fs::path> paths;
  const std::optional<std::vector<StubEntry>> existing = IndexShards(dir);
  if (existing) {
    for (const StubEntry& entry : *existing) {
      if (entry.kind != StubEntry::Kind::kLocal)
        throw IndexError("cannot write index " + dir.string() + ": a shard is remote (" +
                         entry.host + ":" + std::to_string(entry.port) + ")");
      paths.push_back(entry.path);
    }
    requested_shards_ignored_ = asked && paths.size() != shards;
  } else {
    for (unsigned i = 0; i < shards; ++i) paths.push_back(dir / ShardDirName(i));
  }
  // In shard order, always: two runs never each hold a lock the other waits for.
  for (const fs::path& path : paths)
    writers_.push_back(std::make_unique<IndexWriter>(path, mode, memory / paths.size()));
  // Written once every shard exists, so a reader that finds the stub can open them all.
  if (!existing) WriteStub(dir, shards);
}

ShardedWriter::~ShardedWriter() = default;

unsigned ShardedWriter::ShardOfPath(const std::string& path) const {
  return ShardOf(schema::FileKey(path), size());
}

std::string ShardedWriter::emptied_old_schema() const {
  for (const auto& writer : writers_)
    if (!writer->emptied_old_schema().empty()) return writer->emptied_old_schema();
  return "";
}

std::unordered_map<std::string, FileRecord> ShardedWriter::LoadRecords() const {
  std::unordered_map<std::string, FileRecord> records;
  for (const auto& writer : writers_) records.merge(writer->LoadRecords());
  return records;
}

void ShardedWriter::ForEachRecord(const std::function<void(FileRecord&&)>& fn) const {
  for (const auto& writer : writers_) writer->ForEachRecord(fn);
}

std::optional<FileRecord> ShardedWriter::RecordOf(std::string_view file_key) const {
  return writers_[ShardOf(file_key, size())]->RecordOf(file_key);
}

void ShardedWriter::AddFile(PreparedFile file) {
  ForPath(file.record.path).AddFile(std::move(file));
}
void ShardedWriter::RecordFailure(const FileRecord& record) {
  ForPath(record.path).RecordFailure(record);
}
void ShardedWriter::UpdateRecord(const FileRecord& record) {
  ForPath(record.path).UpdateRecord(record);
}
void ShardedWriter::RemoveFile(const std::string& path) { ForPath(path).RemoveFile(path); }

void ShardedWriter::Commit() {
  for (auto& writer : writers_) writer->Commit();
}

}  // namespace twindex::index
