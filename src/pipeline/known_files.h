// KnownFiles: what the index's file records say about the files of a run, in the few bytes per
// file that decide what to do with it: its key, size, mtime, content hash and whether it failed
// (about 50 bytes a file, where the records themselves took 550: a run over a million files
// held half a gigabyte of them). The rest of a record (pages, format, error) is read from the
// index only for a file that needs it.
//
// Filled from the records (Add), then Seal()ed; after that Find() serves the walk (which sets
// `found` on what it finds), and UnfoundKeys() lists the records no walked file matched (deleted
// files, or files outside this run's roots).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/hex.h"
#include "index/file_record.h"

namespace twindex::pipeline {

class KnownFiles {
 public:
  struct Entry {
    Hash128 key;           // index::schema::FileKeyHash of the path
    Hash128 content_hash;  // meaningless unless has_content_hash
    uint64_t size = 0;
    int64_t mtime_ns = 0;
    bool has_content_hash = false;
    bool failed = false;
    bool found = false;  // set by the caller of Find: a walked file has this key

    std::string ContentHashHex() const { return has_content_hash ? Hex128(content_hash) : ""; }
  };

  void Add(const index::FileRecord& record);
  void Seal();  // sorts; before Find

  // The entry of the file at `path` (canonical); null if the index has no record of it.
  Entry* Find(std::string_view path);
  // Keys (index::schema::FileKey spelling) of the entries never marked found.
  std::vector<std::string> UnfoundKeys() const;

  size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;  // by key once sealed
};

}  // namespace twindex::pipeline
