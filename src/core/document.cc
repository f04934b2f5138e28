#include "core/document.h"

#include <array>
#include <utility>

namespace twindex {
namespace {
constexpr std::array<std::pair<Format, std::string_view>, 9> kFormatNames{{
    {Format::kUnknown, "unknown"},
    {Format::kPdf, "pdf"},
    {Format::kText, "text"},
    {Format::kDocx, "docx"},
    {Format::kOdt, "odt"},
    {Format::kHtml, "html"},
    {Format::kTiff, "tiff"},
    {Format::kPng, "png"},
    {Format::kJpeg, "jpeg"},
}};
}  // namespace

std::string_view FormatName(Format format) {
  for (const auto& [f, name] : kFormatNames)
    if (f == format) return name;
  return "unknown";
}

Format FormatFromName(std::string_view name) {
  for (const auto& [f, n] : kFormatNames)
    if (n == name) return f;
  return Format::kUnknown;
}

}  // namespace twindex
