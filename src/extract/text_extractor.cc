#include "extract/text_extractor.h"

#include <utility>

#include "extract/charset.h"

namespace twindex::extract {
namespace {

// A title longer than this is a paragraph, not a heading.
constexpr size_t kMaxTitleBytes = 160;

std::string FirstLineAsTitle(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\f\v";
  while (!text.empty()) {
    std::string_view line = text.substr(0, text.find('\n'));
    text.remove_prefix(std::min(text.size(), line.size() + 1));
    const size_t begin = line.find_first_not_of(kSpace);
    if (begin == std::string_view::npos) continue;
    line = line.substr(begin, line.find_last_not_of(kSpace) - begin + 1);
    return line.size() <= kMaxTitleBytes ? std::string(line) : std::string();
  }
  return {};
}

}  // namespace

Document TextExtractor::Extract(std::string_view bytes, const std::string& /*path*/) const {
  DecodedText decoded = DecodeToUtf8(bytes);
  Document doc;
  doc.format = Format::kText;
  doc.encoding = std::move(decoded.encoding);
  doc.title = FirstLineAsTitle(decoded.utf8);
  // Form feeds separate pages (pdftotext and many report generators write them).
  std::string_view text = decoded.utf8;
  for (int number = 1;; ++number) {
    const size_t ff = text.find('\f');
    doc.pages.push_back(Page{.number = number, .text = std::string(text.substr(0, ff))});
    if (ff == std::string_view::npos) break;
    text.remove_prefix(ff + 1);
    if (text.find_first_not_of(" \t\r\n\f") == std::string_view::npos) break;  // trailing \f
  }
  return doc;
}

}  // namespace twindex::extract
