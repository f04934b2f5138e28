// Ingest: brings an index up to date with the files under some roots.
//
//   walk -> decide (new / changed / unchanged / gone) -> hash + extract in worker processes,
//   `jobs` at a time -> each file's shard (index/shards.h) applies its results and commits in
//   batches, one writer thread per shard.
//
// Incremental: a file whose size and mtime match its record is not read; a changed one is
// hashed, and extracted only if its content changed; records under a root whose file is gone
// are removed.
//
// Split between machines (`shard`, index/ingest_shard.h): the run takes only the files whose
// shard key (shard_key.h) falls in its shard, and all of the above applies to them alone; a
// file of another shard is neither read nor taken for gone. A record of a file the walk found
// in another shard (the index was made for another N, or without a shard) is removed and
// reported, so an index never holds another shard's files. The index stores its shard. Every
// failure is reported with its reason and the run goes on. Interrupting (the `stop` flag) or
// killing a run leaves the index at its last commit; the next run continues from there with no
// duplicates.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "index/compaction.h"
#include "index/ingest_shard.h"
#include "pipeline/report.h"
#include "pipeline/walker.h"
#include "pipeline/worker_process.h"

namespace twindex::pipeline {

struct IngestOptions {
  std::vector<std::filesystem::path> roots;
  std::filesystem::path index_dir;
  unsigned jobs = 1;           // extraction processes at once
  bool full = false;           // re-extract every file
  bool retry_failed = false;   // re-extract files that failed before, changed or not
  WalkFilter filter;           // which files under the roots
  index::IngestShard shard;    // the part of the roots' files this index takes (--shard K/N)
  bool wait_for_lock = false;  // wait for another ingest instead of failing
  unsigned shards = 0;         // of a new index (0: index::kDefaultShards); an existing one keeps
                               // its own
  // After the run (unless interrupted): compact the shards due (index/compaction.h).
  index::CompactWhen compact = index::CompactWhen::kAuto;
  // Per file. Generous: OCR has its own limit per page, and a long scan takes minutes.
  std::chrono::milliseconds timeout{std::chrono::minutes(30)};
  WorkerSettings worker;
  std::vector<std::string> worker_command;  // e.g. {"/usr/bin/twindex", "__extract-worker"}
  // Small batches measured fastest (Xapian's in-memory postings grow costly), and a crash
  // loses at most one batch: 2000 PDFs took 5.4 s with 100 per commit, 6.2 s with 5000.
  size_t commit_every_files = 100;
  std::chrono::seconds commit_every_time{10};
  // Searches read one revision of the index, and Xapian keeps only the last two: a commit every
  // few milliseconds (100 small text files) would discard a revision under any search that takes
  // longer, and searches would retry forever. Commits are at least this far apart, so any read
  // shorter than this completes at its first or second try (searcher.h). Costs nothing when
  // files are slow (OCR); on fast ones it makes batches larger.
  std::chrono::milliseconds min_commit_interval{2000};
  // The writers' share of memory, in sixteenths: prepared files waiting for the writers hold at
  // most one; a commit comes at the latest when files of another one have been added since the
  // last (Xapian buffers a batch's postings in memory until it commits); the form links the
  // writers remember take at most one. Each shard has its part of each sixteenth. The extraction
  // processes have their own cap (WorkerSettings::memory_limit).
  uint64_t memory_budget = uint64_t{1} << 30;
  bool progress = false;                    // draw a progress line on stderr
  const std::atomic<bool>* stop = nullptr;  // set from a signal handler to interrupt
};

// Throws index::IndexError (or IndexLockedError) when the index cannot be opened or written.
IngestReport Ingest(const IngestOptions& options);

}  // namespace twindex::pipeline
