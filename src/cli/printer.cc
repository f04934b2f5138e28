#include "cli/printer.h"

#include <fmt/format.h>

#include "tag/gazetteer.h"

namespace twindex::cli {
namespace {

std::string Highlight(const index::Snippet& s, bool color) {
  if (!color) return s.text;
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : s.highlights) {
    out += s.text.substr(at, begin - at);
    out += "\033[1;31m" + s.text.substr(begin, end - begin) + "\033[0m";
    at = end;
  }
  return out + s.text.substr(at);
}

std::string JoinPages(const Document& doc) {
  std::string text;
  for (const Page& p : doc.pages) {
    if (&p != &doc.pages.front()) text += "\f";  // form feed between pages, as pdftotext does
    text += p.text;
  }
  return text;
}

// A city's English name, or its id if the gazetteer does not know it.
std::string CityName(uint32_t id) {
  const tag::City* city = tag::Gazetteer::Default().Find(id);
  return city ? city->names[0] : std::to_string(id);
}

// {"id", "names": {"en","pl","be","lt","ru"}, "mentions"} per city, most mentioned first.
nlohmann::json CitiesJson(const Document& doc) {
  nlohmann::json cities = nlohmann::json::array();
  for (const CityRef& ref : doc.cities) {
    nlohmann::json names = nlohmann::json::object();
    if (const tag::City* city = tag::Gazetteer::Default().Find(ref.id))
      for (size_t i = 0; i < tag::kNameLanguages; ++i)
        names[std::string(tag::kNameLanguage[i])] = city->names[i];
    cities.push_back({{"id", ref.id}, {"names", std::move(names)}, {"mentions", ref.mentions}});
  }
  return cities;
}

nlohmann::json DatesJson(const Document& doc) {
  nlohmann::json dates = nlohmann::json::array();
  for (const DateRef& d : doc.dates) dates.push_back({{"iso", d.iso}, {"text", d.text}});
  return dates;
}

}  // namespace

std::string Dump(const nlohmann::json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json SearchJson(const std::string& query, const index::SearchResults& results) {
  nlohmann::json hits = nlohmann::json::array();
  for (const index::Hit& h : results.hits)
    hits.push_back({{"rank", h.rank},
                    {"score", h.score},
                    {"path", h.path},
                    {"title", h.title},
                    {"format", h.format},
                    {"lang", h.language},
                    {"cities", h.cities},
                    {"date", h.date},
                    {"dates", h.dates},
                    {"page", h.page},
                    {"pages", h.pages},
                    {"snippet", h.snippet.text}});
  nlohmann::json out = {
      {"query", query}, {"estimated_total", results.estimated_total}, {"hits", hits}};
  const index::Facets& f = results.facets;
  if (!f.cities.empty() || !f.years.empty()) {
    nlohmann::json cities = nlohmann::json::array(), years = nlohmann::json::array();
    for (const auto& [id, files] : f.cities)
      cities.push_back({{"id", id}, {"name", CityName(id)}, {"files", files}});
    for (const auto& [year, files] : f.years) years.push_back({{"year", year}, {"files", files}});
    out["facets"] = {{"cities", cities}, {"years", years}};
  }
  return out;
}

std::string SearchText(const index::SearchResults& results, bool color) {
  std::string out;
  for (const index::Hit& h : results.hits) {
    out += fmt::format("{}. {}\n   {}  page {} of {}{}\n   {}\n\n", h.rank, h.title, h.path, h.page,
                       h.pages, h.language.empty() ? "" : "  [" + h.language + "]",
                       Highlight(h.snippet, color));
  }
  out +=
      fmt::format("{} of about {} matching files\n", results.hits.size(), results.estimated_total);
  if (!results.facets.cities.empty()) {
    out += "cities:";
    for (const auto& [id, files] : results.facets.cities)
      out += fmt::format(" {} ({})", CityName(id), files);
    out += "\n";
  }
  if (!results.facets.years.empty()) {
    out += "years:";
    for (const auto& [year, files] : results.facets.years)
      out += fmt::format(" {} ({})", year, files);
    out += "\n";
  }
  return out;
}

nlohmann::json ExtractJson(const Document& doc) {
  nlohmann::json pages = nlohmann::json::array();
  int ocr_pages = 0;
  for (const Page& p : doc.pages) {
    ocr_pages += p.ocr;
    nlohmann::json page = {
        {"number", p.number}, {"ocr", p.ocr}, {"lang", p.language}, {"chars", p.text.size()}};
    if (p.ocr) {
      page["ocr_languages"] = p.ocr_languages;
      page["ocr_confidence"] = p.ocr_confidence;
      page["ocr_rotation"] = p.ocr_rotation;
      page["ocr_seconds"] = p.ocr_seconds;
    }
    if (!p.ocr_error.empty()) page["ocr_error"] = p.ocr_error;
    pages.push_back(std::move(page));
  }
  return {{"path", doc.path},        {"format", FormatName(doc.format)},
          {"title", doc.title},      {"author", doc.author},
          {"created", doc.created},  {"encoding", doc.encoding},
          {"lang", doc.language},    {"pages", doc.pages.size()},
          {"ocr_pages", ocr_pages},  {"page_info", std::move(pages)},
          {"text", JoinPages(doc)},  {"cities", CitiesJson(doc)},
          {"dates", DatesJson(doc)}, {"date", doc.date}};
}

std::string ExtractText(const Document& doc) {
  std::string out = fmt::format("path: {}\nformat: {}\n", doc.path, FormatName(doc.format));
  if (!doc.title.empty()) out += "title: " + doc.title + "\n";
  if (!doc.author.empty()) out += "author: " + doc.author + "\n";
  if (!doc.created.empty()) out += "created: " + doc.created + "\n";
  if (!doc.date.empty()) out += "date: " + doc.date + "\n";
  if (!doc.encoding.empty()) out += "encoding: " + doc.encoding + "\n";
  for (const Page& p : doc.pages) out += fmt::format("\n--- page {} ---\n{}\n", p.number, p.text);
  return out;
}

nlohmann::json StatsJson(const index::IndexStats& s) {
  nlohmann::json langs = nlohmann::json::object(), formats = nlohmann::json::object();
  for (const auto& [lang, n] : s.pages_by_language) langs[lang.empty() ? "und" : lang] = n;
  for (const auto& [format, n] : s.files_by_format) formats[format] = n;
  nlohmann::json failures = nlohmann::json::array();
  for (const auto& [path, reason] : s.failures)
    failures.push_back({{"path", path}, {"reason", reason}});
  return {{"files", s.files},           {"failed", s.failed},
          {"pages", s.pages},           {"pages_by_language", langs},
          {"files_by_format", formats}, {"bytes_on_disk", s.bytes_on_disk},
          {"failures", failures}};
}

std::string StatsText(const index::IndexStats& s) {
  std::string out = fmt::format("files: {}\npages: {}\nfailed: {}\nindex size: {:.1f} MiB\n",
                                s.files, s.pages, s.failed, s.bytes_on_disk / 1048576.0);
  for (const auto& [format, n] : s.files_by_format)
    out += fmt::format("  {}: {} files\n", format, n);
  for (const auto& [lang, n] : s.pages_by_language)
    out += fmt::format("  language {}: {} pages\n", lang.empty() ? "undetermined" : lang, n);
  for (const auto& [path, reason] : s.failures)
    out += fmt::format("failed: {}: {}\n", path, reason);
  return out;
}

nlohmann::json RunsJson(const std::vector<nlohmann::json>& reports) {
  nlohmann::json runs = nlohmann::json::array();
  for (const nlohmann::json& r : reports)
    runs.push_back({{"started_at", r.value("started_at", "")},
                    {"seconds", r.value("seconds", 0.0)},
                    {"interrupted", r.value("interrupted", false)},
                    {"counts", r.value("counts", nlohmann::json::object())}});
  return runs;
}

std::string RunsText(const std::vector<nlohmann::json>& reports) {
  if (reports.empty()) return "";
  std::string out = "last runs:\n";
  for (const nlohmann::json& r : reports) {
    const nlohmann::json c = r.value("counts", nlohmann::json::object());
    out +=
        fmt::format("  {}  {:.1f} s: {} new, {} updated, {} unchanged, {} removed, {} failed{}\n",
                    r.value("started_at", "?"), r.value("seconds", 0.0), c.value("new", 0),
                    c.value("updated", 0), c.value("unchanged", 0), c.value("removed", 0),
                    c.value("failed", 0), r.value("interrupted", false) ? " (interrupted)" : "");
  }
  return out;
}

}  // namespace twindex::cli
