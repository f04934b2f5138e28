// Compaction: Xapian writes a growing database in part-filled blocks and keeps freed ones, so
// a freshly ingested index is about twice what Xapian's compactor makes of it (10,000 documents:
// 243 MB, 122 MB compacted; the position and posting tables shrink by more than half). A shard
// is compacted from its last commit into a new directory beside it ("shard-02" -> "shard-02.1"
// -> "shard-02.2"), and the index's stub (stub_file.h) switches to it in one rename; the writer
// that does it holds the index's locks (sharded_writer.h), and a Searcher sees the switch at its
// next call (searcher.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace twindex::index {

// kAuto: a shard never compacted, or grown to kRegrowth times its size when last compacted.
enum class CompactWhen { kNever, kAuto, kAlways };
inline constexpr double kRegrowth = 1.5;

// "never", "auto", "always"; nullopt for anything else.
std::optional<CompactWhen> CompactWhenNamed(std::string_view name);

struct CompactionReport {
  unsigned shards = 0;                          // compacted
  uintmax_t bytes_before = 0, bytes_after = 0;  // of the shards compacted
  double seconds = 0;
};

// Bytes of the database in `dir`: the files directly in it (an index directory that is itself
// a database also holds folders of its own: runs, the OCR cache).
uintmax_t DatabaseBytes(const std::filesystem::path& dir);

// Whether the shard database in `dir` is due for compaction.
bool CompactionDue(const std::filesystem::path& dir, CompactWhen when);

// The directory name a shard called `name` is compacted into: "shard-02" -> "shard-02.1",
// "shard-02.1" -> "shard-02.2".
std::string CompactedName(std::string_view name);

// Compacts the database in `from` (its last commit) into `to`, which must not exist, keeping
// document ids, and remembers the compacted size there for CompactionDue. Throws IndexError.
void CompactDatabase(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace twindex::index
