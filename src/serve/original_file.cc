#include "serve/original_file.h"

#include "core/document.h"
#include "serve/html.h"
#include "serve/reply.h"

namespace twindex::serve {
namespace {

std::string ContentType(const index::StoredFile& file) {
  const std::string charset =
      "; charset=" +
      (file.document.encoding.empty() ? std::string("utf-8") : file.document.encoding);
  switch (FormatFromName(file.record.format)) {
    case Format::kPdf:
      return "application/pdf";
    case Format::kText:
      return "text/plain" + charset;
    case Format::kHtml:
      return "text/plain" + charset;  // never run the archive's markup
    case Format::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::kOdt:
      return "application/vnd.oasis.opendocument.text";
    case Format::kTiff:
      return "image/tiff";
    case Format::kPng:
      return "image/png";
    case Format::kJpeg:
      return "image/jpeg";
    case Format::kUnknown:
      break;
  }
  return "application/octet-stream";
}

// inline; filename="ASCII fallback"; filename*=UTF-8''percent-encoded (RFC 6266).
std::string Disposition(const std::string& name, bool inline_) {
  std::string ascii;
  for (char c : name) {
    const auto b = static_cast<unsigned char>(c);
    ascii += b < 0x20 || b >= 0x7F || c == '"' || c == '\\' ? '_' : c;
  }
  return std::string(inline_ ? "inline" : "attachment") + "; filename=\"" + ascii +
         "\"; filename*=UTF-8''" + UrlEncode(name);
}

}  // namespace

std::optional<OriginalFile> FindOriginal(const index::Searcher& searcher, const std::string& id) {
  if (!IsFileId(id)) return std::nullopt;
  const std::optional<index::StoredFile> file = searcher.File(id);
  if (!file || file->record.path.empty()) return std::nullopt;
  std::error_code ec;
  const std::filesystem::path path = file->record.path;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return std::nullopt;
  const std::string type = ContentType(*file);
  return OriginalFile{path, size, type,
                      Disposition(path.filename().string(), type != "application/octet-stream")};
}

}  // namespace twindex::serve
