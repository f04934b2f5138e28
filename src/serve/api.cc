#include "serve/api.h"

#include <spdlog/spdlog.h>

#include "index/errors.h"
#include "index/query_parser.h"
#include "index/results_json.h"
#include "serve/html.h"
#include "serve/i18n.h"

namespace twindex::serve {
namespace {

// The errors a route may meet, as JSON replies: BadRequest and a query's syntax 400, the
// index's trouble 500 (logged).
template <typename Answer>
Reply Guarded(Answer&& answer) {
  try {
    return answer();
  } catch (const BadRequest& e) {
    return JsonError(400, e.what());
  } catch (const index::QuerySyntaxError& e) {
    return JsonError(400, std::string("bad query: ") + e.what());
  } catch (const index::IndexError& e) {
    spdlog::error("{}", e.what());
    return JsonError(500, "the index cannot be read");
  }
}

Reply Json(const nlohmann::json& json) {
  return {200, "application/json", index::DumpCompact(json)};
}

}  // namespace

Reply Api::Search(const Params& params) {
  return Guarded([&] {
    const SearchParams p = ParseSearchParams(params);
    const SearcherPool::Lease searcher = searchers_.Borrow();
    index::SearchResults results = *answers_.Search(*searcher, ToSearchRequest(p, *searcher));
    // The asked page's hits only, as the page shows them.
    const size_t skip = std::min(results.hits.size(), (p.page - 1) * p.page_size);
    results.hits.erase(results.hits.begin(),
                       results.hits.begin() + static_cast<std::ptrdiff_t>(skip));
    return Json(index::SearchJson(p.query, results));
  });
}

Reply Api::Doc(const std::string& id) {
  return Guarded([&] {
    if (!IsFileId(id)) return JsonError(404, "no such document");
    const SearcherPool::Lease searcher = searchers_.Borrow();
    const std::optional<index::StoredFile> file = searcher->File(id);
    if (!file) return JsonError(404, "no such document");
    return Json(index::ShowJson(*file, 0));
  });
}

Reply Api::Cities(const Params& params) {
  return Guarded([&] {
    const auto prefix = params.find("prefix");
    const std::string text = prefix == params.end() ? "" : prefix->second;
    if (text.size() > 100) throw BadRequest("'prefix' is longer than 100 bytes");
    if (!IsValidUtf8(text)) throw BadRequest("'prefix' is not valid UTF-8");
    const auto ui_param = params.find("ui");
    Ui ui = Ui::kEn;
    if (ui_param != params.end()) UiFromCode(ui_param->second, ui);
    std::vector<uint32_t> indexed;
    {
      const SearcherPool::Lease searcher = searchers_.Borrow();
      indexed = searcher->IndexedCities();
    }
    nlohmann::json cities = nlohmann::json::array();
    for (const CitySuggestion& s : cities_.Suggest(text, indexed, Code(ui), 10))
      cities.push_back({{"id", s.id}, {"name", s.name}, {"country", s.country}});
    return Json({{"prefix", text}, {"cities", cities}});
  });
}

Reply Api::Stats() {
  return Guarded([&] {
    const SearcherPool::Lease searcher = searchers_.Borrow();
    return Json(index::StatsJson(searcher->Stats()));
  });
}

Reply Api::Health() {
  return Guarded([&] {
    const SearcherPool::Lease searcher = searchers_.Borrow();
    index::SearchRequest one;
    one.limit = 1;
    searcher->Search(one);  // the index can be read
    return Json({{"status", "ok"}});
  });
}

}  // namespace twindex::serve
