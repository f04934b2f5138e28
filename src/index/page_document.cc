#include "index/page_document.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "core/path_name.h"
#include "index/schema.h"
#include "index/word_term.h"

namespace twindex::index {
namespace {

// Title and body positions are kept apart so that a phrase cannot run from one into the other.
constexpr Xapian::termpos kBodyStart = 1000;

// "YYYY-MM-DD" as a day, or nullopt.
std::optional<std::chrono::sys_days> Day(std::string_view iso) {
  if (schema::DateTerm(iso).size() != 10 || iso.ends_with("-00")) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(iso.data(), iso.data() + 4, y);
  std::from_chars(iso.data() + 5, iso.data() + 7, m);
  std::from_chars(iso.data() + 8, iso.data() + 10, d);
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

}  // namespace

std::vector<std::string> FilterDates(const Document& doc) {
  std::vector<std::string> dates = DocumentDates(doc);
  for (const DateRef& d : doc.dates) {
    const auto first = Day(d.iso), last = Day(d.through);
    if (!first || !last || *last <= *first || *last - *first > std::chrono::days{kMaxRangeDays})
      continue;
    for (auto day = *first + std::chrono::days{1}; day < *last; day += std::chrono::days{1}) {
      const std::chrono::year_month_day ymd{day};
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                    static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
      dates.emplace_back(buf);
    }
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

std::vector<std::string> DocumentDates(const Document& doc) {
  std::vector<std::string> dates;
  if (doc.created.size() >= 10 && !schema::DateTerm(doc.created.substr(0, 10)).empty())
    dates.push_back(doc.created.substr(0, 10));
  if (!schema::DateTerm(doc.date).empty()) dates.push_back(doc.date);
  for (const DateRef& d : doc.dates)
    if (!schema::DateTerm(d.iso).empty()) dates.push_back(d.iso);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

std::string DisplayTitle(const Document& doc) {
  if (!doc.title.empty()) return doc.title;
  return PathName(std::filesystem::path(doc.path).filename().string());
}

namespace {

// Indexes words (ids of `terms`) from position `pos` on, with positions.
void IndexWords(Xapian::Document& xdoc, const std::vector<uint32_t>& words,
                const std::vector<std::string>& terms, Xapian::termpos& pos,
                Xapian::termcount wdf) {
  for (uint32_t id : words) xdoc.add_posting(terms[id], pos++, wdf);
}

}  // namespace

std::string PageLanguage(const Document& doc, const Page& page) {
  return page.language.empty() ? doc.language : page.language;
}

Xapian::Document MakePageDocument(const Document& doc, size_t page_index,
                                  const std::string& file_key, const DocumentWords& words) {
  const Page& page = doc.pages.at(page_index);
  Xapian::Document xdoc;
  const std::string title = DisplayTitle(doc);
  const std::string language = PageLanguage(doc, page);
  Xapian::termpos pos = 1;
  IndexWords(xdoc, words.title, words.terms, pos, schema::kTitleWdfBoost);
  for (uint32_t id : words.title)
    xdoc.add_term(schema::Prefixed(schema::kTitlePrefix, words.terms[id]));
  pos = kBodyStart;
  IndexWords(xdoc, words.pages.at(page_index), words.terms, pos, 1);

  xdoc.add_boolean_term(schema::FileTerm(file_key));
  xdoc.add_boolean_term(schema::Prefixed(schema::kFormatPrefix, FormatName(doc.format)));
  if (!language.empty()) xdoc.add_boolean_term(schema::Prefixed(schema::kLanguagePrefix, language));
  if (page.ocr) xdoc.add_boolean_term(std::string(schema::kOcrPageTerm));
  const std::vector<std::string> dates = DocumentDates(doc);
  for (const std::string& d : FilterDates(doc)) {
    const std::string term = schema::DateTerm(d);
    xdoc.add_boolean_term(term);
    xdoc.add_boolean_term(schema::DateYearTerm(term));
    xdoc.add_boolean_term(schema::DateMonthTerm(term));
  }
  std::vector<uint32_t> cities;
  for (const CityRef& c : doc.cities) {
    xdoc.add_boolean_term(schema::CityTerm(c.id));
    cities.push_back(c.id);
  }

  xdoc.add_value(schema::kSlotFileKey, file_key);
  if (const std::string day = schema::DateTerm(doc.date); !day.empty())
    xdoc.add_value(schema::kSlotDate, day.substr(schema::kDatePrefix.size()));
  std::set<std::string> facet_items;
  if (!doc.language.empty()) facet_items.insert(schema::Prefixed("l", doc.language));
  for (uint32_t id : cities) facet_items.insert(schema::Prefixed("c", std::to_string(id)));
  for (const std::string& d : dates) facet_items.insert(schema::Prefixed("y", d.substr(0, 4)));
  std::string facets;
  for (const std::string& item : facet_items) facets.append(item).push_back(' ');
  xdoc.add_value(schema::kSlotFacets, facets);
  nlohmann::json data = {{"path", PathName(doc.path)},
                         {"title", title},
                         {"page", page.number},
                         {"pages", doc.pages.size()},
                         {"lang", language},
                         {"format", FormatName(doc.format)},
                         {"dates", dates},
                         {"cities", cities},
                         {"date", doc.date},
                         {"text", page.text}};
  xdoc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return xdoc;
}

}  // namespace twindex::index
