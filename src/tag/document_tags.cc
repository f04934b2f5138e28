#include "tag/document_tags.h"

#include <algorithm>
#include <charconv>

#include "tag/city_tagger.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

// The year of the document's own date ("2017-04-27T..."), or 0.
int ReferenceYear(const Document& doc) {
  int year = 0;
  if (doc.created.size() >= 4) std::from_chars(doc.created.data(), doc.created.data() + 4, year);
  return year;
}

}  // namespace

void TagDocument(Document& doc, const Gazetteer& gazetteer) {
  const int year = ReferenceYear(doc);
  doc.cities.clear();
  doc.dates.clear();
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
    for (DateMention& d : TagDates(page.text, year))
      doc.dates.push_back({std::move(d.iso), std::move(d.text)});
  }
  // Most mentioned first: what the document is about.
  std::stable_sort(doc.cities.begin(), doc.cities.end(),
                   [](const CityRef& a, const CityRef& b) { return a.mentions > b.mentions; });
}

}  // namespace twindex::tag
