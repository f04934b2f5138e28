// QueryParams: the URL parameters of a search (the page's and /api/search's alike) — q, city
// (repeatable), lang, from, to, sort, page, size, ui — checked against limits and turned into an
// index::SearchRequest; and back into a query string, for the links a page holds. The URL holds
// the whole search, so a search can be bookmarked.
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "index/searcher.h"

namespace twindex::serve {

// A request the server will not answer as asked: HTTP 400 with what() shown to the user.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr size_t kMaxQueryBytes = 1000;
inline constexpr size_t kMaxPageSize = 100;
inline constexpr size_t kMaxPage = 100;
inline constexpr size_t kMaxCities = 10;
inline constexpr size_t kDefaultPageSize = 10;
// A search's match stops after about this long (index::SearchRequest::time_limit): a request's
// bound, beside the server's read and write timeouts.
inline constexpr double kSearchSeconds = 5;

// The decoded query parameters of a request (httplib::Params is this type).
using Params = std::multimap<std::string, std::string>;

struct SearchParams {
  std::string query;
  std::vector<std::string> cities;  // as typed: a name in any language, or a GeoNames id
  std::string lang;                 // "" = any
  std::string from, to;             // as typed: YYYY, YYYY-MM or YYYY-MM-DD; "" = open
  bool by_date = false;             // sort=date
  size_t page = 1;                  // 1-based
  size_t page_size = kDefaultPageSize;
  std::string ui;  // the interface language asked for ("" = the browser's)
};

// Throws BadRequest for a value out of its limits or form; ignores parameters it does not know.
SearchParams ParseSearchParams(const Params& params);

// The request to run for `params` (facets: `facets` of each; hits: enough for its page; the match
// limited to kSearchSeconds). Throws
// BadRequest for a city the gazetteer does not know.
index::SearchRequest ToSearchRequest(const SearchParams& params, const index::Searcher& searcher,
                                     size_t facets = 10);

// "q=…&city=…&…": the parameters that differ from the defaults, URL-encoded, in a fixed order
// (page and ui only if `with_page` / `with_ui`).
std::string QueryString(const SearchParams& params, bool with_page = true, bool with_ui = true);

// The search page's path and query for `params` ("/" or "/?q=…"), under the base URL.
std::string SearchPath(const SearchParams& params);

// One filter a search applies, and the same search without it.
struct Filter {
  enum class Kind { kCity, kLang, kFrom, kTo } kind;
  size_t city = 0;  // for kCity: which of SearchParams::cities
};
std::vector<Filter> Filters(const SearchParams& params);
SearchParams Without(const SearchParams& params, const Filter& filter);

}  // namespace twindex::serve
