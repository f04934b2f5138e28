// Wire: the messages between the ingest and its extraction workers (frame_io.h carries them).
//
// A Document is the bulk of the traffic, a page's text most of it, so it travels in a plain
// binary form rather than JSON (which cost both sides an escaping pass over every page):
// a magic byte and version, then each field in Document's order, strings as a 32-bit length and
// the bytes, numbers little-endian. Both ends are the same binary, so there is no versioning
// beyond the magic; a message that does not decode whole is a WireError, never a partial
// Document.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/document.h"
#include "index/document_words.h"

namespace twindex::pipeline {

struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string EncodeDocument(const Document& doc);
Document DecodeDocument(std::string_view bytes);  // throws WireError

// A worker's extracted file: the Document and its words analyzed for the index (the writer's
// process then loads no dictionary, index/document_words.h). Decoding checks that every word id
// names a term and that there are as many pages of words as pages.
struct Extracted {
  Document document;
  index::DocumentWords words;
};
std::string EncodeExtracted(const Document& doc, const index::DocumentWords& words);
Extracted DecodeExtracted(std::string_view bytes);  // throws WireError

// A worker's reply: what it found (its kind) and a payload. kHash: the content hash;
// kDocument: an encoded Extracted; kUnchanged: nothing; kError: the reason.
struct Reply {
  enum class Kind : char { kHash = 'H', kDocument = 'D', kUnchanged = 'U', kError = 'E' } kind;
  std::string_view payload;  // within the decoded bytes
};
std::string EncodeReply(Reply::Kind kind, std::string_view payload);
Reply DecodeReply(std::string_view bytes);  // throws WireError

}  // namespace twindex::pipeline
