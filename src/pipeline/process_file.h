// ProcessFile: all the work done on one file before it is indexed — read it, tell its format
// from its content, extract, clean the text (language and tags join here in later stages).
// It runs inside an extraction worker process during ingest, and in-process for
// `twindex extract`, so both see exactly the same Document.
#pragma once

#include <cstdint>
#include <string>

#include "core/document.h"

namespace twindex::pipeline {

struct ProcessLimits {
  uint64_t max_file_size = uint64_t{512} << 20;  // larger files are refused, not read
};

// Throws extract::ExtractError with a reason for the user: "empty file", "file too large ...",
// "unsupported format ...", "permission denied", or the extractor's own reason.
Document ProcessFile(const std::string& path, const ProcessLimits& limits);

}  // namespace twindex::pipeline
