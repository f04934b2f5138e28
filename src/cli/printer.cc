#include "cli/printer.h"

#include <fmt/format.h>

#include <ctime>

#include "core/document_json.h"
#include "core/iso_time.h"
#include "core/path_name.h"
#include "index/results_json.h"

namespace twindex::cli {
namespace {

using index::CityName;
using index::CityNameIn;
using index::FirstLines;

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

// "ocr pol+rus, confidence 87%, turned 90°" / "text layer"
std::string PageSource(const Page& p) {
  if (!p.ocr) return p.ocr_error.empty() ? "text layer" : "no text: " + p.ocr_error;
  std::string out = fmt::format("OCR {}, confidence {}%", p.ocr_languages, p.ocr_confidence);
  if (p.ocr_rotation != 0) out += fmt::format(", turned {}°", p.ocr_rotation);
  return out;
}

// The parts of a folder tree an index holds (index::IndexStats::ingest_shards), if any.
std::string IngestShardsText(const std::vector<index::IngestShard>& parts) {
  if (parts.empty()) return "";
  if (parts.size() == 1)
    return fmt::format("folder tree: {} (ingest --shard {})\n", index::IngestShardName(parts[0]),
                       index::IngestShardSpec(parts[0]));
  std::string out = "folder tree: shards";
  for (const index::IngestShard& part : parts)
    out += (&part == &parts.front() ? " " : ", ") + index::IngestShardSpec(part);
  return out + "\n";
}

}  // namespace

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
  out += IngestShardsText(s.ingest_shards);
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
