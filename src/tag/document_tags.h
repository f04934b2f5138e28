// DocumentTags: tags a Document's cities and dates, page by page, into doc.cities (by id, with
// how often each is mentioned; derived adjectives do not count) and doc.dates (in text order).
// Sets doc.date, the document's own date (own_date.h: its signing or publication date, else its
// metadata's creation date). A date without a year that nothing before it dates takes its year
// from it (date_tagger.h), and so does one marked "this year" ("27 września br.", "с.г.").
#pragma once

#include "core/document.h"
#include "tag/gazetteer.h"

namespace twindex::tag {

void TagDocument(Document& doc, const Gazetteer& gazetteer = Gazetteer::Default());

}  // namespace twindex::tag
