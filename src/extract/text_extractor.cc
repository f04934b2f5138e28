#include "extract/text_extractor.h"

#include <utility>

#include "text/charset.h"

namespace twindex::extract {

Document TextExtractor::Extract(std::string_view bytes, const std::string& /*path*/) const {
  text::DecodedText decoded = text::DecodeToUtf8(bytes);
  Document doc;
  doc.format = Format::kText;
  doc.encoding = std::move(decoded.encoding);
  doc.pages.push_back(Page{.number = 1, .text = std::move(decoded.utf8)});
  return doc;
}

}  // namespace twindex::extract
