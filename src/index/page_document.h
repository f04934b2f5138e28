// PageDocument: builds the Xapian document for one page of a file, following schema.h.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "core/document.h"
#include "index/document_words.h"

namespace twindex::index {

// The dates a document carries that can be placed in a range (YYYY-MM-DD or YYYY-MM): its own
// (creation) date and the dates in its text, sorted, without duplicates.
std::vector<std::string> DocumentDates(const Document& doc);

// The days a --from/--to filter finds the document by: DocumentDates and every day inside a range
// the text writes ("14–16 września 2014" lists 14 and 16; an event then took place on the 15th
// too), for ranges of up to kMaxRangeDays.
std::vector<std::string> FilterDates(const Document& doc);
inline constexpr int kMaxRangeDays = 62;

// Title shown for a file: its metadata title, or its file name when it has none.
std::string DisplayTitle(const Document& doc);

// The language a page is indexed in: its own, else its document's.
std::string PageLanguage(const Document& doc, const Page& page);

// The Xapian document (schema.h) of page `page_index` of `doc`, whose words `words` holds
// (AnalyzeDocumentWords(doc)). The index also needs the words' form links stored
// (words.form_links), for them to be found by their other forms.
Xapian::Document MakePageDocument(const Document& doc, size_t page_index,
                                  const std::string& file_key, const DocumentWords& words);

}  // namespace twindex::index
