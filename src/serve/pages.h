// Pages: the HTML routes — / (search_page.h), /doc/ID (document_page.h) and the error pages —
// each a Reply; a bad request (a parameter out of its limits, a query that does not parse, an
// unknown city) is a 400 page that says why, an id the index does not hold a 404 page.
#pragma once

#include <string>

#include "serve/layout.h"
#include "serve/reply.h"
#include "serve/search_cache.h"
#include "serve/searcher_pool.h"

namespace twindex::serve {

class Pages {
 public:
  Pages(SearcherPool& searchers, SearchCache& answers) : searchers_(searchers), answers_(answers) {}

  Reply Search(const PageContext& context);
  Reply Doc(const PageContext& context, const std::string& id);

 private:
  SearcherPool& searchers_;
  SearchCache& answers_;
};

// The 404 page.
Reply NotFoundPage(const PageContext& context);
// The 500 page (index trouble; the cause goes to the log, not to the page).
Reply ServerErrorPage(const PageContext& context);

}  // namespace twindex::serve
