#include "serve/pages.h"

#include <charconv>
#include <chrono>

#include "index/errors.h"
#include "index/query_parser.h"
#include "serve/document_page.h"
#include "serve/html.h"
#include "serve/search_page.h"

namespace twindex::serve {
namespace {

// Trying the search without each of its filters, to say which removed every hit, stops after this.
constexpr std::chrono::seconds kNoResultsDiagnosis{2};

Reply Html(int status, std::string body) {
  return {status, "text/html; charset=utf-8", std::move(body)};
}

}  // namespace

Reply Pages::Search(const PageContext& c) {
  const auto started = std::chrono::steady_clock::now();
  SearchPageData data;
  try {
    data.params = ParseSearchParams(c.params);
  } catch (const BadRequest& e) {
    data.error = e.what();
    return Html(400, SearchPage(c, data));
  }
  try {
    const SearcherPool::Lease searcher = searchers_.Borrow();
    data.params = WithMeantCities(data.params, Code(c.ui), *searcher);
    const std::shared_ptr<const index::SearchResults> results =
        answers_.Search(*searcher, ToSearchRequest(data.params, *searcher));
    data.results = results.get();
    data.searcher = &*searcher;
    if (results->hits.empty() && data.params.page == 1)
      data.emptied_by = FilterThatEmptied(data.params, *searcher, started + kNoResultsDiagnosis);
    return Html(200, SearchPage(c, data));
  } catch (const BadRequest& e) {
    data.error = e.what();
  } catch (const index::QuerySyntaxError& e) {
    data.error = e.what();
  }
  data.results = nullptr;
  data.searcher = nullptr;
  return Html(400, SearchPage(c, data));
}

Reply Pages::Doc(const PageContext& c, const std::string& id) {
  if (!IsFileId(id)) return NotFoundPage(c);
  DocumentPageData data;
  try {
    data.search = ParseSearchParams(c.params);
  } catch (const BadRequest& e) {
    return Html(400, HtmlPage(c, Text(c.ui).bad_request,
                              "<p class=\"error\" role=\"alert\">" + Escape(e.what()) + "</p>"));
  }
  const auto hit = c.params.find("hit");
  if (hit != c.params.end())
    std::from_chars(hit->second.data(), hit->second.data() + hit->second.size(), data.hit_page);
  const SearcherPool::Lease searcher = searchers_.Borrow();
  const std::optional<index::StoredFile> file = searcher->File(id);
  if (!file) return NotFoundPage(c);
  data.file = &*file;
  try {
    data.terms = searcher->QueryTerms(data.search.query);
  } catch (const index::QuerySyntaxError&) {
    data.terms.clear();  // the text without highlights: the search page says what is wrong
  }
  return Html(200, DocumentPage(c, data));
}

Reply NotFoundPage(const PageContext& c) {
  const UiText& t = Text(c.ui);
  return Html(404, HtmlPage(c, t.not_found,
                            "<p>" + Escape(t.not_found_text) + "</p><p><a href=\"" + Href(c, "/") +
                                "\">" + Escape(t.search_heading) + "</a></p>"));
}

Reply ServerErrorPage(const PageContext& c) {
  const UiText& t = Text(c.ui);
  return Html(500, HtmlPage(c, t.bad_request, "<p class=\"error\" role=\"alert\">500</p>"));
}

}  // namespace twindex::serve
