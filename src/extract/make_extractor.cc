// MakeExtractor: the one place that maps a format to its extractor.
#include "extract/docx_extractor.h"
#include "extract/extractor.h"
#include "extract/html_extractor.h"
#include "extract/image_extractor.h"
#include "extract/odt_extractor.h"
#include "extract/pdf_extractor.h"
#include "extract/text_extractor.h"

namespace twindex::extract {

std::unique_ptr<Extractor> MakeExtractor(Format format) {
  switch (format) {
    case Format::kPdf:
      return std::make_unique<PdfExtractor>();
    case Format::kText:
      return std::make_unique<TextExtractor>();
    case Format::kDocx:
      return std::make_unique<DocxExtractor>();
    case Format::kOdt:
      return std::make_unique<OdtExtractor>();
    case Format::kHtml:
      return std::make_unique<HtmlExtractor>();
    case Format::kTiff:
    case Format::kPng:
    case Format::kJpeg:
      return std::make_unique<ImageExtractor>(format);
    case Format::kUnknown:
      break;
  }
  return nullptr;
}

}  // namespace twindex::extract
