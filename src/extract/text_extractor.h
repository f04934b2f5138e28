// TextExtractor: plain text files. The bytes are decoded by text::DecodeToUtf8 (UTF-8, UTF-16 or
// one of the legacy code pages of our languages) into a single page, number 1; doc.encoding names
// the charset found. Plain text has no metadata, so title and author stay empty (the indexer falls
// back to the file name). Never throws: any bytes are text, bad ones become U+FFFD.
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
