#include "serve/search_page.h"

#include <algorithm>

#include "core/path_name.h"
#include "index/results_json.h"
#include "serve/html.h"

namespace twindex::serve {
namespace {

std::string FileName(const std::string& path) {
  return std::filesystem::path(PathName(path)).filename().string();
}

// The snippet as HTML, its highlights in <mark>.
std::string SnippetHtml(const index::Snippet& s) {
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : s.highlights) {
    if (begin < at || end > s.text.size()) continue;
    out += Escape(std::string_view(s.text).substr(at, begin - at));
    out += "<mark>" + Escape(std::string_view(s.text).substr(begin, end - begin)) + "</mark>";
    at = end;
  }
  return out + Escape(std::string_view(s.text).substr(at));
}

std::string SearchHref(const PageContext& c, const SearchParams& p) {
  return Href(c, SearchPath(p));
}

std::string FilterLabel(const SearchParams& p, const Filter& f, Ui ui) {
  const UiText& t = Text(ui);
  switch (f.kind) {
    case Filter::Kind::kCity:
      return Fill(t.filter_city, {CityLabel(p.cities[f.city], Code(ui))});
    case Filter::Kind::kLang:
      return Fill(t.filter_lang, {LanguageName(p.lang, ui)});
    case Filter::Kind::kFrom:
      return Fill(t.filter_from, {p.from});
    case Filter::Kind::kTo:
      return Fill(t.filter_to, {p.to});
  }
  return "";
}

std::string Option(const std::string& value, std::string_view label, bool selected) {
  return "<option value=\"" + Escape(value) + "\"" + (selected ? " selected" : "") + ">" +
         Escape(label) + "</option>";
}

std::string Form(const PageContext& c, const SearchParams& p) {
  const UiText& t = Text(c.ui);
  std::string languages = Option("", t.any_language, p.lang.empty());
  for (const char* code : {"pl", "be", "lt", "ru"})
    languages += Option(code, LanguageName(code, c.ui), p.lang == code);
  if (!p.lang.empty() && std::string("pl be lt ru").find(p.lang) == std::string::npos)
    languages += Option(p.lang, p.lang, true);
  // The first city in the field, by name; a city given by its id rides along as cityid, so that
  // the form sent again keeps that city, not every city of its name (query_params.h). The other
  // cities ride along hidden (they show among the active filters).
  std::string city_field, more_cities;
  if (!p.cities.empty()) {
    city_field = CityLabel(p.cities.front(), Code(c.ui));
    if (const std::optional<uint32_t> id = CityId(p.cities.front()))
      more_cities +=
          "<input type=\"hidden\" name=\"cityid\" value=\"" + std::to_string(*id) + "\">";
  }
  for (size_t i = 1; i < p.cities.size(); ++i)
    more_cities += "<input type=\"hidden\" name=\"city\" value=\"" + Escape(p.cities[i]) + "\">";
  const std::string ui =
      p.ui.empty() ? "" : "<input type=\"hidden\" name=\"ui\" value=\"" + Escape(p.ui) + "\">";
  const std::string size =
      p.page_size == kDefaultPageSize
          ? ""
          : "<input type=\"hidden\" name=\"size\" value=\"" + std::to_string(p.page_size) + "\">";
  auto text_field = [&](const char* id, std::string_view label, const std::string& value,
                        std::string_view hint, const char* extra) {
    return "<div class=\"field\"><label for=\"" + std::string(id) + "\">" + Escape(label) +
           "</label><input id=\"" + id + "\" name=\"" + id + "\" type=\"text\" value=\"" +
           Escape(value) + "\" aria-describedby=\"" + id + "-hint\"" + extra + "><small id=\"" +
           id + "-hint\">" + Escape(hint) + "</small></div>";
  };
  return "<form id=\"search-form\" role=\"search\" method=\"get\" action=\"" + Href(c, "/") +
         "\">\n<div class=\"field query\"><label for=\"q\">" + Escape(t.query_label) +
         "</label><input id=\"q\" name=\"q\" type=\"search\" value=\"" + Escape(p.query) +
         "\" aria-describedby=\"q-hint\" maxlength=\"" + std::to_string(kMaxQueryBytes) +
         "\"><small id=\"q-hint\">" + Escape(t.query_hint) +
         "</small></div>\n<button id=\"search-btn\" type=\"submit\">" + Escape(t.search_button) +
         "</button>\n<fieldset class=\"filters\"><legend>" + Escape(t.filters) + "</legend>\n" +
         "<div class=\"field city\"><label for=\"city\">" + Escape(t.city_label) +
         "</label><input id=\"city\" name=\"city\" type=\"text\" autocomplete=\"off\" value=\"" +
         Escape(city_field) + "\" aria-describedby=\"city-hint\"><small id=\"city-hint\">" +
         Escape(t.city_hint) + "<span class=\"js-only\">. " + Escape(t.type_ahead_hint) +
         "</span></small></div>\n" + "<div class=\"field\"><label for=\"lang\">" +
         Escape(t.lang_label) + "</label><select id=\"lang\" name=\"lang\">" + languages +
         "</select></div>\n" +
         text_field("from", t.from_label, p.from, t.date_hint, " inputmode=\"numeric\"") + "\n" +
         text_field("to", t.to_label, p.to, t.date_hint, " inputmode=\"numeric\"") + "\n" +
         "<div class=\"field\"><label for=\"sort\">" + Escape(t.sort_label) +
         "</label><select id=\"sort\" name=\"sort\">" +
         Option("relevance", t.sort_relevance, !p.by_date) +
         Option("date", t.sort_date, p.by_date) + "</select></div>\n" + more_cities + ui + size +
         "</fieldset>\n</form>\n";
}

std::string ActiveFilters(const PageContext& c, const SearchParams& p) {
  std::string out;
  for (const Filter& f : Filters(p))
    out += "<li><a href=\"" + SearchHref(c, Without(p, f)) + "\" title=\"" +
           Escape(Text(c.ui).search_without) + "\">" + Escape(FilterLabel(p, f, c.ui)) +
           " <span aria-hidden=\"true\">✕</span></a></li>";
  return out.empty() ? "" : "<ul class=\"active-filters\">" + out + "</ul>\n";
}

std::string Facets(const PageContext& c, const SearchParams& p, const index::Facets& f,
                   const index::Searcher& searcher) {
  const UiText& t = Text(c.ui);
  const std::string about = f.exact ? "" : "≈";
  auto list = [&](const char* id, std::string_view heading, std::string items) {
    if (items.empty()) return std::string();
    return "<section class=\"facet\"><h2 id=\"" + std::string(id) + "-h\">" + Escape(heading) +
           "</h2><ul id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">" + items +
           "</ul></section>\n";
  };
  auto item = [&](const SearchParams& with, const std::string& label, size_t files) {
    return "<li><a href=\"" + SearchHref(c, with) + "\">" + Escape(label) +
           "</a> <span class=\"count\">" + about + std::to_string(files) + "</span></li>";
  };
  std::string cities, years, languages;
  for (const auto& [id, files] : f.cities) {
    // The link filters by this city alone: by its name only if the name is no other city's.
    const std::string value = CityValue(id, Code(c.ui), searcher);
    if (std::find(p.cities.begin(), p.cities.end(), value) != p.cities.end() ||
        std::find(p.cities.begin(), p.cities.end(), std::to_string(id)) != p.cities.end())
      continue;
    SearchParams with = p;
    with.page = 1;
    with.cities.push_back(value);
    if (with.cities.size() <= kMaxCities)
      cities += item(with, index::CityNameIn(id, Code(c.ui)), files);
  }
  for (const auto& [year, files] : f.years) {
    SearchParams with = p;
    with.page = 1;
    with.from = with.to = std::to_string(year);
    years += item(with, std::to_string(year), files);
  }
  for (const auto& [lang, files] : f.languages) {
    if (lang.empty()) continue;
    SearchParams with = p;
    with.page = 1;
    with.lang = lang;
    languages += item(with, LanguageName(lang, c.ui), files);
  }
  const std::string all = list("facet-cities", t.facet_cities, cities) +
                          list("facet-years", t.facet_years, years) +
                          list("facet-languages", t.facet_languages, languages);
  return all.empty() ? "" : "<aside class=\"facets\">\n" + all + "</aside>\n";
}

std::string Hit(const PageContext& c, const SearchParams& p, const index::Hit& h) {
  const UiText& t = Text(c.ui);
  const std::string file = FileName(h.path);
  const std::string doc_query = QueryString(p, false, true);
  const std::string href =
      Href(c, "/doc/" + h.id + "?" + doc_query + (doc_query.empty() ? "" : "&") +
                  "hit=" + std::to_string(h.page) + "#page-" + std::to_string(h.page));
  std::string meta = "<span class=\"file\">" + Escape(file) + "</span>";
  if (!h.language.empty())
    meta += " · <span class=\"lang\">" + Escape(LanguageName(h.language, c.ui)) + "</span>";
  if (!h.date.empty())
    meta += " · <time datetime=\"" + Escape(h.date) + "\">" + Escape(FormatDate(h.date, c.ui)) +
            "</time>";
  meta += " · <span class=\"page\">" +
          Escape(Fill(t.page_of_hit, {std::to_string(h.page), std::to_string(h.pages)})) +
          "</span>";
  std::string tags;
  for (uint32_t id : h.cities) AppendJoined(tags, ", ", Escape(index::CityNameIn(id, Code(c.ui))));
  std::string dates;
  for (size_t i = 0; i < h.dates.size() && i < 8; ++i)
    AppendJoined(dates, ", ",
                 "<time datetime=\"" + Escape(h.dates[i]) + "\">" +
                     Escape(FormatDate(h.dates[i], c.ui)) + "</time>");
  return "<li class=\"hit\"><h3><a href=\"" + href + "\">" +
         Escape(h.title.empty() ? file : h.title) + "</a></h3><p class=\"meta\">" + meta +
         "</p><p class=\"snippet\">" + SnippetHtml(h.snippet) + "</p>" +
         (tags.empty() ? ""
                       : "<p class=\"cities\">" + Escape(t.cities_label) + ": " + tags + "</p>") +
         (dates.empty() ? ""
                        : "<p class=\"dates\">" + Escape(t.dates_label) + ": " + dates + "</p>") +
         "</li>\n";
}

std::string Paging(const PageContext& c, const SearchParams& p, size_t total) {
  const UiText& t = Text(c.ui);
  const size_t pages = std::min(kMaxPage, (total + p.page_size - 1) / p.page_size);
  if (pages <= 1) return "";
  auto to = [&](size_t page) {
    SearchParams q = p;
    q.page = page;
    return SearchHref(c, q);
  };
  std::string out = "<nav class=\"paging\" aria-label=\"" + Escape(t.result_pages) + "\"><ul>";
  if (p.page > 1)
    out +=
        "<li><a rel=\"prev\" href=\"" + to(p.page - 1) + "\">" + Escape(t.previous) + "</a></li>";
  const size_t first = p.page > 4 ? p.page - 4 : 1, last = std::min(pages, p.page + 4);
  for (size_t i = first; i <= last; ++i)
    out += i == p.page ? "<li><span aria-current=\"page\">" + std::to_string(i) + "</span></li>"
                       : "<li><a href=\"" + to(i) + "\">" + std::to_string(i) + "</a></li>";
  if (p.page < pages)
    out += "<li><a rel=\"next\" href=\"" + to(p.page + 1) + "\">" + Escape(t.next) + "</a></li>";
  return out + "</ul></nav>\n";
}

}  // namespace

std::string SearchPage(const PageContext& c, const SearchPageData& d) {
  const UiText& t = Text(c.ui);
  const SearchParams& p = d.params;
  std::string body = Form(c, p) + ActiveFilters(c, p);
  if (d.results == nullptr) {
    body += "<div class=\"error\" role=\"alert\"><h2>" + Escape(t.bad_request) + "</h2><p>" +
            Escape(d.error) + "</p></div>\n";
    return HtmlPage(c, t.search_heading, body);
  }
  const index::SearchResults& r = *d.results;
  const size_t skip = (p.page - 1) * p.page_size;
  body += "<p id=\"total\" role=\"status\">" +
          Escape(Fill(t.found, {std::to_string(r.estimated_total)})) + "</p>\n";
  if (r.hits.empty() && skip == 0) {
    body += "<div class=\"no-results\"><p>" + Escape(t.no_results) + "</p>";
    if (d.emptied_by)
      body += "<p>" + Escape(Fill(t.removed_by_filter, {FilterLabel(p, *d.emptied_by, c.ui)})) +
              " <a id=\"without-filter\" href=\"" + SearchHref(c, Without(p, *d.emptied_by)) +
              "\">" + Escape(t.search_without) + "</a></p>";
    body += "</div>\n";
  }
  body +=
      "<div class=\"results-and-facets\">\n<section class=\"results\" "
      "aria-labelledby=\"results-h\">"
      "<h2 id=\"results-h\">" +
      Escape(t.results) + "</h2>\n<ol id=\"results\" start=\"" + std::to_string(skip + 1) + "\">\n";
  for (size_t i = skip; i < r.hits.size(); ++i) body += Hit(c, p, r.hits[i]);
  body += "</ol>\n" + Paging(c, p, r.estimated_total) + "</section>\n" +
          Facets(c, p, r.facets, *d.searcher) + "</div>\n";
  return HtmlPage(c, t.search_heading, body);
}

std::optional<Filter> FilterThatEmptied(const SearchParams& params, const index::Searcher& searcher,
                                        std::chrono::steady_clock::time_point deadline) {
  for (const Filter& f : Filters(params)) {
    if (std::chrono::steady_clock::now() > deadline) break;
    index::SearchRequest request = ToSearchRequest(Without(params, f), searcher, 0);
    request.limit = 1;
    if (!searcher.Search(request).hits.empty()) return f;
  }
  return std::nullopt;
}

}  // namespace twindex::serve
