#include "index/sharded_writer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <fstream>
#include <mutex>
#include <thread>

#include "index/errors.h"
#include "index/schema.h"
#include "index/shards.h"

namespace twindex::index {
namespace {

namespace fs = std::filesystem;

// The index directory, created if need be (its lock lives in it).
const fs::path& Created(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw IndexError("cannot create index directory " + dir.string() + ": " + ec.message());
  return dir;
}

// Writes the stub so that it appears whole or not at all (a reader never sees half of it).
void WriteStub(const fs::path& dir, const std::vector<std::string>& names) {
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

// Shard directories the stub no longer names: left by a run that stopped while it compacted
// (a copy not yet switched to) or just after (the copy switched from).
void RemoveUnnamedShards(const fs::path& dir, const std::vector<fs::path>& named) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("shard-") || !entry.is_directory(ec)) continue;
    const bool in_use = std::any_of(named.begin(), named.end(), [&](const fs::path& p) {
      return fs::equivalent(p, entry.path(), ec);
    });
    if (!in_use) fs::remove_all(entry.path(), ec);
  }
}

// Runs fn(0) .. fn(n - 1) on up to as many threads as there are cores; rethrows the first
// exception any of them threw, once all are done.
void ForEachInParallel(size_t n, const std::function<void(size_t)>& fn) {
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mu;
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < n;) {
      try {
        fn(k);
      } catch (...) {
        std::lock_guard lock(failure_mu);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  const size_t threads = std::min<size_t>(n, std::max(1u, std::thread::hardware_concurrency()));
  {
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

ShardedWriter::ShardedWriter(const fs::path& dir, unsigned shards, IndexWriter::LockMode mode,
                             size_t memory)
    : dir_(dir), lock_(Created(dir), mode == IndexWriter::LockMode::kWait) {
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
  if (existing) RemoveUnnamedShards(dir, paths);
  // In shard order, always: two runs never each hold a lock the other waits for.
  for (const fs::path& path : paths)
    writers_.push_back(std::make_unique<IndexWriter>(path, mode, memory / paths.size()));
  // Written once every shard exists, so a reader that finds the stub can open them all.
  if (!existing) {
    std::vector<std::string> names;
    for (unsigned i = 0; i < shards; ++i) names.push_back(ShardDirName(i));
    WriteStub(dir, names);
  }
  paths_ = std::move(paths);
}

ShardedWriter::~ShardedWriter() = default;

unsigned ShardedWriter::ShardOfPath(const std::string& path) const {
  return ShardOf(schema::FileKey(path), static_cast<unsigned>(paths_.size()));
}

IndexWriter& ShardedWriter::ForPath(const std::string& path) {
  if (writers_.empty()) throw IndexError("index " + dir_.string() + " was closed by compaction");
  return *writers_[ShardOfPath(path)];
}

std::string ShardedWriter::emptied_old_schema() const {
  for (const auto& writer : writers_)
    if (!writer->emptied_old_schema().empty()) return writer->emptied_old_schema();
  return "";
}

IngestShard ShardedWriter::ingest_shard() const {
  if (writers_.empty()) throw IndexError("index " + dir_.string() + " was closed by compaction");
  return writers_.front()->ingest_shard();
}

void ShardedWriter::SetIngestShard(IngestShard shard) {
  for (auto& writer : writers_) writer->SetIngestShard(shard);
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

CompactionReport ShardedWriter::Compact(CompactWhen when) {
  Commit();
  const auto start = std::chrono::steady_clock::now();
  CompactionReport report;
  const bool single = paths_.size() == 1 && fs::equivalent(paths_[0], dir_);
  std::vector<fs::path> compacted = paths_;  // the shards after: a new copy or the same
  std::vector<size_t> due;
  for (size_t i = 0; i < paths_.size(); ++i) {
    if (!CompactionDue(paths_[i], when)) continue;
    compacted[i] = dir_ / CompactedName(single ? ShardDirName(0) : paths_[i].filename().string());
    std::error_code ec;
    fs::remove_all(compacted[i], ec);  // a copy a stopped run left
    due.push_back(i);
  }
  // Each shard is its own database, compacted on its own core: done one after another, the
  // compaction that ends a first ingest kept one of two cores idle (2000 PDFs: 0.5 s of 6).
  ForEachInParallel(due.size(),
                    [&](size_t k) { CompactDatabase(paths_[due[k]], compacted[due[k]]); });
  for (size_t i : due) {
    report.bytes_before += DatabaseBytes(paths_[i]);
    report.bytes_after += DatabaseBytes(compacted[i]);
    ++report.shards;
  }
  if (report.shards > 0) {
    std::vector<std::string> names;
    for (const fs::path& path : compacted) names.push_back(path.filename().string());
    WriteStub(dir_, names);
  }
  // The old copies go once the stub names the new ones; readers that hold them keep them open
  // until they reopen. The directory's lock keeps a waiting run out until they are gone.
  writers_.clear();
  std::error_code ec;
  for (size_t i = 0; i < paths_.size(); ++i) {
    if (compacted[i] == paths_[i]) continue;
    if (single) {
      // The database's own files, Xapian's mark of a database first.
      fs::remove(dir_ / "iamglass", ec);
      for (const fs::directory_entry& entry : fs::directory_iterator(dir_, ec))
        if (entry.path().extension() == ".glass" || entry.path().filename() == "flintlock")
          fs::remove(entry.path(), ec);
    } else {
      fs::remove_all(paths_[i], ec);
    }
  }
  paths_ = std::move(compacted);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace twindex::index
