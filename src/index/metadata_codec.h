// MetadataCodec: the stored form of the user metadata values (schema.h: F<key>, D<key>).
//
// Glass keeps user metadata in the postlist table and does not compress it; the JSON of a
// file's record and document was nearly half of that table. A value is stored as raw deflate
// (zlib) primed with a preset dictionary per kind of value: the skeleton of its own JSON (key
// names and the usual defaults), written from the schema, not learnt from any collection. A
// record compresses about 2x, a document about 3x, where plain deflate gives 1.3x and 1.9x:
// these values are a few hundred bytes, too short for deflate to learn their key names.
//
// The dictionaries are part of the index format: changing one makes every stored value
// unreadable, so it needs a new schema::kSchemaVersion (an old index is then rebuilt).
#pragma once

#include <string>
#include <string_view>

namespace twindex::index {

enum class MetadataKind { kFileRecord, kDocument };

// The stored form of `json` (never empty, so it cannot read as a deleted key).
std::string EncodeMetadata(MetadataKind kind, std::string_view json);
// The JSON back; throws IndexError if `stored` is not a value EncodeMetadata made for `kind`.
std::string DecodeMetadata(MetadataKind kind, std::string_view stored);

// The preset dictionary of `kind` (for tests: it should name every key the JSON has).
std::string_view MetadataDictionary(MetadataKind kind);

}  // namespace twindex::index
