// DocumentTags: tags a Document's cities and dates, page by page, into doc.cities (by id, with
// how often each is mentioned; derived adjectives do not count) and doc.dates (in text order).
// Sets doc.date, the document's own date: the first full date near the start of its text (a
// letter's "Place, date" line, a dateline), else the last near its end (an agreement's "done at
// ..., on ..."), else its metadata's creation date. A date marked "this year" ("27 września
// br.", "с.г.", "š. m.") takes its year from it.
#pragma once

#include "core/document.h"
#include "tag/gazetteer.h"

namespace twindex::tag {

void TagDocument(Document& doc, const Gazetteer& gazetteer = Gazetteer::Default());

}  // namespace twindex::tag
