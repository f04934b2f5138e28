#include "serve/query_params.h"

#include <algorithm>
#include <charconv>

#include "index/date_bound.h"
#include "index/results_json.h"
#include "serve/html.h"
#include "tag/gazetteer.h"

namespace twindex::serve {
namespace {

// The one value of a parameter that may appear once ("" if absent); twice is an error, so that a
// URL cannot mean two searches.
std::string Single(const Params& params, const std::string& key) {
  const auto [first, last] = params.equal_range(key);
  if (first == last) return "";
  if (std::next(first) != last) throw BadRequest("the parameter '" + key + "' is given twice");
  return first->second;
}

size_t Number(const Params& params, const std::string& key, size_t fallback, size_t most) {
  const std::string text = Single(params, key);
  if (text.empty()) return fallback;
  size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value == 0)
    throw BadRequest("'" + key + "' must be a whole number from 1 to " + std::to_string(most));
  if (value > most) throw BadRequest("'" + key + "' may be at most " + std::to_string(most));
  return value;
}

void CheckText(const std::string& key, const std::string& value, size_t most_bytes) {
  if (value.size() > most_bytes)
    throw BadRequest("'" + key + "' is longer than " + std::to_string(most_bytes) + " bytes");
  if (!IsValidUtf8(value)) throw BadRequest("'" + key + "' is not valid UTF-8");
}

std::string DateBound(const std::string& key, const std::string& text, bool upper) {
  if (text.empty()) return "";
  const auto bound = index::ParseDateBound(text, upper);
  if (!bound) throw BadRequest("'" + key + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
  return *bound;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

SearchParams ParseSearchParams(const Params& params) {
  SearchParams p;
  p.query = Single(params, "q");
  CheckText("q", p.query, kMaxQueryBytes);
  for (auto [it, last] = params.equal_range("city"); it != last; ++it) {
    if (it->second.empty()) continue;  // an empty city field: no filter
    CheckText("city", it->second, 200);
    p.cities.push_back(it->second);
  }
  if (p.cities.size() > kMaxCities)
    throw BadRequest("at most " + std::to_string(kMaxCities) + " cities");
  for (auto [it, last] = params.equal_range("cityid"); it != last; ++it) {
    if (it->second.empty()) continue;
    const std::optional<uint32_t> id = CityId(it->second);
    if (!id) throw BadRequest("'cityid' must be the GeoNames id of a city");
    p.meant_cities.push_back(*id);
  }
  if (p.meant_cities.size() > kMaxCities)
    throw BadRequest("at most " + std::to_string(kMaxCities) + " city ids");
  p.lang = Single(params, "lang");
  if (!p.lang.empty() &&
      (p.lang.size() > 3 ||
       !std::all_of(p.lang.begin(), p.lang.end(), [](char c) { return c >= 'a' && c <= 'z'; })))
    throw BadRequest("'lang' must be a language code such as pl, be, lt or ru");
  p.from = Single(params, "from");
  p.to = Single(params, "to");
  CheckText("from", p.from, 20);
  CheckText("to", p.to, 20);
  const std::string from = DateBound("from", p.from, false), to = DateBound("to", p.to, true);
  if (!from.empty() && !to.empty() && from > to) throw BadRequest("'from' is after 'to'");
  const std::string sort = Single(params, "sort");
  if (sort != "" && sort != "relevance" && sort != "date")
    throw BadRequest("'sort' must be relevance or date");
  p.by_date = sort == "date";
  p.page = Number(params, "page", 1, kMaxPage);
  p.page_size = Number(params, "size", kDefaultPageSize, kMaxPageSize);
  p.ui = Single(params, "ui");
  if (p.ui.size() > 2) throw BadRequest("'ui' must be one of pl, be, lt, ru, en");
  return p;
}

index::SearchRequest ToSearchRequest(const SearchParams& p, const index::Searcher& searcher,
                                     size_t facets) {
  index::SearchRequest request;
  request.query = p.query;
  request.language = p.lang;
  request.date_from = DateBound("from", p.from, false);
  request.date_to = DateBound("to", p.to, true);
  request.limit = p.page * p.page_size;
  request.facets = facets;
  request.time_limit = kSearchSeconds;
  request.sort =
      p.by_date ? index::SearchRequest::Sort::kDate : index::SearchRequest::Sort::kRelevance;
  for (const std::string& name : p.cities) {
    std::vector<uint32_t> ids = CitiesOf(name, p.meant_cities, searcher);
    if (ids.empty()) throw BadRequest(tag::Gazetteer::Default().UnknownCityMessage(name));
    request.cities.push_back(std::move(ids));
  }
  return request;
}

std::optional<uint32_t> CityId(std::string_view value) {
  uint32_t id = 0;
  if (!AllDigits(value) ||
      std::from_chars(value.data(), value.data() + value.size(), id).ec != std::errc() ||
      tag::Gazetteer::Default().Find(id) == nullptr)
    return std::nullopt;
  return id;
}

std::vector<uint32_t> CitiesOf(const std::string& value, const std::vector<uint32_t>& meant,
                               const index::Searcher& searcher) {
  if (const std::optional<uint32_t> id = CityId(value)) return {*id};
  // The name as the form wrote it beside its cityid: one of that city's own names, byte for
  // byte. (Not "one of the cities the name may be": Lookup keeps only the cities a name is met
  // best for, so Jarosław is the Polish town alone, though Yaroslavl too is Jarosław in Polish.)
  for (uint32_t id : meant) {
    const tag::City* city = tag::Gazetteer::Default().Find(id);
    bool named = false;
    if (city != nullptr)
      city->ForEachName([&](std::string_view name) { named = named || name == value; });
    if (named) return {id};
  }
  return searcher.CitiesNamed(value);
}

std::string CityValue(uint32_t id, std::string_view language, const index::Searcher& searcher) {
  const std::string name = index::CityNameIn(id, language);
  return searcher.CitiesNamed(name) == std::vector<uint32_t>{id} ? name : std::to_string(id);
}

std::string CityLabel(const std::string& value, std::string_view language) {
  const std::optional<uint32_t> id = CityId(value);
  return id ? index::CityNameIn(*id, language) : value;
}

SearchParams WithMeantCities(const SearchParams& params, std::string_view language,
                             const index::Searcher& searcher) {
  SearchParams p = params;
  p.meant_cities.clear();
  if (params.meant_cities.empty()) return p;
  for (std::string& value : p.cities) {
    if (CityId(value)) continue;
    const std::vector<uint32_t> meant = CitiesOf(value, params.meant_cities, searcher);
    if (meant.size() == 1 && searcher.CitiesNamed(value) != meant)
      value = CityValue(meant.front(), language, searcher);
  }
  return p;
}

std::string QueryString(const SearchParams& p, bool with_page, bool with_ui) {
  std::string out;
  auto add = [&](const char* key, const std::string& value) {
    AppendJoined(out, "&", std::string(key) + "=" + UrlEncode(value));
  };
  if (!p.query.empty()) add("q", p.query);
  for (const std::string& city : p.cities) add("city", city);
  for (uint32_t id : p.meant_cities) add("cityid", std::to_string(id));
  if (!p.lang.empty()) add("lang", p.lang);
  if (!p.from.empty()) add("from", p.from);
  if (!p.to.empty()) add("to", p.to);
  if (p.by_date) add("sort", "date");
  if (p.page_size != kDefaultPageSize) add("size", std::to_string(p.page_size));
  if (with_page && p.page != 1) add("page", std::to_string(p.page));
  if (with_ui && !p.ui.empty()) add("ui", p.ui);
  return out;
}

std::string SearchPath(const SearchParams& params) {
  std::string path = "/";
  const std::string query = QueryString(params);
  if (!query.empty()) {
    path += '?';
    path += query;
  }
  return path;
}

std::vector<Filter> Filters(const SearchParams& p) {
  std::vector<Filter> filters;
  for (size_t i = 0; i < p.cities.size(); ++i) filters.push_back({Filter::Kind::kCity, i});
  if (!p.lang.empty()) filters.push_back({Filter::Kind::kLang});
  if (!p.from.empty()) filters.push_back({Filter::Kind::kFrom});
  if (!p.to.empty()) filters.push_back({Filter::Kind::kTo});
  return filters;
}

SearchParams Without(const SearchParams& params, const Filter& filter) {
  SearchParams p = params;
  p.page = 1;
  switch (filter.kind) {
    case Filter::Kind::kCity:
      p.cities.erase(p.cities.begin() + static_cast<std::ptrdiff_t>(filter.city));
      break;
    case Filter::Kind::kLang:
      p.lang.clear();
      break;
    case Filter::Kind::kFrom:
      p.from.clear();
      break;
    case Filter::Kind::kTo:
      p.to.clear();
      break;
  }
  return p;
}

}  // namespace twindex::serve
