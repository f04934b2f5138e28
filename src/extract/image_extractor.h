// ImageExtractor: a scanned image file (TIFF with every page, PNG, JPEG) becomes a Document with
// one empty page per frame; the OCR stage (src/ocr/) reads the frames and fills the text.
#pragma once

#include "extract/extractor.h"

namespace twindex::extract {

class ImageExtractor : public Extractor {
 public:
  explicit ImageExtractor(Format format) : format_(format) {}
  Document Extract(std::string_view bytes, const std::string& path) const override;

 private:
  Format format_;
};

}  // namespace twindex::extract
