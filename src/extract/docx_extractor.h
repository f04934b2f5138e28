// DocxExtractor: the text of a Word (OOXML) document as one Page: headers, body, footnotes,
// endnotes, footers, in that order (a header repeated as first-page/even/default header once).
// Paragraphs become lines; a table row becomes a line with its cells separated by tabs. Tracked
// changes read as accepted: deleted text is left out, inserted text kept. Title, author and
// creation date come from docProps/core.xml. A file that is not a zip, or has no
// word/document.xml, throws ExtractError.
#pragma once

#include "extract/extractor.h"

namespace twindex::extract {

class DocxExtractor : public Extractor {
 public:
  Document Extract(std::string_view bytes, const std::string& path) const override;
};

}  // namespace twindex::extract
