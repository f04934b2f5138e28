// ProcessFile: all the work done on one file before it is indexed — read it, tell its format
// from its content, extract, clean the text, identify its languages, tag cities and dates.
// It runs inside an extraction worker process during ingest, and in-process for
// `twindex extract`, so both see exactly the same Document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.h"
#include "ocr/ocr_document.h"

namespace twindex::pipeline {

struct ProcessLimits {
  uint64_t max_file_size = uint64_t{512} << 20;  // larger files are refused, not read
  ocr::OcrOptions ocr;                           // pages without text, and image files
};

// The whole file. Throws extract::ExtractError with a reason for the user: "cannot open:
// Permission denied", "file too large ...", read errors.
std::string ReadFileBytes(const std::string& path, const ProcessLimits& limits);

// Sniff, extract, OCR what has no text, clean, identify languages, tag. Throws
// extract::ExtractError: "empty file", "unsupported format ...", or the extractor's own reason.
// OCR uses one Tesseract engine per thread, made on first use and kept.
Document ProcessBytes(std::string_view bytes, const std::string& path,
                      const ProcessLimits& limits = {});

// ProcessBytes(ReadFileBytes(path)).
Document ProcessFile(const std::string& path, const ProcessLimits& limits);

}  // namespace twindex::pipeline
