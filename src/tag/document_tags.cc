#include "tag/document_tags.h"

#include <algorithm>
#include <charconv>

#include "tag/city_tagger.h"
#include "tag/date_tagger.h"
#include "tag/own_date.h"

namespace twindex::tag {

void TagDocument(Document& doc, const Gazetteer& gazetteer) {
  doc.cities.clear();
  doc.dates.clear();
  bool stated = false;
  doc.date = OwnDate(doc, &stated);
  // Dates without a year take it from the text before them, else from the document's own date
  // (date_tagger.h), across pages.
  YearContext years;
  if (doc.date.size() >= 4)
    std::from_chars(doc.date.data(), doc.date.data() + 4, years.reference_year);
  years.reference_stated = stated;
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
      doc.dates.push_back(
          {std::move(d.iso), std::move(d.text), d.year_inferred, std::move(d.through)});
  }
  // Most mentioned first: what the document is about.
  std::stable_sort(doc.cities.begin(), doc.cities.end(),
                   [](const CityRef& a, const CityRef& b) { return a.mentions > b.mentions; });
}

}  // namespace twindex::tag
