// PdfExtractor: the text layer of a PDF through Poppler's C++ API, one Page per PDF page in
// reading order, with title, author and creation date from the document information.
// Corrupt, truncated and password-protected files throw ExtractError saying which.
#pragma once

#include "extract/extractor.h"

namespace twindex::extract {

class PdfExtractor : public Extractor {
 public:
  PdfExtractor();
  Document Extract(std::string_view bytes, const std::string& path) const override;
};

}  // namespace twindex::extract
