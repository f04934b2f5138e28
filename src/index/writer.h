// IndexWriter: the single writer of an index directory. Holds Xapian's write lock for its
// lifetime, so a second ingest on the same index is refused (or waits, if asked to).
//
// Changes become visible and durable only at Commit(); Xapian commits are atomic, so a run
// killed at any point leaves the index as of its last commit, and the file records committed
// with the pages tell the next run what is left to do. A file's pages and its record always
// change in the same commit.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "index/document_words.h"
#include "index/errors.h"
#include "index/file_record.h"
#include "index/form_links.h"
#include "index/ingest_shard.h"

namespace twindex::index {

// A file's pages as Xapian documents, with its record: the CPU-heavy part of indexing (word
// breaking, document data), made by PrepareFile in any thread so that the single writer only
// has to add them.
struct PreparedFile {
  FileRecord record;
  std::vector<Xapian::Document> pages;
  std::vector<FormLink> form_links;  // of the pages' words (form_links.h)
  std::string stored_document;       // the D<key> metadata, encoded (metadata_codec.h)
};

PreparedFile PrepareFile(const Document& doc, FileRecord record);
// The same from the document's words analyzed elsewhere (document_words.h): no word breaking or
// dictionary here. Throws std::invalid_argument if `words` has another number of pages.
PreparedFile PrepareFile(const Document& doc, FileRecord record, DocumentWords words);

class IndexWriter {
 public:
  enum class LockMode { kFail, kWait };

  // Opens the index in `dir`, creating the directory and the database if needed. The writer's
  // own bookkeeping (the form links it remembers) stays within `memory` bytes.
  // Throws IndexLockedError when locked and mode is kFail, IndexError for anything else.
  IndexWriter(const std::filesystem::path& dir, LockMode mode, size_t memory = size_t{64} << 20);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Every file record, by path (committed and pending).
  std::unordered_map<std::string, FileRecord> LoadRecords() const;
  // The same, one record at a time, for a run over more files than their records fit in memory.
  void ForEachRecord(const std::function<void(FileRecord&&)>& fn) const;
  // The record of the file with this key (schema::FileKey), committed or pending; nullopt if none.
  std::optional<FileRecord> RecordOf(std::string_view file_key) const;
  // The schema version an index was emptied of on opening ("" if it was current): an index
  // written by another version of schema.h is emptied (in the first commit) and rebuilt.
  const std::string& emptied_old_schema() const { return emptied_old_schema_; }
  // The part of a folder tree the index holds (ingest_shard.h), as stored (committed or
  // pending); the whole tree if none is. Throws IndexError for a stored value it cannot read.
  IngestShard ingest_shard() const;
  // Stores `shard` (the whole tree: removes the stored one), with the next commit.
  void SetIngestShard(IngestShard shard);

  // Indexes the file as the new content of record.path, replacing what was there.
  void AddFile(PreparedFile file);
  void AddFile(const Document& doc, const FileRecord& record) { AddFile(PrepareFile(doc, record)); }
  // Remembers that record.path failed (record.error says why) and drops its pages.
  void RecordFailure(const FileRecord& record);
  // Changes only the record (a touched file whose content is unchanged).
  void UpdateRecord(const FileRecord& record);
  void RemoveFile(const std::string& path);

  void Commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string emptied_old_schema_;
};

}  // namespace twindex::index
