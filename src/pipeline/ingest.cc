#include "pipeline/ingest.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/iso_time.h"
#include "core/path_name.h"
#include "index/schema.h"
#include "index/sharded_writer.h"
#include "pipeline/bounded_queue.h"
#include "pipeline/ingest_status.h"
#include "pipeline/known_files.h"
#include "pipeline/progress.h"
#include "pipeline/shard_key.h"
#include "pipeline/walker.h"
#include "pipeline/worker_zygote.h"

namespace twindex::pipeline {
namespace {

using index::FileRecord;
using Clock = std::chrono::steady_clock;

// How often the status file (ingest_status.h) is refreshed while no commit does it.
constexpr std::chrono::seconds kStatusEvery{5};

// Points into the walk and the known files, which outlive the jobs: a million files need no
// copies.
struct Job {
  const FoundFile* file;
  const KnownFiles::Entry* previous;  // null for a new file
};

struct Outcome {
  enum class Kind { kExtracted, kTouched, kFailed, kCancelled } kind;
  const Job* job;
  FileRecord record;                        // kTouched, kFailed
  std::optional<index::PreparedFile> file;  // kExtracted: record and pages
  size_t ocr_pages = 0;                     // kExtracted: pages read by OCR (or its cache)
  double ocr_seconds = 0;
  std::vector<std::string> page_problems{};  // kExtracted: "page 3: OCR took longer than ..."
  size_t bytes = 0;                          // kExtracted: its memory, estimated
};

// A prepared file's memory per byte of its text: its pages as Xapian documents (a map node per
// distinct term, positions, the stored text) and its form links. Measured: about 35 KB for a
// file of 3.5 KB of text.
constexpr size_t kPreparedBytesPerTextByte = 10;

// Runs in an ingest thread: everything about one file that does not touch the index.
Outcome Process(const Job& job, const IngestOptions& options, WorkerProcess& worker,
                const std::atomic<bool>& cancel, std::atomic<unsigned>& busy) {
  FileRecord record;
  record.path = job.file->path;
  record.size = job.file->size;
  record.mtime_ns = job.file->mtime_ns;
  record.indexed_at = std::time(nullptr);
  auto failed = [&](std::string reason) {
    record.failed = true;
    record.error = std::move(reason);
    return Outcome{Outcome::Kind::kFailed, &job, std::move(record), std::nullopt};
  };
  const KnownFiles::Entry* prev = job.previous;
  const bool again = options.full || (options.retry_failed && prev && prev->failed);
  const std::string known_hash = prev && !again ? prev->ContentHashHex() : "";
  // A scanned file may OCR its pages on the cores no other file is using now: a long scan
  // alone at the end of a run gets them all, a file among many gets one.
  const unsigned others = busy.fetch_add(1);
  const unsigned ocr_threads = options.jobs > others ? options.jobs - others : 1;
  ExtractOutcome out =
      worker.Extract(job.file->path, known_hash, options.timeout, &cancel, ocr_threads);
  busy.fetch_sub(1);
  if (out.cancelled) return Outcome{Outcome::Kind::kCancelled, &job, {}, std::nullopt};
  record.content_hash = out.content_hash;
  if (out.unchanged)  // the writer's thread fills in what the index knew (Touched)
    return Outcome{Outcome::Kind::kTouched, &job, std::move(record), std::nullopt};
  if (!out.document) return failed(out.error);
  record.pages = static_cast<int>(out.document->pages.size());
  record.format = std::string(FormatName(out.document->format));
  Outcome outcome{Outcome::Kind::kExtracted, &job, {}, std::nullopt};
  for (const Page& p : out.document->pages) {
    outcome.bytes += p.text.size() * kPreparedBytesPerTextByte;
    outcome.ocr_pages += p.ocr;
    outcome.ocr_seconds += p.ocr_seconds;
    if (!p.ocr_error.empty())
      outcome.page_problems.push_back("page " + std::to_string(p.number) + ": " + p.ocr_error);
  }
  // The worker broke and analyzed the words (index/document_words.h); the page documents are made
  // here, in parallel, rather than in the single writer.
  outcome.file = index::PrepareFile(*out.document, std::move(record), std::move(out.words));
  return outcome;
}

// A file needs no work if its record matches its size and mtime. Files that could not even be
// read are retried every run: a fixed permission changes no mtime.
bool Unchanged(const FoundFile& file, const KnownFiles::Entry& known) {
  return known.size == file.size && known.mtime_ns == file.mtime_ns &&
         !(known.failed && !known.has_content_hash);
}

// Same bytes under a new mtime: the record keeps what the index knew of the file (its pages or
// its failure) with the new mtime.
FileRecord Touched(FileRecord record, const index::IndexWriter& writer) {
  if (std::optional<FileRecord> known = writer.RecordOf(index::schema::FileKey(record.path))) {
    record.pages = known->pages;
    record.format = std::move(known->format);
    record.failed = known->failed;
    record.error = std::move(known->error);
  }
  return record;
}

// Records under a walked root whose file the walk did not find, except below a directory the
// walk could not list (its files may well still be there). Only these records are read again.
std::vector<std::string> GoneFiles(const WalkResult& walk, const KnownFiles& known,
                                   const index::ShardedWriter& writer) {
  auto under_any = [](const std::string& path, const std::vector<std::string>& dirs) {
    for (const std::string& d : dirs)
      if (IsUnder(path, d)) return true;
    return false;
  };
  std::vector<std::string> gone;
  for (const std::string& key : known.UnfoundKeys())
    if (std::optional<FileRecord> record = writer.RecordOf(key))
      if (under_any(record->path, walk.roots) && !under_any(record->path, walk.unlisted_dirs))
        gone.push_back(std::move(record->path));
  return gone;
}

// What the shards' writer threads report into: the run's report, its progress line and the
// status file. Thread-safe.
class Tally {
 public:
  Tally(IngestReport& report, Progress& progress, IngestStatusFile& status, size_t skipped)
      : report_(report), progress_(progress), status_(status), skipped_(skipped) {}

  // Counts an outcome its shard's writer applies (until its commit, uncommitted).
  void Applied(Outcome& o) {
    std::lock_guard lock(mu_);
    const bool existed = o.job->previous != nullptr;
    switch (o.kind) {
      case Outcome::Kind::kExtracted:
        report_.pages += o.file->pages.size();
        report_.ocr_pages += o.ocr_pages;
        report_.ocr_seconds += o.ocr_seconds;
        for (std::string& problem : o.page_problems) {
          spdlog::warn("{}: {}", PathName(o.job->file->path), problem);
          report_.warnings.push_back({o.job->file->path, std::move(problem)});
        }
        ++(existed ? report_.updated : report_.new_files);
        break;
      case Outcome::Kind::kTouched:
        ++report_.unchanged;
        ++report_.touched;
        break;
      case Outcome::Kind::kFailed:
        ++report_.failed;
        spdlog::warn("{}: {}", PathName(o.record.path), o.record.error);
        report_.failures.push_back({o.record.path, o.record.error});
        break;
      case Outcome::Kind::kCancelled:
        break;
    }
    progress_.Update(++applied_);
    ++uncommitted_;
  }

  // A shard committed `files` of the applied ones.
  void Committed(size_t files) {
    std::lock_guard lock(mu_);
    uncommitted_ -= files;
    WriteStatus();
  }

  // Refreshes the status file if no commit did for a while.
  void KeepStatusFresh() {
    std::lock_guard lock(mu_);
    if (Clock::now() - last_status_ >= kStatusEvery) WriteStatus();
  }

 private:
  void WriteStatus() {
    status_.Write(IngestProgress{.walking = false,
                                 .found = report_.found,
                                 .done = skipped_ + applied_,
                                 .committed = skipped_ + applied_ - uncommitted_});
    last_status_ = Clock::now();
  }

  std::mutex mu_;
  IngestReport& report_;
  Progress& progress_;
  IngestStatusFile& status_;
  const size_t skipped_;  // up to date already: done, and in the index
  size_t applied_ = 0, uncommitted_ = 0;
  Clock::time_point last_status_ = Clock::now();
};

// One shard's writer and the queue of its files' outcomes.
struct ShardLane {
  ShardLane(index::IndexWriter& w, size_t queue_bytes) : writer(w), queue(queue_bytes) {}
  index::IndexWriter& writer;
  BoundedQueue<Outcome> queue;
  Clock::time_point final_commit_start{};
};

// Applies a file's outcome to its shard (the outcome's record or prepared file moves out).
void Apply(Outcome& o, index::IndexWriter& writer) {
  switch (o.kind) {
    case Outcome::Kind::kExtracted:
      writer.AddFile(std::move(*o.file));
      break;
    case Outcome::Kind::kTouched:
      writer.UpdateRecord(Touched(std::move(o.record), writer));
      break;
    case Outcome::Kind::kFailed:
      writer.RecordFailure(o.record);
      break;
    case Outcome::Kind::kCancelled:
      break;
  }
}

// A shard's writer thread: applies its files' outcomes as they come from `producers` threads
// and commits them in batches, by the same rules in every shard (IngestOptions), with the
// batch's share of the memory budget divided between the shards. Ends with a last commit.
void WriteShard(ShardLane& lane, unsigned producers, unsigned shards, const IngestOptions& options,
                Tally& tally, std::atomic<bool>& cancel) {
  const size_t batch_bytes = options.memory_budget / 16 / shards;
  size_t since_commit = 0, bytes_since_commit = 0;
  Clock::time_point last_commit = Clock::now();
  // Every `commit_every_files` files, but no sooner than `min_commit_interval` after the last
  // commit; after `commit_every_time` whenever something waits; and whenever the batch reaches
  // its share of the memory budget.
  auto commit_due = [&] {
    const auto since = Clock::now() - last_commit;
    return since_commit > 0 &&
           ((since_commit >= options.commit_every_files && since >= options.min_commit_interval) ||
            since >= options.commit_every_time || bytes_since_commit >= batch_bytes);
  };
  auto commit = [&] {
    lane.writer.Commit();
    tally.Committed(since_commit);
    since_commit = 0;
    bytes_since_commit = 0;
    last_commit = Clock::now();
  };
  for (;;) {
    // Polling lets an interrupt stop the threads even while no file finishes, and commits
    // what waits while a long file holds every worker.
    if (options.stop && *options.stop) cancel = true;
    std::optional<Outcome> o;
    const auto popped = lane.queue.Pop(producers, std::chrono::milliseconds(200), o);
    if (popped == BoundedQueue<Outcome>::PopResult::kDone) break;
    if (popped == BoundedQueue<Outcome>::PopResult::kNothingYet) {
      if (commit_due())
        commit();
      else
        tally.KeepStatusFresh();
      continue;
    }
    tally.Applied(*o);  // first: applying moves the prepared file out
    Apply(*o, lane.writer);
    ++since_commit;
    bytes_since_commit += o->bytes;
    if (commit_due()) commit();
  }
  lane.final_commit_start = Clock::now();
  lane.writer.Commit();
  tally.Committed(since_commit);
}

}  // namespace

IngestReport Ingest(const IngestOptions& options) {
  const Clock::time_point start = Clock::now();
  IngestReport report;
  report.started_at = IsoTimeNow();

  index::ShardedWriter writer(options.index_dir, options.shards,
                              options.wait_for_lock ? index::IndexWriter::LockMode::kWait
                                                    : index::IndexWriter::LockMode::kFail,
                              options.memory_budget / 16);
  if (writer.requested_shards_ignored())
    spdlog::info("the index has {} shards; --shards {} applies to new indexes only", writer.size(),
                 options.shards);
  if (!writer.emptied_old_schema().empty())
    spdlog::warn("the index was written by schema version {}; rebuilding it",
                 writer.emptied_old_schema());
  IngestStatusFile status(options.index_dir, report.started_at);
  KnownFiles known;
  writer.ForEachRecord([&](FileRecord&& record) { known.Add(record); });
  known.Seal();
  if (!options.shard.whole()) report.shard = index::IngestShardSpec(options.shard);
  if (const index::IngestShard was = writer.ingest_shard(); was != options.shard) {
    if (known.size() > 0)
      spdlog::warn("the index held {}; it now holds {}", index::IngestShardName(was),
                   index::IngestShardName(options.shard));
    writer.SetIngestShard(options.shard);
  }

  WalkResult walk = Walk(options.roots, {options.index_dir}, options.filter);
  report.walk_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  size_t walk_failures = 0;
  for (WalkFailure& f : walk.failures) {
    if (f.shard_key && !InShard(*f.shard_key, options.shard)) continue;  // another shard's
    spdlog::warn("{}: {}", PathName(f.path), f.reason);
    report.failures.push_back({std::move(f.path), std::move(f.reason)});
    ++walk_failures;
  }

  std::vector<Job> jobs;
  std::vector<const FoundFile*> left_shard;  // recorded, but found in another shard
  for (const FoundFile& file : walk.files) {
    KnownFiles::Entry* previous = known.Find(file.path);
    if (previous) previous->found = true;  // not gone, whichever shard it is in
    if (!InShard(file.shard_key, options.shard)) {
      ++report.other_shards;
      if (previous) left_shard.push_back(&file);
      continue;
    }
    ++report.found;
    // A file that failed is not retried until it changes (a broken file costs nothing each
    // night, and stays in the report), unless asked to.
    if (previous && !options.full && !(options.retry_failed && previous->failed) &&
        Unchanged(file, *previous)) {
      ++report.unchanged;
      continue;
    }
    jobs.push_back({&file, previous});
  }
  for (const std::string& path : GoneFiles(walk, known, writer)) {
    writer.RemoveFile(path);
    ++report.removed;
    spdlog::info("removed {}", PathName(path));
  }
  for (const FoundFile* file : left_shard) {
    writer.RemoveFile(file->path);
    ++report.left_shard;
    spdlog::info("removed {}: it belongs to shard {} of {}", PathName(file->path),
                 file->shard_key % options.shard.n, options.shard.n);
  }
  if (!left_shard.empty())
    spdlog::warn("removed {} files of other shards from the index, which is {}", left_shard.size(),
                 index::IngestShardName(options.shard));
  spdlog::debug("{} files found, {} to examine", walk.files.size(), jobs.size());
  const size_t skipped = report.unchanged;  // up to date already: done, and in the index
  status.Write(IngestProgress{
      .walking = false, .found = report.found, .done = skipped, .committed = skipped});

  // Extraction threads each own a worker process; they block on it, so plain threads fit
  // better than a task scheduler built for CPU-bound tasks.
  std::atomic<bool> cancel{false};
  std::atomic<size_t> next_job{0};
  std::atomic<unsigned> busy{0};  // files being extracted now
  const unsigned threads = std::max(1u, std::min<unsigned>(options.jobs, jobs.size()));
  // A sixteenth of the budget keeps the writers fed through a commit without letting the
  // queues grow; each shard's queue has its share.
  std::vector<std::unique_ptr<ShardLane>> lanes;
  for (unsigned i = 0; i < writer.size(); ++i)
    lanes.push_back(
        std::make_unique<ShardLane>(writer.shard(i), options.memory_budget / 16 / writer.size()));
  // Two workers or more start as forks of one that loaded what they need (worker_zygote.h);
  // without one, each starts on its own.
  std::optional<WorkerZygote> zygote;
  if (threads > 1) {
    try {
      zygote.emplace(options.worker_command);
    } catch (const std::exception& e) {
      spdlog::debug("workers start on their own: {}", e.what());
    }
  }
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < threads && !jobs.empty(); ++t) {
    pool.emplace_back([&] {
      WorkerProcess worker(options.worker_command, zygote ? &*zygote : nullptr);
      for (size_t i; !cancel && (i = next_job++) < jobs.size();) {
        Outcome o = Process(jobs[i], options, worker, cancel, busy);
        if (o.kind == Outcome::Kind::kCancelled) continue;
        lanes[writer.ShardOfPath(o.job->file->path)]->queue.Push(std::move(o), cancel);
      }
      for (auto& lane : lanes) lane->queue.ProducerDone();
    });
  }

  // One writer thread per shard: each is mostly Xapian's I/O and term sorting, and waits for
  // files most of the time; they share the cores with the extraction processes.
  Progress progress(jobs.size(), options.progress);
  Tally tally(report, progress, status, skipped);
  std::exception_ptr failure;
  std::mutex failure_mu;
  std::vector<std::jthread> writers;
  for (auto& lane : lanes) {
    writers.emplace_back([&, lane = lane.get()] {
      try {
        WriteShard(*lane, static_cast<unsigned>(pool.size()), writer.size(), options, tally,
                   cancel);
      } catch (...) {
        cancel = true;  // the extraction threads stop; the other shards finish their batches
        std::lock_guard lock(failure_mu);
        if (!failure) failure = std::current_exception();
      }
    });
  }

  for (std::jthread& t : writers) t.join();
  if (failure) std::rethrow_exception(failure);
  Clock::time_point processed = start;
  for (const auto& lane : lanes) processed = std::max(processed, lane->final_commit_start);
  report.process_seconds =
      std::chrono::duration<double>(processed - start).count() - report.walk_seconds;
  report.commit_seconds = std::chrono::duration<double>(Clock::now() - processed).count();
  report.failed += walk_failures;
  report.interrupted = options.stop && *options.stop;
  if (!report.interrupted) {
    const index::CompactionReport compaction = writer.Compact(options.compact);
    report.compact_seconds = compaction.seconds;
    report.compacted_shards = compaction.shards;
    report.bytes_before_compaction = compaction.bytes_before;
    report.bytes_after_compaction = compaction.bytes_after;
    if (compaction.shards > 0)
      spdlog::info("compacted {} of {} shards in {:.1f} s: {:.1f} MB -> {:.1f} MB",
                   compaction.shards, writer.size(), compaction.seconds,
                   compaction.bytes_before / 1e6, compaction.bytes_after / 1e6);
  }
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return report;
}

}  // namespace twindex::pipeline
