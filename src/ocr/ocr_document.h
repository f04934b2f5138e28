// OcrDocument: fills the pages of a Document that have no usable text by OCR — every frame of a
// scanned image file, and the pages of a PDF whose text layer is missing or unusable
// (text_layer.h); pages with real text are left alone, so a mixed PDF OCRs exactly its scans.
//
// Per page: the image (rendered at `dpi` for PDF pages), the OCR cache (ocr_cache.h), turned
// upright when Tesseract's orientation detection is confident, its script (Latin or Cyrillic:
// OSD, or when OSD is unsure, a quick read of a band of the page), then recognised in the
// languages of that script — one language once the document's language is known — or in the
// languages the user gave. A page that fails (too large, too slow) keeps an error and no text;
// a file none of whose pages could be read throws ExtractError. The first page that needs OCR
// is read alone (it may tell the document's language); the rest on `options.threads` threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/document.h"

namespace twindex::ocr {

class OcrEnginePool;

struct OcrOptions {
  std::string languages;  // Tesseract's codes, "pol" or "rus+bel"; "" = choose per page
  int dpi = 300;          // rendering of PDF pages
  std::chrono::milliseconds page_timeout{std::chrono::seconds(120)};
  uint64_t max_pixels = 150'000'000;  // larger pages are refused, not decoded
  std::filesystem::path cache_dir;    // "" = no cache
  unsigned threads = 1;               // pages OCR'd at once, each on its own engine
  size_t min_text_letters = 30;       // a PDF page with fewer letters is OCR'd (text_layer.h)
};

// Checks user-given OCR languages ("pol", "rus+bel") against the installed language data;
// returns "" if they are fine, else what is wrong, for a usage error.
std::string CheckLanguages(const std::string& languages);

void OcrDocument(Document& doc, std::string_view bytes, const OcrOptions& options,
                 OcrEnginePool& engines);

}  // namespace twindex::ocr
