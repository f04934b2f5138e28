// QueryParams: the URL parameters of a search (the page's and /api/search's alike) — q, city
// (repeatable), cityid (repeatable), lang, from, to, sort, page, size, ui — checked against limits
// and turned into an index::SearchRequest; and back into a query string, for the links a page
// holds. The URL holds the whole search, so a search can be bookmarked.
//
// A city is given by a name in any language or by its GeoNames id. A name that several cities
// bear (Kirow: the capital of the Kirov oblast and a town of the Kaluga oblast) filters by all of
// them, so a link that means one city says it by the name only where the name is that city's
// alone, and by the id otherwise (CityValue); the page shows an id as the city's name (CityLabel).
// The search form shows such a city by name in its text field and sends its id beside it as
// `cityid`, which picks that city out of the name's (CitiesOf) so that the form, sent again,
// keeps the one city.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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
  // cityid: the city a name of `cities` means when it is that city's name among others'.
  std::vector<uint32_t> meant_cities;
  std::string lang;      // "" = any
  std::string from, to;  // as typed: YYYY, YYYY-MM or YYYY-MM-DD; "" = open
  bool by_date = false;  // sort=date
  size_t page = 1;       // 1-based
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

// The GeoNames id a city= value is, if it is the id of a city the gazetteer knows.
std::optional<uint32_t> CityId(std::string_view value);

// The cities a city= value filters by: the one whose id it is; else the cities its name may be
// (Searcher::CitiesNamed), or only the one of `meant` it is a name of, if one is. Empty if none.
std::vector<uint32_t> CitiesOf(const std::string& value, const std::vector<uint32_t>& meant,
                               const index::Searcher& searcher);

// The city= value that filters by the city `id` alone, as readable as that allows: its name in
// `language` (the interface's, tag::kNameLanguage) if the name is no other city's, else the id.
std::string CityValue(uint32_t id, std::string_view language, const index::Searcher& searcher);

// A city= value as a page shows it: an id as its city's name in `language`, a name as typed.
std::string CityLabel(const std::string& value, std::string_view language);

// `params` with each city name that a cityid narrows to one city (CitiesOf) given by that city's
// CityValue instead, and no cityid left: the form of the search the page's links are made of.
SearchParams WithMeantCities(const SearchParams& params, std::string_view language,
                             const index::Searcher& searcher);

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
