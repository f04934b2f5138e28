// Walker: finds the files to ingest under the given roots. Follows symbolic links (unless told
// not to), but reaches
// each file once (by device and inode, so the same file by two paths is one file) and reports
// symlink loops and unreadable entries instead of failing. Hidden entries (".name") and the
// excluded paths (the index directory itself) are skipped. Directories are listed in sorted
// order, so a file reached by several paths is taken by the same one (the first) on every
// machine: its shard key (shard_key.h) is that path's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace twindex::pipeline {

struct FoundFile {
  std::string path;  // canonical absolute path
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t shard_key = 0;  // ShardKey of its path below the root it was reached from
};

struct WalkFailure {
  std::string path;
  std::string reason;
  // The ShardKey of an entry below a root that could not be read (a broken link: the shard that
  // would have taken it reports it); none for a root or a folder that could not be listed,
  // which concerns every shard.
  std::optional<uint64_t> shard_key{};
};

struct WalkResult {
  std::vector<FoundFile> files;       // sorted by path
  std::vector<WalkFailure> failures;  // entries that could not be read
  // Canonical roots and every directory the walk could not list: files recorded under an
  // unlisted directory must not be taken for deleted.
  std::vector<std::string> roots;
  std::vector<std::string> unlisted_dirs;
};

// What to take besides the roots. Patterns (fnmatch, "*" also crossing "/") match a file's
// path relative to the root it was reached from: "*.pdf", "drafts/*".
struct WalkFilter {
  std::vector<std::string> include;  // if any: a file must match one
  std::vector<std::string> exclude;  // a file or folder that matches one is skipped
  bool follow_symlinks = true;       // false: symbolic links below the roots are skipped
};

// Roots may be directories or files; they must exist (the caller checks, for a usage error).
WalkResult Walk(const std::vector<std::filesystem::path>& roots,
                const std::vector<std::filesystem::path>& exclude, const WalkFilter& filter = {});

// True if `path` is `dir` or lies below it (both canonical).
bool IsUnder(std::string_view path, std::string_view dir);

}  // namespace twindex::pipeline
