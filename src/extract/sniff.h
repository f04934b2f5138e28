// Sniff: the format of a file from its content (magic numbers), never from its name, so a PDF
// called "agreement.txt" is read as a PDF and a JPEG called "scan.pdf" is not fed to Poppler.
#pragma once

#include <string_view>

#include "core/document.h"

namespace twindex::extract {

// `bytes` is the whole file: telling DOCX from ODT from any other zip needs the member names.
// Returns kUnknown for binary content no extractor reads (images until OCR lands, archives...).
Format Sniff(std::string_view bytes);

}  // namespace twindex::extract
