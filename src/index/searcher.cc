#include "index/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <charconv>
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
#include "index/query_parser.h"
#include "index/schema.h"
#include "tag/gazetteer.h"

namespace twindex::index {

struct Searcher::Impl {
  Xapian::Database db;
  std::filesystem::path dir;
};

namespace {

constexpr Xapian::doccount kExactCountUpTo = 5000;

// Facets of the pages `query` matches, about `pages` (estimated), beyond those `spy` counted in
// the search (the first request.facets_exact_up_to): the rest counted on a sample of about as
// many pages, each counted `stride` times. The counts are exact if the stride is 1. (Scaling a
// sample to Xapian's estimate of the matching files instead was 2-3 times further off on a
// generated collection: that estimate is rough once pages collapse to files.)
Facets SampledFacets(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount pages,
                     const SearchRequest& request, FacetSpy& spy) {
  const size_t sample = std::max<size_t>(request.facets_exact_up_to, 1);
  // In a single database the spy counted every match up to its last page; across shards the
  // matcher goes shard by shard, so the sample covers everything and the spy starts again.
  std::optional<FacetSpy> all_shards;
  Xapian::docid first = spy.last_counted() + 1;
  size_t rest = pages > sample ? pages - sample : 0;
  if (db.size() != 1) {
    all_shards.emplace(db, 0);
    first = 1;
    rest = pages;
  }
  FacetSpy& counter = all_shards ? *all_shards : spy;
  const size_t stride = std::max<size_t>(rest / sample + (rest % sample != 0), 1);
  counter.CountAllWeighted(stride);
  DocidSample docids(static_cast<Xapian::docid>(stride), first);
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(0.0, query), Xapian::Query(&docids)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&counter);
  enquire.get_mset(0, 0, db.get_doccount());
  return counter.Top(request.facets, stride == 1);
}

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

// An ingest that commits while a reader reads may discard the revision the reader holds
// (Xapian keeps the last two). The reader then starts its whole read again on the newest
// revision, so an answer always comes from one revision. Each retry needs a fresh commit to
// land within the read, so a few suffice; they are counted so that a broken index still fails.
constexpr int kReadAttempts = 10;

// Runs `fn` on the newest revision of `db`, again on the next one when a commit lands under it;
// turns Xapian's exceptions (which are not std::exceptions) into IndexError.
template <typename Fn>
auto ReadConsistently(Xapian::Database& db, Fn&& fn) -> decltype(fn()) {
  for (int attempt = 1;; ++attempt) {
    try {
      db.reopen();  // the newest commit (a cheap check when there is none)
      return fn();
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kReadAttempts)
        throw IndexError("cannot read index: it changed under " + std::to_string(attempt) +
                         " reads in a row: " + e.get_description());
    } catch (const Xapian::Error& e) {
      throw IndexError("cannot read index: " + e.get_description());
    }
  }
}

}  // namespace

Searcher::Searcher(const std::filesystem::path& dir) : impl_(std::make_unique<Impl>()) {
  impl_->dir = dir;
  try {
    impl_->db = Xapian::Database(dir.string());
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw IndexError("no index at " + dir.string() + " (run `twindex ingest` first)");
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot open index " + dir.string() + ": " + e.get_description());
  }
}

Searcher::~Searcher() = default;

SearchResults Searcher::Search(const SearchRequest& request) const {
  return ReadConsistently(impl_->db, [&] { return SearchRevision(request); });
}

SearchResults Searcher::SearchRevision(const SearchRequest& request) const {
  ParsedQuery parsed = ParseQuery(
      request.query, request.exact ? QueryMode::kExact : QueryMode::kAllForms, impl_->db);
  Xapian::Query query = parsed.query.empty() ? Xapian::Query::MatchAll : parsed.query;
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
  // Without query words every page weighs the same: list files in index order. With them,
  // equal weights (pages found only through a city's term, say) are ordered by file, not by
  // the order an ingest's workers happened to finish in, so one archive ranks one way.
  // --sort date: newest first by the file's own date (values sort as strings: "" is last).
  if (parsed.query.empty()) enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (request.sort == SearchRequest::Sort::kDate)
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, /*reverse=*/true);
  else if (!parsed.query.empty())
    enquire.set_sort_by_relevance_then_value(schema::kSlotFileKey, /*reverse=*/false);
  // The spy counts the facets of the first facets_exact_up_to pages; if the query matches more,
  // the rest are counted on a sample (SampledFacets).
  FacetSpy spy(impl_->db, request.facets_exact_up_to);
  if (request.facets > 0) enquire.add_matchspy(&spy);
  // The match looks at a few thousand pages at least: collapsing pages to files makes Xapian's
  // estimate rough ("14 of about 30"), and counting that many is cheap, so up to there it is
  // exact, and so are the facets when the spy saw every match.
  const Xapian::doccount check_at_least = static_cast<Xapian::doccount>(std::min<size_t>(
      std::max<size_t>(kExactCountUpTo, request.facets > 0 ? request.facets_exact_up_to : 0),
      impl_->db.get_doccount()));
  Xapian::MSet mset =
      enquire.get_mset(0, static_cast<Xapian::doccount>(request.limit), check_at_least);

  SearchResults results;
  results.estimated_total = mset.get_matches_estimated();
  if (request.facets > 0) {
    // The matcher stops early only after it has looked at check_at_least pages: if the spy saw
    // fewer, or that is every page, it saw them all.
    const bool all_seen = spy.complete() && (spy.pages() < check_at_least ||
                                             check_at_least >= impl_->db.get_doccount());
    results.facets = all_seen
                         ? spy.Top(request.facets, true)
                         : SampledFacets(impl_->db, query, mset.get_uncollapsed_matches_estimated(),
                                         request, spy);
  }
  int rank = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit = HitFromDocument(it.get_document(), parsed.terms);
    hit.rank = ++rank;
    hit.score = it.get_weight();
    results.hits.push_back(std::move(hit));
  }
  return results;
}

IndexStats Searcher::Stats() const {
  return ReadConsistently(impl_->db, [&] {
    IndexStats stats;
    std::map<std::string, size_t> formats;
    const std::string record_prefix(schema::kFileRecordKeyPrefix);
    for (auto it = impl_->db.metadata_keys_begin(record_prefix);
         it != impl_->db.metadata_keys_end(record_prefix); ++it) {
      FileRecord r = FileRecordFromJson(nlohmann::json::parse(impl_->db.get_metadata(*it)));
      if (r.failed) {
        ++stats.failed;
        stats.failures.emplace_back(r.path, r.error);
      } else {
        ++stats.files;
        ++formats[r.format];
      }
    }
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
  return ReadConsistently(impl_->db, [&] {
    const IndexKnownStems known(impl_->db);
    return tag::Gazetteer::Default().Lookup(name, &known);
  });
}

std::vector<std::string> Searcher::FileIds(const std::string& path_or_id) const {
  return ReadConsistently(impl_->db, [&] {
    namespace fs = std::filesystem;
    auto indexed = [&](const std::string& key) {
      return !impl_->db.get_metadata(schema::FileRecordKey(key)).empty();
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
    for (auto it = impl_->db.metadata_keys_begin(key_prefix);
         it != impl_->db.metadata_keys_end(key_prefix); ++it)
      ids.push_back((*it).substr(schema::kFileRecordKeyPrefix.size()));
    return ids;
  });
}

std::optional<StoredFile> Searcher::File(const std::string& id) const {
  return ReadConsistently(impl_->db, [&]() -> std::optional<StoredFile> {
    const std::string record = impl_->db.get_metadata(schema::FileRecordKey(id));
    if (record.empty()) return std::nullopt;
    StoredFile file{id, FileRecordFromJson(nlohmann::json::parse(record)), {}};
    const std::string stored = impl_->db.get_metadata(schema::DocumentKey(id));
    if (stored.empty()) {  // failed: nothing was indexed
      file.document.path = file.record.path;
      file.document.format = FormatFromName(file.record.format);
      return file;
    }
    file.document = DocumentFromJson(nlohmann::json::parse(stored));
    for (Page& page : file.document.pages) {
      Xapian::PostingIterator at = impl_->db.postlist_begin(schema::PageIdTerm(id, page.number));
      if (at == impl_->db.postlist_end(schema::PageIdTerm(id, page.number))) continue;
      page.text = nlohmann::json::parse(impl_->db.get_document(*at).get_data()).value("text", "");
    }
    return file;
  });
}

}  // namespace twindex::index
