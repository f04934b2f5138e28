// DocumentPage: one file of the index — its metadata, tagged cities and dates as names, a link
// that opens the original at the hit's page (/file/ID#page=N), and its text page by page
// (section.page, data-page="N"), the hit's page first, the query's words in <mark>.
#pragma once

#include <string>
#include <vector>

#include "index/searcher.h"
#include "serve/layout.h"
#include "serve/query_params.h"

namespace twindex::serve {

struct DocumentPageData {
  const index::StoredFile* file = nullptr;
  SearchParams search;             // the search it was opened from (for "back" and highlights)
  std::vector<std::string> terms;  // the exact words the query matches (Searcher::QueryTerms)
  int hit_page = 0;                // the page to show first; 0: none
};

std::string DocumentPage(const PageContext& context, const DocumentPageData& data);

// `text` as HTML with the byte ranges `marks` (ascending, not overlapping) in <mark>.
std::string MarkedHtml(std::string_view text, const std::vector<std::pair<size_t, size_t>>& marks);

}  // namespace twindex::serve
