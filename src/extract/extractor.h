// Extractor: turns the bytes of one file of a known format into a Document (metadata and pages of
// raw UTF-8 text). One implementation per format, chosen by Sniff() from the content.
//
// Extractors know nothing of languages, tags or indexes, and do not clean text beyond producing
// valid UTF-8 (text/cleanup does that). A file that cannot be read as its format makes Extract
// throw ExtractError with a reason a user can act on ("encrypted PDF", "truncated zip", ...).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/document.h"

namespace twindex::extract {

class ExtractError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // `bytes` is the whole file; `path` is for messages only. Fills format, metadata and pages;
  // leaves doc.path to the caller.
  virtual Document Extract(std::string_view bytes, const std::string& path) const = 0;
};

// The extractor for `format`, or nullptr for Format::kUnknown.
std::unique_ptr<Extractor> MakeExtractor(Format format);

}  // namespace twindex::extract
