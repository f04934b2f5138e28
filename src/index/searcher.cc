#include "index/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "index/file_record.h"
#include "index/query_parser.h"
#include "index/schema.h"

namespace twindex::index {

struct Searcher::Impl {
  Xapian::Database db;
  std::filesystem::path dir;
};

namespace {

// Every date term within [from, to] (either may be open), as one OR query.
Xapian::Query DateFilter(const Xapian::Database& db, const std::string& from,
                         const std::string& to) {
  const std::string prefix(schema::kDatePrefix);
  std::vector<Xapian::Query> dates;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string day = (*it).substr(prefix.size());
    if ((from.empty() || day >= from) && (to.empty() || day <= to)) dates.emplace_back(*it);
  }
  if (dates.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, dates.begin(), dates.end());
}

// Counts, once per file, the cities and years of every matching page (a MatchSpy sees pages
// before they are collapsed to files).
class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    if (!seen_files_.insert(doc.get_value(schema::kSlotFileKey)).second) return;
    const std::string facets = doc.get_value(schema::kSlotFacets);
    for (size_t at = 0; at < facets.size();) {
      size_t end = facets.find(' ', at);
      if (end == std::string::npos) end = facets.size();
      const std::string item = facets.substr(at, end - at);
      if (item.size() > 1 && item[0] == 'c')
        ++cities_[static_cast<uint32_t>(std::stoul(item.substr(1)))];
      if (item.size() > 1 && item[0] == 'y') ++years_[std::stoi(item.substr(1))];
      at = end + 1;
    }
  }

  Facets Top(size_t n) const {
    Facets f{{cities_.begin(), cities_.end()}, {years_.begin(), years_.end()}};
    auto by_count = [](const auto& a, const auto& b) { return a.second > b.second; };
    std::stable_sort(f.cities.begin(), f.cities.end(), by_count);
    std::stable_sort(f.years.begin(), f.years.end(), by_count);
    if (f.cities.size() > n) f.cities.resize(n);
    if (f.years.size() > n) f.years.resize(n);
    return f;
  }

 private:
  std::set<std::string> seen_files_;
  std::map<uint32_t, size_t> cities_;
  std::map<int, size_t> years_;
};

Hit HitFromDocument(const Xapian::Document& doc, const std::vector<std::string>& terms) {
  const auto data = nlohmann::json::parse(doc.get_data());
  Hit hit;
  hit.path = data.at("path").get<std::string>();
  hit.title = data.at("title").get<std::string>();
  hit.language = data.at("lang").get<std::string>();
  hit.format = data.at("format").get<std::string>();
  hit.page = data.at("page").get<int>();
  hit.pages = data.at("pages").get<int>();
  hit.dates = data.at("dates").get<std::vector<std::string>>();
  hit.date = data.value("date", "");
  hit.cities = data.value("cities", std::vector<uint32_t>{});
  hit.snippet = MakeSnippet(data.at("text").get<std::string>(), terms, 30, hit.language);
  return hit;
}

template <typename Fn>
auto Guard(Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read index: " + e.get_description());
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
  ParsedQuery parsed =
      ParseQuery(request.query, request.exact ? QueryMode::kExact : QueryMode::kAllForms);
  return Guard([&] {
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
    // Without query words every page weighs the same: list files in index order.
    if (parsed.query.empty()) enquire.set_weighting_scheme(Xapian::BoolWeight());
    FacetSpy spy;
    if (request.facets > 0) enquire.add_matchspy(&spy);
    // Facets describe every match, so then the match must look at all of them.
    const Xapian::doccount check_at_least = request.facets > 0 ? impl_->db.get_doccount() : 0;
    Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(request.limit), check_at_least);

    SearchResults results;
    results.estimated_total = mset.get_matches_estimated();
    if (request.facets > 0) results.facets = spy.Top(request.facets);
    int rank = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit = HitFromDocument(it.get_document(), parsed.terms);
      hit.rank = ++rank;
      hit.score = it.get_weight();
      results.hits.push_back(std::move(hit));
    }
    return results;
  });
}

IndexStats Searcher::Stats() const {
  return Guard([&] {
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
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(impl_->dir, ec))
      if (entry.is_regular_file(ec)) stats.bytes_on_disk += entry.file_size(ec);
    return stats;
  });
}

}  // namespace twindex::index
