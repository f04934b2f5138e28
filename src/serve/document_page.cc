#include "serve/document_page.h"

#include "core/path_name.h"
#include "index/results_json.h"
#include "index/snippet.h"
#include "serve/html.h"

namespace twindex::serve {
namespace {

std::string Row(std::string_view label, const std::string& value_html) {
  if (value_html.empty()) return "";
  return "<dt>" + Escape(label) + "</dt><dd>" + value_html + "</dd>";
}

std::string PageSection(const PageContext& c, const Page& page, const DocumentPageData& d) {
  const UiText& t = Text(c.ui);
  const std::string n = std::to_string(page.number);
  std::string text = page.text.empty()
                         ? "<p class=\"no-text\">" + Escape(t.no_text) + "</p>"
                         : "<div class=\"text\">" +
                               MarkedHtml(page.text, index::MatchedWords(page.text, d.terms)) +
                               "</div>";
  return "<section class=\"page" + std::string(page.number == d.hit_page ? " hit-page" : "") +
         "\" id=\"page-" + n + "\" data-page=\"" + n + "\" aria-labelledby=\"page-" + n +
         "-h\"><h3 id=\"page-" + n + "-h\">" + Escape(Fill(t.page_heading, {n})) + "</h3>" + text +
         "</section>\n";
}

}  // namespace

std::string MarkedHtml(std::string_view text, const std::vector<std::pair<size_t, size_t>>& marks) {
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : marks) {
    if (begin < at || end > text.size() || begin >= end) continue;
    out += Escape(text.substr(at, begin - at));
    out += "<mark>" + Escape(text.substr(begin, end - begin)) + "</mark>";
    at = end;
  }
  return out + Escape(text.substr(at));
}

std::string DocumentPage(const PageContext& c, const DocumentPageData& d) {
  const UiText& t = Text(c.ui);
  const index::StoredFile& file = *d.file;
  const Document& doc = file.document;
  const std::string name = std::filesystem::path(PathName(file.record.path)).filename().string();
  std::string body = "<p><a class=\"back\" href=\"" + Href(c, SearchPath(d.search)) + "\">" +
                     Escape(t.back) + "</a></p>\n";
  const int open_at = d.hit_page > 0 ? d.hit_page : 1;
  body += "<p><a id=\"open-original\" href=\"" +
          Href(c, "/file/" + file.id + "#page=" + std::to_string(open_at)) + "\">" +
          Escape(Fill(t.open_original, {std::to_string(open_at)})) + "</a></p>\n";
  std::string cities, dates;
  for (const CityRef& city : doc.cities)
    AppendJoined(cities, ", ", Escape(index::CityNameIn(city.id, Code(c.ui))));
  for (const DateRef& date : doc.dates)
    AppendJoined(dates, ", ",
                 "<time datetime=\"" + Escape(date.iso) + "\">" +
                     Escape(FormatDate(date.iso, c.ui)) + "</time>");
  body += "<dl class=\"metadata\">" + Row(t.file_label, Escape(name)) +
          Row(t.format_label, Escape(file.record.format)) +
          Row(t.language_label, Escape(LanguageName(doc.language, c.ui))) +
          Row(t.date_label, doc.date.empty() ? "" : Escape(FormatDate(doc.date, c.ui))) +
          Row(t.author_label, Escape(doc.author)) + Row(t.created_label, Escape(doc.created)) +
          Row(t.pages_count, std::to_string(doc.pages.size())) + Row(t.cities_label, cities) +
          Row(t.dates_label, dates) + "</dl>\n";
  if (file.record.failed)
    body += "<p class=\"error\" role=\"alert\">" +
            Escape(Fill(t.failed_file, {file.record.error})) + "</p>\n";
  body += "<section class=\"document-text\" aria-labelledby=\"text-h\"><h2 id=\"text-h\">" +
          Escape(t.text_heading) + "</h2>\n";
  const Page* hit = nullptr;
  for (const Page& page : doc.pages)
    if (page.number == d.hit_page) hit = &page;
  if (hit != nullptr) {
    if (doc.pages.size() > 1) body += "<p class=\"note\">" + Escape(t.hit_page_first) + "</p>\n";
    body += PageSection(c, *hit, d);
  }
  for (const Page& page : doc.pages)
    if (&page != hit) body += PageSection(c, page, d);
  body += "</section>\n";
  return HtmlPage(c, doc.title.empty() ? name : doc.title, body);
}

}  // namespace twindex::serve
