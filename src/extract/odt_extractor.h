// OdtExtractor: the text of an OpenDocument text file as one Page: master-page headers, body,
// footnotes and endnotes, master-page footers, in that order (a header repeated on left/first
// pages once). Paragraphs and headings become lines; a table row becomes a line with its cells
// separated by tabs. Tracked changes read as accepted, comments are left out. Title, author
// (initial creator, else last editor) and creation date come from meta.xml. A file that is not a
// zip, has no content.xml or is password-protected throws ExtractError.
#pragma once

#include "extract/extractor.h"

namespace twindex::extract {

class OdtExtractor : public Extractor {
 public:
  Document Extract(std::string_view bytes, const std::string& path) const override;
};

}  // namespace twindex::extract
