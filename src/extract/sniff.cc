#include "extract/sniff.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace twindex::extract {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A zip's member names are stored uncompressed in its local and central headers, so a plain
// search finds them without unpacking. ODF puts an uncompressed "mimetype" member first.
Format SniffZip(std::string_view bytes) {
  if (bytes.size() > 38 && bytes.substr(30, 8) == "mimetype") {
    if (bytes.find("application/vnd.oasis.opendocument.text", 38) < 120) return Format::kOdt;
  }
  if (bytes.find("[Content_Types].xml") != std::string_view::npos &&
      bytes.find("word/document.xml") != std::string_view::npos)
    return Format::kDocx;
  return Format::kUnknown;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool LooksLikeHtml(std::string_view head) {
  // Skip a UTF-8 BOM and leading whitespace; HTML starts with a doctype, <html>, or a comment
  // followed soon by one of the usual top-level tags.
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head[start] != '<') return false;
  std::string lower = LowerAscii(head.substr(start, 1024));
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"})
    if (StartsWith(lower, tag)) return true;
  return StartsWith(lower, "<!--") && (lower.find("<html") != std::string::npos ||
                                       lower.find("<!doctype html") != std::string::npos);
}

// Text: a BOM, or no NUL bytes and few control characters in the first 8 KiB. Legacy 8-bit
// charsets use the 0x80-0xFF range freely, so only C0 controls count against text.
bool LooksLikeText(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) return true;
  std::string_view head = bytes.substr(0, 8192);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) ++controls;
  }
  return controls * 100 <= head.size();
}

}  // namespace

Format Sniff(std::string_view bytes) {
  if (bytes.empty()) return Format::kUnknown;
  // PDF readers accept the header anywhere in the first KiB (junk before it is common).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::kPdf;
  if (StartsWith(bytes, "PK\x03\x04")) return SniffZip(bytes);
  // Byte-order mark and 42, in either order: "II*\0" or "MM\0*".
  if (StartsWith(bytes, std::string_view("II*\0", 4)) ||
      StartsWith(bytes, std::string_view("MM\0*", 4)))
    return Format::kTiff;
  if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) return Format::kPng;
  if (StartsWith(bytes, "\xFF\xD8\xFF")) return Format::kJpeg;
  if (LooksLikeHtml(bytes.substr(0, 4096))) return Format::kHtml;
  if (LooksLikeText(bytes)) return Format::kText;
  return Format::kUnknown;
}

}  // namespace twindex::extract
