#include "index/metadata_codec.h"

#include <zlib.h>

#include "index/errors.h"

namespace twindex::index {
namespace {

// The skeletons of the JSON (file_record.cc ToJson, core/document_json.cc ToJson), keys in the
// order nlohmann writes them (sorted), with the values most files have. Deflate copies from
// the dictionary's end at the shortest distances, so the most repeated part (a page's OCR
// fields, one per page) comes last.
constexpr std::string_view kFileRecordDictionary =
    R"({"error":"","failed":true,"format":"pdf","format":"docx","format":"odt","format":"html",)"
    R"("indexed_at":17,"mtime_ns":17,"pages":1,"path":"/","size":)"
    R"({"error":"","failed":false,"format":"text","hash":")";

constexpr std::string_view kDocumentDictionary =
    R"({"author":"","cities":[{"id":,"mentions":1},{"id":],"created":"20",)"
    R"("date":"","dates":[{"iso":"20-0-","text":"","through":"20-0-","year_inferred":false},)"
    R"({"iso":"19-1-","text":"","year_inferred":true}],"encoding":"UTF-8","format":"pdf",)"
    R"("format":"text","language":"pl","language":"lt","language":"be","language":"ru",)"
    R"("pages":[{"language":"","number":1,"ocr":true,"ocr_confidence":9,)"
    R"("ocr_error":"","ocr_languages":"pol+bel+lit+rus","ocr_rotation":0,"ocr_seconds":1.)"
    R"(},{"language":"","number":2,"ocr":false,"ocr_confidence":0,"ocr_error":"",)"
    R"("ocr_languages":"","ocr_rotation":0,"ocr_seconds":0.0}],"path":"/","title":")";

// Raw deflate (no zlib header or checksum: 6 bytes a value) with a 32 KB window.
constexpr int kRawDeflateWindowBits = -15;

const Bytef* Bytes(std::string_view s) { return reinterpret_cast<const Bytef*>(s.data()); }

}  // namespace

std::string_view MetadataDictionary(MetadataKind kind) {
  return kind == MetadataKind::kFileRecord ? kFileRecordDictionary : kDocumentDictionary;
}

std::string EncodeMetadata(MetadataKind kind, std::string_view json) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kRawDeflateWindowBits, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK)
    throw IndexError("cannot compress index metadata: out of memory");
  const std::string_view dictionary = MetadataDictionary(kind);
  deflateSetDictionary(&z, Bytes(dictionary), static_cast<uInt>(dictionary.size()));
  std::string out(deflateBound(&z, json.size()), '\0');
  z.next_in = const_cast<Bytef*>(Bytes(json));
  z.avail_in = static_cast<uInt>(json.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw IndexError("cannot compress index metadata");
  return out;
}

std::string DecodeMetadata(MetadataKind kind, std::string_view stored) {
  z_stream z{};
  if (inflateInit2(&z, kRawDeflateWindowBits) != Z_OK)
    throw IndexError("cannot read index metadata: out of memory");
  const std::string_view dictionary = MetadataDictionary(kind);
  inflateSetDictionary(&z, Bytes(dictionary), static_cast<uInt>(dictionary.size()));
  z.next_in = const_cast<Bytef*>(Bytes(stored));
  z.avail_in = static_cast<uInt>(stored.size());
  std::string json;
  char buffer[16384];
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    status = inflate(&z, Z_NO_FLUSH);
    json.append(buffer, sizeof buffer - z.avail_out);
  }
  const bool whole = status == Z_STREAM_END && z.avail_in == 0;
  inflateEnd(&z);
  if (!whole) throw IndexError("corrupt index metadata (not a value this version wrote)");
  return json;
}

}  // namespace twindex::index
