// DocumentTags: tags a Document's cities and dates, page by page, into doc.cities (by id, with
// how often each is mentioned; derived adjectives do not count) and doc.dates (in text order).
// A date marked "this year" ("27 września br.") takes its year from the document's own date.
#pragma once

#include "core/document.h"
#include "tag/gazetteer.h"

namespace twindex::tag {

void TagDocument(Document& doc, const Gazetteer& gazetteer = Gazetteer::Default());

}  // namespace twindex::tag
