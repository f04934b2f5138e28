// Shards: an index may be split into N databases ("shards") that are written in parallel, one
// writer thread each, and searched as one. Xapian combines them with the term statistics of the
// whole, so a word weighs what it would in one database, and ties are broken by file key
// (searcher.cc), and a word's other forms weigh by the whole index's statistics too
// (forms_query.h), so every search answers exactly as one database would
// (tests/e2e/shards_test.cc).
//
// Layout of an index directory DIR:
//   sharded  DIR/XAPIANDB (a stub file, stub_file.h: "auto shard-00", "auto shard-01", ...) and
//            the glass databases DIR/shard-NN/. N is fixed when the index is created.
//   single   DIR itself is a glass database (indexes made before shards): one shard.
// Everything about a file lives in its shard, ShardOf(file key): its pages, its record, its
// stored document, the form links and known stems of its words (so a word's links may be kept
// in several shards; Xapian merges synonym lists across a combined database).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/stub_file.h"

namespace twindex::index {

// Shards of a new index unless asked otherwise (README: measured on 2 cores; see there).
inline constexpr unsigned kDefaultShards = 4;
inline constexpr unsigned kMaxShards = 64;

// The shard a file belongs to: its key (schema::FileKey, hex of a hash) read as a number from
// its leading digits, modulo `shards`. Depends on nothing but the key and N.
unsigned ShardOf(std::string_view file_key, unsigned shards);

// "shard-00", "shard-01", ...: the directory of shard `i` in a sharded index.
std::string ShardDirName(unsigned i);

// The databases of the index in `dir`, in shard order: the stub's entries, or `dir` itself for
// a single-database index. nullopt if `dir` holds neither. Throws IndexError for an unreadable or
// malformed stub.
std::optional<std::vector<StubEntry>> IndexShards(const std::filesystem::path& dir);

}  // namespace twindex::index
