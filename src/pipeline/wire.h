// Wire: how a Document crosses the pipe from an extraction worker to the ingest (frame_io.h
// carries the bytes). Encode and decode round-trip every field of the Document.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/document.h"

namespace twindex::pipeline {

struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string EncodeDocument(const Document& doc);
Document DecodeDocument(std::string_view bytes);  // throws WireError on a malformed message

}  // namespace twindex::pipeline
