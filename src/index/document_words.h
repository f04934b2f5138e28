// DocumentWords: a file's words as the index takes them — each page's words and the title's as
// ids of their Xapian terms, and the form links (form_links.h) of all of them. Word breaking and
// analysis (stems from the Hunspell dictionaries, romanizations) are the costly part of making a
// file's page documents: AnalyzeDocumentWords does them where the dictionaries are loaded
// anyway, the extraction worker (which stems for the taggers), and the result crosses the worker
// pipe with the Document (pipeline/wire.h), so that the process that writes the index neither
// breaks words nor loads a dictionary. The page documents made from it are the same as from
// analyzing the Document in the writing process: it is the same analysis, made elsewhere.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "index/form_links.h"

namespace twindex::index {

struct DocumentWords {
  std::vector<std::string> terms;            // by id: a word's exact term (schema::WordTerm)
  std::vector<uint32_t> title;               // DisplayTitle's words, in the document's language
  std::vector<std::vector<uint32_t>> pages;  // per page of the Document, its words in order
  std::vector<FormLink> form_links;          // of every word above, each analyzed word's once
  bool operator==(const DocumentWords&) const = default;
};

// Breaks and analyzes the title and every page (in PageLanguage). Any thread; uses the thread's
// word cache (text::AnalyzeDocumentWord).
DocumentWords AnalyzeDocumentWords(const Document& doc);

}  // namespace twindex::index
