// TextExtractor: plain text files. The bytes are decoded by DecodeToUtf8 (UTF-8, UTF-16 or
// one of the legacy code pages of our languages); doc.encoding names the charset found. Form
// feeds separate pages; without them the file is one page. Plain text has no metadata: the
// first non-blank line is the title when it is short enough to be a heading (else the indexer
// falls back to the file name). Never throws: any bytes are text, bad ones become U+FFFD.
#pragma once

#include <string>
#include <string_view>

#include "extract/extractor.h"

namespace twindex::extract {

class TextExtractor : public Extractor {
 public:
  Document Extract(std::string_view bytes, const std::string& path) const override;
};

}  // namespace twindex::extract
