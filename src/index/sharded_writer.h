// ShardedWriter: the writer of a whole index directory, one IndexWriter per shard (shards.h).
// Opens an existing index as it is (sharded or single-database); creates a new one with the
// number of shards asked for. Holds the directory's lock (dir_lock.h) and every shard's write
// lock for its lifetime, so a second ingest is refused (or waits) as with one database.
//
// A file's changes go to its shard's writer (ShardOf its key); callers that write the shards from
// several threads use shard(i) from one thread per shard. Each shard commits on its own: a crash
// leaves every shard at its last commit, and a file is always wholly in one commit.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/compaction.h"
#include "index/dir_lock.h"
#include "index/writer.h"

namespace twindex::index {

class ShardedWriter {
 public:
  // `shards`: for a new index, 0 for kDefaultShards (shards.h); an existing index keeps its own
  // number (see requested_shards_ignored()).
  // `memory`: the writers' bookkeeping in all, divided between the shards.
  // Throws IndexLockedError / IndexError as IndexWriter does.
  ShardedWriter(const std::filesystem::path& dir, unsigned shards, IndexWriter::LockMode mode,
                size_t memory = size_t{64} << 20);
  ~ShardedWriter();
  ShardedWriter(const ShardedWriter&) = delete;
  ShardedWriter& operator=(const ShardedWriter&) = delete;

  unsigned size() const { return static_cast<unsigned>(paths_.size()); }
  IndexWriter& shard(unsigned i) { return *writers_[i]; }
  // The shard that holds (or will hold) the file at `path`.
  unsigned ShardOfPath(const std::string& path) const;
  // True if the index existed with another number of shards than asked for.
  bool requested_shards_ignored() const { return requested_shards_ignored_; }
  // The schema version any shard was emptied of on opening ("" if all were current).
  std::string emptied_old_schema() const;
  // The part of a folder tree the index holds (ingest_shard.h), as its first database stores it.
  IngestShard ingest_shard() const;
  // Stores `shard` in every database, each with its next commit.
  void SetIngestShard(IngestShard shard);

  // As IndexWriter's, over all shards or routed to the file's shard.
  std::unordered_map<std::string, FileRecord> LoadRecords() const;
  void ForEachRecord(const std::function<void(FileRecord&&)>& fn) const;
  std::optional<FileRecord> RecordOf(std::string_view file_key) const;
  void AddFile(PreparedFile file);
  void RecordFailure(const FileRecord& record);
  void UpdateRecord(const FileRecord& record);
  void RemoveFile(const std::string& path);
  void Commit();  // every shard

  // Commits, then compacts the shards due (compaction.h) and switches the index to them. The
  // last call on a writer: it closes the shards (and throws IndexError if used again). A
  // single-database index becomes a sharded one of one shard.
  CompactionReport Compact(CompactWhen when);

 private:
  IndexWriter& ForPath(const std::string& path);

  std::filesystem::path dir_;
  DirLock lock_;  // before the shards are read, released after they are closed
  std::vector<std::filesystem::path> paths_;  // of the shards, in shard order
  std::vector<std::unique_ptr<IndexWriter>> writers_;
  bool requested_shards_ignored_ = false;
};

}  // namespace twindex::index
