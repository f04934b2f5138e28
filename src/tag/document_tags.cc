#include "tag/document_tags.h"

#include <algorithm>
#include <charconv>

#include "tag/city_tagger.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

// How far into the first page, or back from the end of the last, the document's own date is
// looked for: a letter's "Place, date" line, a news item's dateline, an agreement's "done at
// ..., on ..." before the signatures.
constexpr size_t kOwnDateReach = 600;

// A day with the year the text gives it.
bool FullDate(const DateMention& d) {
  return d.iso.size() == 10 && d.iso[0] != '-' && !d.year_inferred;
}

// The document's own date: the first full date near the start of its text, else the last near
// its end, else its metadata's creation date.
std::string OwnDate(const Document& doc) {
  if (!doc.pages.empty()) {
    const std::string& first = doc.pages.front().text;
    for (const DateMention& d : TagDates(std::string_view(first).substr(0, kOwnDateReach)))
      if (FullDate(d)) return d.iso;
    const std::string& last = doc.pages.back().text;
    const size_t from = last.size() > kOwnDateReach ? last.size() - kOwnDateReach : 0;
    std::vector<DateMention> tail = TagDates(std::string_view(last).substr(from));
    for (auto it = tail.rbegin(); it != tail.rend(); ++it)
      if (FullDate(*it)) return it->iso;
  }
  if (doc.created.size() >= 10) return doc.created.substr(0, 10);
  return "";
}

}  // namespace

void TagDocument(Document& doc, const Gazetteer& gazetteer) {
  doc.cities.clear();
  doc.dates.clear();
  doc.date = OwnDate(doc);
  // Dates without a year take it from the text before them, else from the document's own date
  // (date_tagger.h), across pages.
  YearContext years;
  if (doc.date.size() >= 4)
    std::from_chars(doc.date.data(), doc.date.data() + 4, years.reference_year);
  for (const Page& page : doc.pages) {
    for (const CityMention& m : TagCities(page.text, page.language, gazetteer)) {
      if (m.related) continue;
      auto it = std::find_if(doc.cities.begin(), doc.cities.end(),
                             [&](const CityRef& c) { return c.id == m.id; });
      if (it == doc.cities.end())
        doc.cities.push_back({m.id, 1});
      else
        ++it->mentions;
    }
    for (DateMention& d : TagDates(page.text, years))
      doc.dates.push_back({std::move(d.iso), std::move(d.text), d.year_inferred});
  }
  // Most mentioned first: what the document is about.
  std::stable_sort(doc.cities.begin(), doc.cities.end(),
                   [](const CityRef& a, const CityRef& b) { return a.mentions > b.mentions; });
}

}  // namespace twindex::tag
