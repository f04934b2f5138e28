// Api: the JSON face beside the pages, for scripts. /api/search takes the page's parameters
// (query_params.h) and answers the fields of `twindex search --json` (index/results_json.h),
// the hits of the asked page; /api/doc/ID those of `twindex show --json` with all the text's
// lines; /api/cities?prefix= the type-ahead (city_suggest.h); /api/stats those of
// `twindex stats --json`; /healthz whether the index can be read. Errors are {"error": …}: 400
// for a bad request or query, 404 for an id the index does not hold, 500 for index trouble.
#pragma once

#include <string>

#include "serve/city_suggest.h"
#include "serve/query_params.h"
#include "serve/reply.h"
#include "serve/search_cache.h"
#include "serve/searcher_pool.h"

namespace twindex::serve {

class Api {
 public:
  Api(SearcherPool& searchers, SearchCache& answers, CitySuggest& cities)
      : searchers_(searchers), answers_(answers), cities_(cities) {}

  Reply Search(const Params& params);
  Reply Doc(const std::string& id);
  Reply Cities(const Params& params);
  Reply Stats();
  Reply Health();

 private:
  SearcherPool& searchers_;
  SearchCache& answers_;
  CitySuggest& cities_;
};

}  // namespace twindex::serve
