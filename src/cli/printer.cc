#include "cli/printer.h"

#include <fmt/format.h>

#include <ctime>

#include "core/document_json.h"
#include "core/iso_time.h"
#include "core/path_name.h"
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

// A city's English name and country, or its id if the gazetteer does not know it.
std::string CityName(uint32_t id) {
  const tag::City* city = tag::Gazetteer::Default().Find(id);
  return city ? std::string(city->name(0)) + " (" + std::string(city->country()) + ")"
              : std::to_string(id);
}

// {"en","pl","be","lt","ru"}: a city's names ({} if the gazetteer does not know the id).
nlohmann::json CityNamesJson(uint32_t id) {
  nlohmann::json names = nlohmann::json::object();
  if (const tag::City* city = tag::Gazetteer::Default().Find(id))
    for (size_t i = 0; i < tag::kNameLanguages; ++i)
      names[std::string(tag::kNameLanguage[i])] = city->name(i);
  return names;
}

// A city's name in `language` (one of tag::kNameLanguage), else in English; its id if unknown.
std::string CityNameIn(uint32_t id, std::string_view language) {
  const tag::City* city = tag::Gazetteer::Default().Find(id);
  if (city == nullptr) return std::to_string(id);
  for (size_t i = 0; i < tag::kNameLanguages; ++i)
    if (tag::kNameLanguage[i] == language && !city->name(i).empty())
      return std::string(city->name(i));
  return std::string(city->name(0));
}

// {"id", "names": {"en","pl","be","lt","ru"}, "mentions"} per city, most mentioned first.
nlohmann::json CitiesJson(const Document& doc) {
  nlohmann::json cities = nlohmann::json::array();
  for (const CityRef& ref : doc.cities)
    cities.push_back(
        {{"id", ref.id}, {"names", CityNamesJson(ref.id)}, {"mentions", ref.mentions}});
  return cities;
}

nlohmann::json DatesJson(const Document& doc) {
  nlohmann::json dates = nlohmann::json::array();
  for (const DateRef& d : doc.dates) dates.push_back(DateJson(d));
  return dates;
}

nlohmann::json FacetsJson(const index::Facets& f) {
  nlohmann::json cities = nlohmann::json::array(), years = nlohmann::json::array(),
                 languages = nlohmann::json::array();
  for (const auto& [id, files] : f.cities) {
    const tag::City* city = tag::Gazetteer::Default().Find(id);
    cities.push_back({{"id", id},
                      {"name", city ? city->name(0) : ""},
                      {"country", city ? city->country() : ""},
                      {"files", files}});
  }
  for (const auto& [year, files] : f.years) years.push_back({{"year", year}, {"files", files}});
  for (const auto& [lang, files] : f.languages)
    languages.push_back({{"lang", lang}, {"files", files}});
  return {{"cities", cities}, {"years", years}, {"languages", languages}};
}

// "cities: Hrodna (BY) (12) ..." lines, one per facet that has values, each label after `prefix`;
// counts from a sample (Facets::exact false) as "(≈12)".
std::string FacetsText(const index::Facets& f, const std::string& prefix = "") {
  std::string out;
  const char* about = f.exact ? "" : "≈";
  auto line = [&](const char* label, const auto& counts, auto name) {
    if (counts.empty()) return;
    out += prefix + label;
    for (const auto& [key, files] : counts)
      out += fmt::format(" {} ({}{})", name(key), about, files);
    out += "\n";
  };
  line("languages:", f.languages, [](const std::string& l) { return l; });
  line("cities:", f.cities, CityName);
  line("years:", f.years, [](int y) { return std::to_string(y); });
  return out;
}

nlohmann::json PageInfoJson(const Page& p) {
  nlohmann::json page = {
      {"number", p.number}, {"ocr", p.ocr}, {"lang", p.language}, {"chars", p.text.size()}};
  if (p.ocr) {
    page["ocr_languages"] = p.ocr_languages;
    page["ocr_confidence"] = p.ocr_confidence;
    page["ocr_rotation"] = p.ocr_rotation;
    page["ocr_seconds"] = p.ocr_seconds;
  }
  if (!p.ocr_error.empty()) page["ocr_error"] = p.ocr_error;
  return page;
}

// "ocr pol+rus, confidence 87%, turned 90°" / "text layer"
std::string PageSource(const Page& p) {
  if (!p.ocr) return p.ocr_error.empty() ? "text layer" : "no text: " + p.ocr_error;
  std::string out = fmt::format("OCR {}, confidence {}%", p.ocr_languages, p.ocr_confidence);
  if (p.ocr_rotation != 0) out += fmt::format(", turned {}°", p.ocr_rotation);
  return out;
}

// The first `n` non-empty lines of the document's text (all if n is 0).
std::vector<std::string> FirstLines(const Document& doc, size_t n) {
  std::vector<std::string> lines;
  for (const Page& p : doc.pages) {
    for (size_t at = 0; at < p.text.size();) {
      size_t end = p.text.find('\n', at);
      if (end == std::string::npos) end = p.text.size();
      std::string line = p.text.substr(at, end - at);
      at = end + 1;
      if (line.find_first_not_of(" \t\f\r") == std::string::npos) continue;
      if (n != 0 && lines.size() == n) return lines;
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

}  // namespace

std::string Dump(const nlohmann::json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A hit's cities as {"id", "names"}, in the order the file mentions them most.
nlohmann::json HitCitiesJson(const index::Hit& hit) {
  nlohmann::json cities = nlohmann::json::array();
  for (uint32_t id : hit.cities) cities.push_back({{"id", id}, {"names", CityNamesJson(id)}});
  return cities;
}

nlohmann::json SearchJson(const std::string& query, const index::SearchResults& results) {
  nlohmann::json hits = nlohmann::json::array();
  for (const index::Hit& h : results.hits)
    hits.push_back({{"rank", h.rank},
                    {"score", h.score},
                    {"id", h.id},
                    {"path", PathName(h.path)},
                    {"title", h.title},
                    {"format", h.format},
                    {"lang", h.language},
                    {"cities", HitCitiesJson(h)},
                    {"date", h.date},
                    {"dates", h.dates},
                    {"page", h.page},
                    {"pages", h.pages},
                    {"snippet", h.snippet.text}});
  nlohmann::json out = {
      {"query", query}, {"estimated_total", results.estimated_total}, {"hits", hits}};
  const index::Facets& f = results.facets;
  if (!f.cities.empty() || !f.years.empty() || !f.languages.empty()) {
    out["facets"] = FacetsJson(f);
    out["facets_exact"] = f.exact;
  }
  return out;
}

std::string SearchText(const index::SearchResults& results, bool color,
                       std::string_view names_language) {
  std::string out;
  for (const index::Hit& h : results.hits) {
    out += fmt::format("{}. {}\n   {}  page {} of {}{}\n   {}\n", h.rank, h.title, PathName(h.path),
                       h.page, h.pages, h.language.empty() ? "" : "  [" + h.language + "]",
                       Highlight(h.snippet, color));
    // Its cities and dates: the names in the language the user named a city in, else the file's.
    const std::string_view language = names_language.empty() ? h.language : names_language;
    std::string tags;
    for (uint32_t id : h.cities) tags += (tags.empty() ? "" : ", ") + CityNameIn(id, language);
    for (const std::string& date : h.dates)
      tags += (&date != &h.dates.front() ? ", " : tags.empty() ? "" : "; ") + date;
    out += (tags.empty() ? "" : "   " + tags + "\n") + "\n";
  }
  out +=
      fmt::format("{} of about {} matching files\n", results.hits.size(), results.estimated_total);
  return out + FacetsText(results.facets);
}

nlohmann::json ExtractJson(const Document& doc) {
  nlohmann::json pages = nlohmann::json::array();
  int ocr_pages = 0;
  for (const Page& p : doc.pages) {
    ocr_pages += p.ocr;
    pages.push_back(PageInfoJson(p));
  }
  return {{"path", PathName(doc.path)}, {"format", FormatName(doc.format)},
          {"title", doc.title},         {"author", doc.author},
          {"created", doc.created},     {"encoding", doc.encoding},
          {"lang", doc.language},       {"pages", doc.pages.size()},
          {"ocr_pages", ocr_pages},     {"page_info", std::move(pages)},
          {"text", JoinPages(doc)},     {"cities", CitiesJson(doc)},
          {"dates", DatesJson(doc)},    {"date", doc.date}};
}

std::string ExtractText(const Document& doc) {
  std::string out =
      fmt::format("path: {}\nformat: {}\n", PathName(doc.path), FormatName(doc.format));
  if (!doc.title.empty()) out += "title: " + doc.title + "\n";
  if (!doc.author.empty()) out += "author: " + doc.author + "\n";
  if (!doc.created.empty()) out += "created: " + doc.created + "\n";
  if (!doc.date.empty()) out += "date: " + doc.date + "\n";
  if (!doc.encoding.empty()) out += "encoding: " + doc.encoding + "\n";
  for (const Page& p : doc.pages) out += fmt::format("\n--- page {} ---\n{}\n", p.number, p.text);
  return out;
}

nlohmann::json ShowJson(const index::StoredFile& file, size_t lines) {
  nlohmann::json out = ExtractJson(file.document);
  out.erase("text");
  const index::FileRecord& r = file.record;
  out["id"] = file.id;
  out["path"] = PathName(r.path);
  out["size"] = r.size;
  out["mtime"] = IsoTime(r.mtime_ns / 1'000'000'000);
  out["indexed_at"] = IsoTime(r.indexed_at);
  out["hash"] = r.content_hash;
  out["failed"] = r.failed;
  out["error"] = r.error;
  out["first_lines"] = FirstLines(file.document, lines);
  return out;
}

std::string ShowText(const index::StoredFile& file, size_t lines) {
  const Document& doc = file.document;
  const index::FileRecord& r = file.record;
  int ocr_pages = 0;
  for (const Page& p : doc.pages) ocr_pages += p.ocr;
  std::string out = fmt::format("id: {}\npath: {}\nformat: {}, {} pages", file.id, PathName(r.path),
                                r.format.empty() ? "unknown" : r.format, doc.pages.size());
  if (ocr_pages > 0) out += fmt::format(" ({} OCR'd)", ocr_pages);
  out += fmt::format(", {:.1f} KiB\nmodified: {}\nindexed: {}\n", r.size / 1024.0,
                     IsoTime(r.mtime_ns / 1'000'000'000), IsoTime(r.indexed_at));
  if (r.failed) return out + "failed: " + r.error + "\n";
  auto field = [&](const char* label, const std::string& value) {
    if (!value.empty()) out += fmt::format("{}: {}\n", label, value);
  };
  field("title", doc.title);
  field("author", doc.author);
  field("created", doc.created);
  field("date", doc.date);
  field("language", doc.language);
  field("encoding", doc.encoding);
  std::string cities, dates;
  for (const CityRef& c : doc.cities)
    cities += fmt::format("{}{} ×{}", cities.empty() ? "" : ", ", CityName(c.id), c.mentions);
  for (const DateRef& d : doc.dates)
    dates += fmt::format("{}{} «{}»", dates.empty() ? "" : ", ", d.iso, d.text);
  field("cities", cities);
  field("dates", dates);
  out += "pages:\n";
  for (const Page& p : doc.pages)
    out +=
        fmt::format("  {:>4}  {:<3} {} characters, {}\n", p.number,
                    p.language.empty() ? doc.language : p.language, p.text.size(), PageSource(p));
  out += "text:\n";
  for (const std::string& line : FirstLines(doc, lines)) out += "  " + line + "\n";
  return out;
}

nlohmann::json StatsJson(const index::IndexStats& s) {
  nlohmann::json langs = nlohmann::json::object(), formats = nlohmann::json::object();
  for (const auto& [lang, n] : s.pages_by_language) langs[lang.empty() ? "und" : lang] = n;
  for (const auto& [format, n] : s.files_by_format) formats[format] = n;
  nlohmann::json failures = nlohmann::json::array();
  for (const auto& [path, reason] : s.failures)
    failures.push_back({{"path", PathName(path)}, {"reason", reason}});
  return {{"files", s.files},
          {"failed", s.failed},
          {"pages", s.pages},
          {"ocr_pages", s.ocr_pages},
          {"pages_by_language", langs},
          {"files_by_format", formats},
          {"top", FacetsJson(s.top)},
          {"date_span", {{"first", s.first_date}, {"last", s.last_date}}},
          {"bytes_on_disk", s.bytes_on_disk},
          {"shards", s.shard_pages.size()},
          {"pages_by_shard", s.shard_pages},
          {"failures", failures}};
}

std::string StatsText(const index::IndexStats& s) {
  std::string out = fmt::format("files: {}", s.files);
  for (const auto& [format, n] : s.files_by_format)
    out += fmt::format("{}{} {}", &format == &s.files_by_format.front().first ? " (" : ", ", format,
                       n);
  out += s.files_by_format.empty() ? "\n" : ")\n";
  out += fmt::format("pages: {}, OCR'd {}\n", s.pages, s.ocr_pages);
  for (const auto& [lang, n] : s.pages_by_language)
    out += fmt::format("  {}: {} pages\n", lang.empty() ? "undetermined" : lang, n);
  if (!s.first_date.empty()) out += fmt::format("dates: {} to {}\n", s.first_date, s.last_date);
  out += FacetsText(s.top, "top ");
  out +=
      fmt::format("index size: {:.1f} MiB in {} shard{}\nfailed: {}\n", s.bytes_on_disk / 1048576.0,
                  s.shard_pages.size(), s.shard_pages.size() == 1 ? "" : "s", s.failed);
  for (const auto& [path, reason] : s.failures)
    out += fmt::format("  {}: {}\n", PathName(path), reason);
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

nlohmann::json IngestStatusJson(const std::optional<pipeline::IngestStatus>& status) {
  if (!status) return nullptr;
  const pipeline::IngestProgress& p = status->progress;
  return {{"pid", status->pid},
          {"host", status->host},
          {"started_at", status->started_at},
          {"updated_at", status->updated_at},
          {"walking", p.walking},
          {"found", p.found},
          {"done", p.done},
          {"committed", p.committed}};
}

std::string IngestStatusText(const std::optional<pipeline::IngestStatus>& status) {
  if (!status) return "";
  const pipeline::IngestProgress& p = status->progress;
  std::string out = fmt::format("ingest running since {} (pid {} on {}): ", status->started_at,
                                status->pid, status->host);
  if (p.walking) return out + "looking for files\n";
  return out + fmt::format("{} of {} files done, {} searchable (as of {})\n", p.done, p.found,
                           p.committed, status->updated_at);
}

}  // namespace twindex::cli
