#include "index/results_json.h"

#include "core/document_json.h"
#include "core/iso_time.h"
#include "core/path_name.h"
#include "tag/gazetteer.h"

namespace twindex::index {
namespace {

std::string JoinPages(const Document& doc) {
  std::string text;
  for (const Page& p : doc.pages) {
    if (&p != &doc.pages.front()) text += "\f";  // form feed between pages, as pdftotext does
    text += p.text;
  }
  return text;
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

// A hit's cities as {"id", "names"}, in the order the file mentions them most.
nlohmann::json HitCitiesJson(const Hit& hit) {
  nlohmann::json cities = nlohmann::json::array();
  for (uint32_t id : hit.cities) cities.push_back({{"id", id}, {"names", CityNamesJson(id)}});
  return cities;
}

}  // namespace

nlohmann::json CityNamesJson(uint32_t id) {
  nlohmann::json names = nlohmann::json::object();
  if (const tag::City* city = tag::Gazetteer::Default().Find(id))
    for (size_t i = 0; i < tag::kNameLanguages; ++i)
      names[std::string(tag::kNameLanguage[i])] = city->name(i);
  return names;
}

std::string CityNameIn(uint32_t id, std::string_view language) {
  const tag::City* city = tag::Gazetteer::Default().Find(id);
  if (city == nullptr) return std::to_string(id);
  for (size_t i = 0; i < tag::kNameLanguages; ++i)
    if (tag::kNameLanguage[i] == language && !city->name(i).empty())
      return std::string(city->name(i));
  return std::string(city->name(0));
}

std::string CityName(uint32_t id) {
  const tag::City* city = tag::Gazetteer::Default().Find(id);
  return city ? std::string(city->name(0)) + " (" + std::string(city->country()) + ")"
              : std::to_string(id);
}

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

nlohmann::json FacetsJson(const Facets& f) {
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

nlohmann::json SearchJson(const std::string& query, const SearchResults& results) {
  nlohmann::json hits = nlohmann::json::array();
  for (const Hit& h : results.hits)
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
  const Facets& f = results.facets;
  if (!f.cities.empty() || !f.years.empty() || !f.languages.empty()) {
    out["facets"] = FacetsJson(f);
    out["facets_exact"] = f.exact;
  }
  return out;
}

nlohmann::json DocumentJson(const Document& doc) {
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

nlohmann::json ShowJson(const StoredFile& file, size_t lines) {
  nlohmann::json out = DocumentJson(file.document);
  out.erase("text");
  const FileRecord& r = file.record;
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

nlohmann::json StatsJson(const IndexStats& s) {
  nlohmann::json langs = nlohmann::json::object(), formats = nlohmann::json::object();
  for (const auto& [lang, n] : s.pages_by_language) langs[lang.empty() ? "und" : lang] = n;
  for (const auto& [format, n] : s.files_by_format) formats[format] = n;
  nlohmann::json failures = nlohmann::json::array();
  for (const auto& [path, reason] : s.failures)
    failures.push_back({{"path", PathName(path)}, {"reason", reason}});
  nlohmann::json ingest_shards = nlohmann::json::array();
  for (const IngestShard& part : s.ingest_shards)
    ingest_shards.push_back({{"k", part.k}, {"n", part.n}});
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
          {"ingest_shards", ingest_shards},
          {"failures", failures}};
}

std::string Dump(const nlohmann::json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DumpCompact(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace twindex::index
