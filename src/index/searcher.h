// Searcher: answers queries from an index directory, read-only. Any number may run while an
// ingest writes: each call answers from one committed revision, the newest when it starts (a
// commit that lands during the call makes it start again on the new one), and a long-lived
// Searcher sees each new commit at its next call. One hit per file, at the file's best page.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "index/errors.h"
#include "index/file_record.h"
#include "index/ingest_shard.h"
#include "index/snippet.h"

namespace twindex::index {

// The default bound of exact facet counting, in matching pages: at 100,000 documents counting
// this many takes a few ms, and a sample of this many puts a dominant facet within a few percent.
inline constexpr size_t kFacetsExactUpTo = 5000;

struct SearchRequest {
  std::string query;      // user syntax, see query_parser.h; empty = everything (filters)
  std::string language;   // "" = any
  std::string date_from;  // "YYYYMMDD" (see date_bound.h) or "" = open
  std::string date_to;
  size_t limit = 10;
  bool exact = false;  // match exact word forms only (QueryMode::kExact)
  // Cities the files must mention: each inner list is one --city (any of its ids: a name may
  // fit several places), and every inner list must be met.
  std::vector<std::vector<uint32_t>> cities;
  size_t facets = 0;  // if > 0: count cities, years and languages over the whole result set,
                      // keep this many of each
  // Facets are counted exactly when at most this many pages match beyond the first 1000 (which
  // the search counts as it ranks), else those are counted from a sample of about this many
  // pages spread over the index, scaled to the estimated pages (Facets::exact false).
  size_t facets_exact_up_to = kFacetsExactUpTo;
  // kDate: newest document date first (the file's own date: its signing or publication date,
  // core/document.h), files without one last; equal dates by relevance.
  enum class Sort { kRelevance, kDate } sort = Sort::kRelevance;
  // If > 0: the match stops after about this many seconds and ranks the pages it has seen
  // (Xapian's Enquire::set_time_limit), so a server's request has a bound; 0: no limit.
  double time_limit = 0;
  // A new field that can change an answer must go into RequestKey (searcher.cc) too.
};

// A string that two requests share only if they ask for the same answer (every field above):
// the key of a cache of answers (serve/search_cache.h), beside Searcher::Revision.
std::string RequestKey(const SearchRequest& request);

struct Hit {
  int rank = 0;      // 1-based
  double score = 0;  // Xapian weight (0 for a filter-only query)
  std::string id;    // the file's id (its file key, schema.h), for `twindex show`
  std::string path, title, language, format;
  int page = 0;
  int pages = 0;
  std::string date;                // the file's own date (core/document.h), "" if unknown
  std::vector<std::string> dates;  // ISO dates the file carries
  std::vector<uint32_t> cities;    // GeoNames ids of the cities the file mentions
  Snippet snippet;
};

struct Facets {
  std::vector<std::pair<uint32_t, size_t>> cities;        // GeoNames id, files; most files first
  std::vector<std::pair<int, size_t>> years;              // year of a date the files carry, files
  std::vector<std::pair<std::string, size_t>> languages;  // the files' own language, files
  // The counts are of every matching file; false: of a sample, scaled to the estimated total.
  bool exact = true;
};

struct SearchResults {
  size_t estimated_total = 0;  // files matching: exact unless over 1000 pages match (and the
                               // facets, if asked for, are sampled)
  std::vector<Hit> hits;
  Facets facets;  // filled when SearchRequest::facets
};

struct IndexStats {
  size_t files = 0;   // files indexed
  size_t failed = 0;  // files whose extraction failed
  size_t pages = 0;
  size_t ocr_pages = 0;                                           // pages whose text came from OCR
  std::vector<std::pair<std::string, size_t>> pages_by_language;  // "" = undetermined
  std::vector<std::pair<std::string, size_t>> files_by_format;
  // Languages, cities (GeoNames id) and years of the files, as search facets over the whole
  // index: the 10 with most files of each, most first.
  Facets top;
  std::string first_date, last_date;  // span of the dates the files carry (ISO; "" if none)
  std::vector<size_t> shard_pages;    // pages of each shard, in shard order (shards.h)
  uintmax_t bytes_on_disk = 0;        // of the whole index directory
  std::vector<std::pair<std::string, std::string>> failures;  // path, reason
  // The parts of a folder tree its databases hold (ingest_shard.h), each once, by N then K:
  // {1/4} for an index ingested with --shard 1/4, several for a stub naming several such
  // indexes, none for an index of a whole tree.
  std::vector<IngestShard> ingest_shards;
};

// What the index holds for one file (`twindex show`).
struct StoredFile {
  std::string id;  // file key
  FileRecord record;
  // As indexed, each page with its text; for a failed file only path and format are set.
  Document document;
};

class Searcher {
 public:
  // Throws IndexError if there is no readable index in `dir`.
  explicit Searcher(const std::filesystem::path& dir);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws QuerySyntaxError (query_parser.h) for bad syntax, IndexError for index trouble.
  SearchResults Search(const SearchRequest& request) const;
  IndexStats Stats() const;

  // The cities `name` may be, as tag::Gazetteer::Lookup (most populous first; empty if none),
  // with the index's known stems (known_stems.h), for resolving --city.
  std::vector<uint32_t> CitiesNamed(std::string_view name) const;
  // The GeoNames ids of every city some file of the index mentions (its city terms), ascending.
  std::vector<uint32_t> IndexedCities() const;
  // The exact words a query matches in this index (ParsedQuery::terms), for highlighting a
  // file's pages as its snippets are (MatchedWords, snippet.h). Throws QuerySyntaxError.
  std::vector<std::string> QueryTerms(std::string_view query, bool exact = false) const;
  // The committed state of the index this Searcher sees now (which shards, each one's revision):
  // every call gives the same answers while it stays the same, and a commit or a switch of shards
  // (compaction) changes it. Empty if the index cannot tell (a shard without revisions). Throws
  // IndexError.
  std::string Revision() const;

  // The ids of the files that `path_or_id` names: the file at that path (any path that leads to
  // it, or the path it had when indexed), else every file whose id starts with `path_or_id`
  // (at least 4 hex digits). Empty if none.
  std::vector<std::string> FileIds(const std::string& path_or_id) const;
  // What the index holds for the file with this id; nullopt if it holds nothing.
  std::optional<StoredFile> File(const std::string& id) const;

 private:
  // Search on the revision the database holds now; may throw Xapian::DatabaseModifiedError.
  SearchResults SearchRevision(const SearchRequest& request) const;
  // Runs `read` on one revision of the index as it is now (searcher.cc).
  template <typename Read>
  auto ReadConsistently(Read&& read) const -> decltype(read());

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace twindex::index
