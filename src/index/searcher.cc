#include "index/searcher.h"

#include <sys/stat.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/document_json.h"
#include "core/path_name.h"
#include "index/date_filter.h"
#include "index/facet_count.h"
#include "index/file_record.h"
#include "index/known_stems.h"
#include "index/metadata_codec.h"
#include "index/query_parser.h"
#include "index/schema.h"
#include "index/shards.h"
#include "tag/gazetteer.h"

namespace twindex::index {

struct Searcher::Impl {
  Xapian::Database db;                   // every shard, combined: searches, term statistics
  std::vector<Xapian::Database> shards;  // each on its own (the same databases): user metadata,
                                         // which a combined database reads from its first only
  std::filesystem::path dir;
  // The stub file as it was when the shards were opened: compaction (compaction.h) switches
  // the index to new shard directories by replacing it.
  struct StubStamp {
    bool exists = false;
    ino_t inode = 0;
    timespec mtime{};
    bool operator==(const StubStamp& o) const {
      return exists == o.exists && inode == o.inode && mtime.tv_sec == o.mtime.tv_sec &&
             mtime.tv_nsec == o.mtime.tv_nsec;
    }
  } stamp;

  StubStamp CurrentStamp() const {
    struct stat st;
    if (::stat((dir / kStubFileName).c_str(), &st) != 0) return {};
    return {true, st.st_ino, st.st_mtim};
  }

  // (Re)opens every shard the index names now. Throws IndexError.
  // A compaction that switches the shards while they are being opened deletes the ones the
  // stub named a moment before: open what the new stub names.
  void Open() {
    for (int attempt = 1;; ++attempt) {
      const StubStamp before = CurrentStamp();
      try {
        OpenShards();
        return;
      } catch (const IndexError&) {
        if (attempt == 5 || CurrentStamp() == before) throw;
      }
    }
  }

  void OpenShards() {
    stamp = CurrentStamp();  // first: a stub replaced while opening shows at the next call
    const std::optional<std::vector<StubEntry>> entries = IndexShards(dir);
    if (!entries) throw IndexError("no index at " + dir.string() + " (run `twindex ingest` first)");
    Xapian::Database combined;
    std::vector<Xapian::Database> opened;
    try {
      for (const StubEntry& shard : *entries) {
        // A remote shard (xapian-tcpsrv) is opened here when twindex serves them.
        if (shard.kind != StubEntry::Kind::kLocal)
          throw IndexError("cannot open index " + dir.string() + ": remote shards (" + shard.host +
                           ":" + std::to_string(shard.port) + ") are not supported yet");
        opened.emplace_back(shard.path.string());
        // Shares the shard's state: reopening the combined database reopens the shards too.
        combined.add_database(opened.back());
      }
    } catch (const Xapian::DatabaseNotFoundError&) {
      throw IndexError("no index at " + dir.string() + " (run `twindex ingest` first)");
    } catch (const Xapian::Error& e) {
      throw IndexError("cannot open index " + dir.string() + ": " + e.get_description());
    }
    db = std::move(combined);
    shards = std::move(opened);
  }

  // The value of metadata `key` in whichever shard has it ("" if none).
  std::string Metadata(const std::string& key) const {
    for (const Xapian::Database& shard : shards)
      if (std::string value = shard.get_metadata(key); !value.empty()) return value;
    return "";
  }
};

namespace {

// The matching files are counted exactly up to this many matching pages, estimated beyond:
// counting every match of a broad phrase reads the positions of every page with its words
// (100,000 documents: the query mix's p95 was 38 ms with 5000, 21 ms with 1000).
constexpr Xapian::doccount kExactCountUpTo = 1000;

// At most this many times request.facets_exact_up_to pages are counted for facets after the
// search, whatever Xapian's estimate of the matching pages (SampledFacets).
constexpr size_t kSampleOverUpperBound = 4;

size_t SaturatingProduct(size_t a, size_t b) { return a > SIZE_MAX / b ? SIZE_MAX : a * b; }

// Facets of the pages `query` matches, about `pages` (estimated, at most `most`), beyond those
// `spy` counted in the search: the rest counted in full if they are at most
// request.facets_exact_up_to, else on a sample of about that many pages, each counted `stride`
// times. The counts are exact if the stride is 1. Once the search stopped looking, Xapian's
// estimate may be several times too low (a phrase with filters at 100,000 documents: 1,020
// pages estimated, 7,158 matching), so the stride is also at least the upper bound over
// kSampleOverUpperBound * request.facets_exact_up_to: a low estimate never makes this count
// every matching page of a large index. (Scaling a sample to Xapian's estimate of the matching
// files instead was 2-3 times further off on a generated collection: that estimate is rough
// once pages collapse to files.) The rest is matched in each shard on its own, from where the
// spy stopped: so a sharded index counts exactly where one database does.
Facets SampledFacets(const std::vector<Xapian::Database>& shards, const Xapian::Query& query,
                     Xapian::doccount pages, Xapian::doccount most, const SearchRequest& request,
                     FacetSpy& spy) {
  const size_t sample = std::max<size_t>(request.facets_exact_up_to, 1);
  auto stride_for = [&](size_t pages_in_all, size_t pages_in_sample) {
    const size_t rest = pages_in_all > spy.counted() ? pages_in_all - spy.counted() : 0;
    return std::max<size_t>(rest / pages_in_sample + (rest % pages_in_sample != 0), 1);
  };
  const size_t stride =
      std::max(stride_for(pages, sample),
               stride_for(most, SaturatingProduct(sample, kSampleOverUpperBound)));
  spy.CountAllWeighted(stride);
  // The spy counted the matches of the shards before the one holding the last page it counted,
  // and of that one up to that page: the rest is after it. (Were that shard not found, the
  // pages counted would be met again, and their files not counted twice.)
  auto holds_last_counted = [&](const Xapian::Database& shard) {
    try {
      return shard.get_document(spy.last_counted()).get_value(schema::kSlotFileKey) ==
             spy.last_counted_file();
    } catch (const Xapian::DocNotFoundError&) {
      return false;
    }
  };
  size_t from_shard = 0;
  Xapian::docid first = 1;
  for (size_t i = 0; spy.counted() > 0 && i < shards.size(); ++i)
    if (holds_last_counted(shards[i])) {
      from_shard = i;
      first = spy.last_counted() + 1;
      break;
    }
  for (size_t i = from_shard; i < shards.size(); ++i) {
    DocidSample docids(static_cast<Xapian::docid>(stride), i == from_shard ? first : 1);
    Xapian::Enquire enquire(shards[i]);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(0.0, query), Xapian::Query(&docids)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, shards[i].get_doccount());
  }
  return spy.Top(request.facets, stride == 1);
}

// Counts the pages and, once each, the files of the pages the matcher passes it: sorted by a
// value, Xapian's count of files after collapsing depends on the order it meets the pages in,
// which is docid order and so differs between a sharded and a single database.
class FileCountSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    ++pages_;
    // The file key is the hex of a 128-bit hash: its first 16 digits are a 64-bit hash already.
    const std::string key = doc.get_value(schema::kSlotFileKey);
    uint64_t file = 0;
    std::from_chars(key.data(), key.data() + std::min<size_t>(key.size(), 16), file, 16);
    files_.insert(file);
  }
  size_t pages() const { return pages_; }
  size_t files() const { return files_.size(); }

 private:
  size_t pages_ = 0;
  std::unordered_set<uint64_t> files_;
};

Hit HitFromDocument(const Xapian::Document& doc, const std::vector<std::string>& terms) {
  const auto data = nlohmann::json::parse(doc.get_data());
  Hit hit;
  hit.id = doc.get_value(schema::kSlotFileKey);
  hit.path = PathFromName(data.at("path").get<std::string>());
  hit.title = data.at("title").get<std::string>();
  hit.language = data.at("lang").get<std::string>();
  hit.format = data.at("format").get<std::string>();
  hit.page = data.at("page").get<int>();
  hit.pages = data.at("pages").get<int>();
  hit.dates = data.at("dates").get<std::vector<std::string>>();
  hit.date = data.value("date", "");
  hit.cities = data.value("cities", std::vector<uint32_t>{});
  hit.snippet = MakeSnippet(data.at("text").get<std::string>(), terms);
  return hit;
}

// Hits fetched past the limit, so that a tie across it (a file and its copy score alike) is
// settled without matching again.
constexpr Xapian::doccount kTieMargin = 8;

// A page's score as reported and ranked: its weight to 24 significant bits. Xapian adds a
// query's parts in an order that follows each database's own term frequencies, so the same page
// weighs a few units in the last place apart in one database and in shards; rounded, it weighs
// the same (unless the two straddle a rounding boundary: about once in 10^6 hits).
double Score(const Xapian::MSetIterator& it) {
  int exponent = 0;
  const double mantissa = std::frexp(it.get_weight(), &exponent);
  return std::ldexp(std::nearbyint(std::ldexp(mantissa, 24)), exponent - 24);
}

// The first `limit` hits of `mset` (an enquire sorted by relevance or by date then relevance,
// fetched with limit + kTieMargin hits), reordered by date (if `by_date`), score and file key:
// Xapian cannot break ties by a value after date and relevance, nor see scores as equal that
// differ in the last place, so this fetches further while the hit past the limit may tie with
// the last one kept (rarely), and orders ties by file key itself. `mset` keeps the hits' iterators
// valid. Call with no match spy on `enquire`: their counts come from the first match.
std::vector<Xapian::MSetIterator> RankedHits(Xapian::Enquire& enquire, Xapian::doccount limit,
                                             Xapian::doccount check_at_least, bool by_date,
                                             Xapian::MSet& mset) {
  struct Ranked {
    std::string date;
    double score;
    std::string file;
    Xapian::MSetIterator it;
  };
  auto ranked = [by_date](const Xapian::MSetIterator& it) {
    return Ranked{by_date ? it.get_document().get_value(schema::kSlotDate) : std::string(),
                  Score(it), it.get_collapse_key(), it};
  };
  auto tied = [](const Ranked& a, const Ranked& b) {
    return a.date == b.date && a.score == b.score;
  };
  // Whether the hits that tie with the last one kept may reach past the `fetched` first, in an
  // order other than file key. Sorted by relevance, Xapian orders equal weights by file key
  // itself (a title word's thousands of equal pages need nothing more); only weights that differ
  // in the last place but score alike do. Sorted by date, it orders equal weights by docid.
  auto unsettled = [&](Xapian::doccount fetched) {
    const Ranked last = ranked(mset[limit - 1]);
    if (!tied(last, ranked(mset[fetched - 1]))) return false;
    if (by_date) return true;
    const double weight = mset[limit - 1].get_weight();
    for (Xapian::doccount i = 0; i < fetched; ++i)
      if (mset[i].get_weight() != weight && tied(ranked(mset[i]), last)) return true;
    return false;
  };
  for (Xapian::doccount fetch = limit + kTieMargin;
       limit > 0 && mset.size() >= fetch && unsettled(fetch); fetch *= 2)
    mset = enquire.get_mset(0, fetch * 2, check_at_least);
  std::vector<Ranked> hits;
  for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(ranked(it));
  std::sort(hits.begin(), hits.end(), [](const Ranked& a, const Ranked& b) {
    if (a.date != b.date) return a.date > b.date;
    if (a.score != b.score) return a.score > b.score;
    return a.file < b.file;
  });
  std::vector<Xapian::MSetIterator> first;
  for (size_t i = 0; i < hits.size() && i < limit; ++i) first.push_back(hits[i].it);
  return first;
}

// An ingest that commits while a reader reads may discard the revision the reader holds
// (Xapian keeps the last two). The reader then starts its whole read again on the newest
// revision, so an answer always comes from one revision. Each retry needs a fresh commit to
// land within the read, so a few suffice; they are counted so that a broken index still fails.
constexpr int kReadAttempts = 10;

}  // namespace

// Runs `read` on the newest revision of the index, again on the next one when a commit lands
// under it, and on the shards the stub names now when compaction switched them; turns Xapian's
// exceptions (which are not std::exceptions) into IndexError.
template <typename Read>
auto Searcher::ReadConsistently(Read&& read) const -> decltype(read()) {
  Impl& impl = *impl_;
  for (int attempt = 1;; ++attempt) {
    try {
      if (!(impl.CurrentStamp() == impl.stamp)) impl.Open();
      impl.db.reopen();  // the newest commit (a cheap check when there is none)
      return read();
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kReadAttempts)
        throw IndexError("cannot read index: it changed under " + std::to_string(attempt) +
                         " reads in a row: " + e.get_description());
    } catch (const Xapian::Error& e) {
      // Shards switched between the check above and the read: read the new ones.
      if (attempt == kReadAttempts || impl.CurrentStamp() == impl.stamp)
        throw IndexError("cannot read index: " + e.get_description());
    }
  }
}

Searcher::Searcher(const std::filesystem::path& dir) : impl_(std::make_unique<Impl>()) {
  impl_->dir = dir;
  impl_->Open();
}

Searcher::~Searcher() = default;

SearchResults Searcher::Search(const SearchRequest& request) const {
  return ReadConsistently([&] { return SearchRevision(request); });
}

SearchResults Searcher::SearchRevision(const SearchRequest& request) const {
  ParsedQuery parsed = ParseQuery(
      request.query, request.exact ? QueryMode::kExact : QueryMode::kAllForms, impl_->db);
  Xapian::Query query = parsed.query.empty() ? MatchEverything() : parsed.query;
  if (!request.language.empty())
    query =
        Xapian::Query(Xapian::Query::OP_FILTER, query,
                      Xapian::Query(schema::Prefixed(schema::kLanguagePrefix, request.language)));
  for (const std::vector<uint32_t>& ids : request.cities) {
    std::vector<Xapian::Query> any;
    for (uint32_t id : ids) any.emplace_back(schema::CityTerm(id));
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end()));
  }
  if (!request.date_from.empty() || !request.date_to.empty())
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          DateFilter(impl_->db, request.date_from, request.date_to));

  Xapian::Enquire enquire(impl_->db);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::kSlotFileKey);
  if (request.time_limit > 0) enquire.set_time_limit(request.time_limit);
  // Equal weights (every page of a filter-only query; pages found only through a city's term)
  // and equal dates are ordered by file key, never by docid: docids depend on the order an
  // ingest's workers finished in and on the number of shards, and one archive must rank one way
  // however it was indexed. Within one file, docids follow its pages (a file is in one shard).
  // --sort date: newest first by the file's own date (values sort as strings: "" is last).
  const bool by_date = request.sort == SearchRequest::Sort::kDate;
  Xapian::MultiValueKeyMaker date_then_file;
  if (parsed.query.empty()) {
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (by_date) {
      date_then_file.add_value(schema::kSlotDate, /*reverse=*/true);
      date_then_file.add_value(schema::kSlotFileKey);
      enquire.set_sort_by_key(&date_then_file, /*reverse=*/false);
    } else {
      enquire.set_sort_by_value(schema::kSlotFileKey, /*reverse=*/false);
    }
  } else if (by_date) {
    // Date, then relevance; Xapian breaks what ties on both by docid: see RankedHits.
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, /*reverse=*/true);
  } else {
    enquire.set_sort_by_relevance_then_value(schema::kSlotFileKey,
                                             /*reverse=*/false);  // RankedHits
  }
  // The match looks at a thousand pages at least: collapsing pages to files makes Xapian's
  // estimate rough ("14 of about 30"), and counting that many is cheap, so up to there it is
  // exact, and so are the facets when the spy saw every match.
  const Xapian::doccount check_at_least =
      static_cast<Xapian::doccount>(std::min<size_t>(kExactCountUpTo, impl_->db.get_doccount()));
  // The facet spy counts the facets of the pages the match looks at anyway (at most
  // facets_exact_up_to); if the query matches more, the rest are counted after it, on a sample
  // if they are many (SampledFacets). Looking at more pages here to count facets would make
  // the match read more of every posting list (and phrase positions) for the ranking too.
  // Sorted by a value, the file count comes from a spy too (FileCountSpy).
  const bool by_value = by_date || parsed.query.empty();
  FacetSpy spy(impl_->db, std::min<size_t>(request.facets_exact_up_to, check_at_least));
  if (request.facets > 0) enquire.add_matchspy(&spy);
  FileCountSpy file_count;
  if (by_value) enquire.add_matchspy(&file_count);
  const auto limit = static_cast<Xapian::doccount>(request.limit);
  const bool weighted = !parsed.query.empty();  // else the enquire orders every tie itself
  Xapian::MSet mset = enquire.get_mset(0, limit + (weighted ? kTieMargin : 0), check_at_least);

  SearchResults results;
  results.estimated_total = mset.get_matches_estimated();
  // The matcher stops early only after it has looked at check_at_least pages: if a spy saw
  // fewer, or that is every page, it saw them all.
  auto saw_all = [&](size_t pages) {
    return pages < check_at_least || check_at_least >= impl_->db.get_doccount();
  };
  if (by_value && saw_all(file_count.pages())) results.estimated_total = file_count.files();
  if (request.facets > 0) {
    results.facets =
        spy.complete() && saw_all(spy.pages())
            ? spy.Top(request.facets, true)
            : SampledFacets(impl_->shards, query, mset.get_uncollapsed_matches_estimated(),
                            mset.get_uncollapsed_matches_upper_bound(), request, spy);
    // Counted in full, the facets met every matching file: so their number is exact too.
    if (results.facets.exact) results.estimated_total = spy.files();
  }
  std::vector<Xapian::MSetIterator> ranked;
  if (weighted) {
    enquire.clear_matchspies();
    ranked = RankedHits(enquire, limit, check_at_least, by_date, mset);
  } else {
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back(it);
  }
  int rank = 0;
  for (const Xapian::MSetIterator& it : ranked) {
    Hit hit = HitFromDocument(it.get_document(), parsed.terms);
    hit.rank = ++rank;
    hit.score = Score(it);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

std::string RequestKey(const SearchRequest& r) {
  // Each field as its length and its text, so no two requests run together into one key.
  std::string key;
  auto field = [&key](std::string_view text) {
    key.append(std::to_string(text.size())).append(":").append(text);
  };
  field(r.query);
  field(r.language);
  field(r.date_from);
  field(r.date_to);
  field(std::to_string(r.limit));
  field(r.exact ? "exact" : "forms");
  field(std::to_string(r.cities.size()));
  for (const std::vector<uint32_t>& any : r.cities) {
    std::string ids;
    for (uint32_t id : any) ids += std::to_string(id) + ',';
    field(ids);
  }
  field(std::to_string(r.facets));
  field(std::to_string(r.facets_exact_up_to));
  field(r.sort == SearchRequest::Sort::kDate ? "date" : "relevance");
  field(std::to_string(r.time_limit));
  return key;
}

IndexStats Searcher::Stats() const {
  return ReadConsistently([&] {
    IndexStats stats;
    std::map<std::string, size_t> formats;
    const std::string record_prefix(schema::kFileRecordKeyPrefix);
    for (const Xapian::Database& shard : impl_->shards) {
      stats.shard_pages.push_back(shard.get_doccount());
      const IngestShard part =
          StoredIngestShard(shard.get_metadata(std::string(schema::kIngestShardKey)));
      if (!part.whole() && std::find(stats.ingest_shards.begin(), stats.ingest_shards.end(),
                                     part) == stats.ingest_shards.end())
        stats.ingest_shards.push_back(part);
      for (auto it = shard.metadata_keys_begin(record_prefix);
           it != shard.metadata_keys_end(record_prefix); ++it) {
        FileRecord r = FileRecordFromStored(shard.get_metadata(*it));
        if (r.failed) {
          ++stats.failed;
          stats.failures.emplace_back(r.path, r.error);
        } else {
          ++stats.files;
          ++formats[r.format];
        }
      }
    }
    // In one order whatever the shards: by path.
    std::sort(stats.failures.begin(), stats.failures.end());
    std::sort(
        stats.ingest_shards.begin(), stats.ingest_shards.end(),
        [](IngestShard a, IngestShard b) { return std::pair(a.n, a.k) < std::pair(b.n, b.k); });
    stats.files_by_format.assign(formats.begin(), formats.end());
    stats.pages = impl_->db.get_doccount();
    const std::string lang_prefix(schema::kLanguagePrefix);
    size_t with_language = 0;
    for (auto it = impl_->db.allterms_begin(lang_prefix); it != impl_->db.allterms_end(lang_prefix);
         ++it) {
      stats.pages_by_language.emplace_back((*it).substr(lang_prefix.size()), it.get_termfreq());
      with_language += it.get_termfreq();
    }
    if (stats.pages > with_language)
      stats.pages_by_language.emplace_back("", stats.pages - with_language);
    stats.ocr_pages = impl_->db.get_termfreq(std::string(schema::kOcrPageTerm));
    SearchRequest everything;
    everything.limit = 1;
    everything.facets = 10;
    everything.facets_exact_up_to = SIZE_MAX;  // stats are exact
    stats.top = SearchRevision(everything).facets;
    // Date terms sort by date (schema.h), so the span is the first and the last.
    const std::string date_prefix(schema::kDatePrefix);
    for (auto it = impl_->db.allterms_begin(date_prefix); it != impl_->db.allterms_end(date_prefix);
         ++it) {
      if (stats.first_date.empty()) stats.first_date = schema::DateOfTerm(*it);
      stats.last_date = schema::DateOfTerm(*it);
    }
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(impl_->dir, ec))
      if (entry.is_regular_file(ec)) stats.bytes_on_disk += entry.file_size(ec);
    return stats;
  });
}

std::vector<uint32_t> Searcher::CitiesNamed(std::string_view name) const {
  return ReadConsistently([&] {
    const IndexKnownStems known(impl_->db);
    return tag::Gazetteer::Default().Lookup(name, &known);
  });
}

std::vector<uint32_t> Searcher::IndexedCities() const {
  return ReadConsistently([&] {
    std::vector<uint32_t> ids;
    const std::string prefix(schema::kCityPrefix);
    for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) {
      const std::string term = *it;
      uint32_t id = 0;
      const char* digits = term.data() + prefix.size();
      if (std::from_chars(digits, term.data() + term.size(), id).ec == std::errc())
        ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  });
}

std::vector<std::string> Searcher::QueryTerms(std::string_view query, bool exact) const {
  return ReadConsistently([&] {
    return ParseQuery(query, exact ? QueryMode::kExact : QueryMode::kAllForms, impl_->db).terms;
  });
}

std::string Searcher::Revision() const {
  return ReadConsistently([&] {
    std::string revision;
    try {
      for (const Xapian::Database& shard : impl_->shards)
        revision += shard.get_uuid() + ':' + std::to_string(shard.get_revision()) + ';';
    } catch (const Xapian::InvalidOperationError&) {  // a shard type without revisions
      return std::string();
    }
    return revision;
  });
}

std::vector<std::string> Searcher::FileIds(const std::string& path_or_id) const {
  return ReadConsistently([&] {
    namespace fs = std::filesystem;
    auto indexed = [&](const std::string& key) {
      return !impl_->Metadata(schema::FileRecordKey(key)).empty();
    };
    // A path, as its bytes or as its name (core/path_name.h): where it leads now, or as it was
    // indexed (the file may be gone since).
    for (const std::string& path : {path_or_id, PathFromName(path_or_id)}) {
      std::error_code ec;
      const fs::path canonical = fs::weakly_canonical(path, ec);
      if (!ec && indexed(schema::FileKey(canonical.string())))
        return std::vector{schema::FileKey(canonical.string())};
      const fs::path absolute = fs::absolute(path, ec).lexically_normal();
      if (!ec && indexed(schema::FileKey(absolute.string())))
        return std::vector{schema::FileKey(absolute.string())};
    }
    // An id, or its start.
    std::vector<std::string> ids;
    std::string prefix;
    for (char c : path_or_id) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return ids;
      prefix += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (prefix.size() < 4) return ids;
    const std::string key_prefix = schema::FileRecordKey(prefix);
    for (const Xapian::Database& shard : impl_->shards)
      for (auto it = shard.metadata_keys_begin(key_prefix);
           it != shard.metadata_keys_end(key_prefix); ++it)
        ids.push_back((*it).substr(schema::kFileRecordKeyPrefix.size()));
    std::sort(ids.begin(), ids.end());
    return ids;
  });
}

std::optional<StoredFile> Searcher::File(const std::string& id) const {
  return ReadConsistently([&]() -> std::optional<StoredFile> {
    const std::string record = impl_->Metadata(schema::FileRecordKey(id));
    if (record.empty()) return std::nullopt;
    StoredFile file{id, FileRecordFromStored(record), {}};
    const std::string stored = impl_->Metadata(schema::DocumentKey(id));
    if (stored.empty()) {  // failed: nothing was indexed
      file.document.path = file.record.path;
      file.document.format = FormatFromName(file.record.format);
      return file;
    }
    file.document =
        DocumentFromJson(nlohmann::json::parse(DecodeMetadata(MetadataKind::kDocument, stored)));
    // The text of each page is in its page document, one of the file term's postings.
    std::map<int, std::string> texts;
    const std::string file_term = schema::FileTerm(id);
    for (auto it = impl_->db.postlist_begin(file_term); it != impl_->db.postlist_end(file_term);
         ++it) {
      const auto data = nlohmann::json::parse(impl_->db.get_document(*it).get_data());
      texts[data.at("page").get<int>()] = data.value("text", "");
    }
    for (Page& page : file.document.pages)
      if (auto text = texts.find(page.number); text != texts.end())
        page.text = std::move(text->second);
    return file;
  });
}

}  // namespace twindex::index
