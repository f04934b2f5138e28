// DirLock: the lock of a whole index directory, held by its one writer (sharded_writer.h) for its
// lifetime, before it reads which shards the index has. Xapian's own locks are per database:
// a run that switches a shard to its compacted copy (compaction.h) must not let a waiting run
// lock the old copy, which is about to be deleted. An flock on DIR/twindex.lock, so the kernel
// releases it when the process dies.
#pragma once

#include <filesystem>

namespace twindex::index {

class DirLock {
 public:
  // Waits for the lock if `wait`, else throws IndexLockedError when another process holds it.
  // Throws IndexError if the lock file cannot be created.
  DirLock(const std::filesystem::path& dir, bool wait);
  ~DirLock();
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace twindex::index
