// SearchPage: the search page, rendered on the server (it works with JavaScript off): the form,
// the active filters, the total, the facets, the hits of one page of results and the links to the
// others, or why there are none. Every link is a URL that holds the whole search.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "index/searcher.h"
#include "serve/layout.h"
#include "serve/query_params.h"

namespace twindex::serve {

struct SearchPageData {
  SearchParams params;
  const index::SearchResults* results = nullptr;  // null when the search was refused (error)
  // What the facets' city links ask (CityValue); set with `results`.
  const index::Searcher* searcher = nullptr;
  std::string error;  // why (a BadRequest's message)
  // No file matched, but some would without this filter (FilterThatEmptied).
  std::optional<Filter> emptied_by;
};

std::string SearchPage(const PageContext& context, const SearchPageData& data);

// The filter of `params` without which the search finds files, when with all of them it finds
// none: each filter is tried in turn (the cities first) until `deadline`; nullopt if none does
// it alone, or time ran out.
std::optional<Filter> FilterThatEmptied(const SearchParams& params, const index::Searcher& searcher,
                                        std::chrono::steady_clock::time_point deadline);

}  // namespace twindex::serve
