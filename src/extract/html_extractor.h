// HtmlExtractor: the visible text of an HTML page as one Page, through libxml2's forgiving HTML
// parser.
//
// Left out: script, style, noscript, template, iframe, head (but see title), and elements with a
// `hidden` attribute or an inline style "display: none". Block elements (p, div, li, h1-h6, tr,
// ...) and <br> end lines, inline ones do not; the cells of a table row are separated by tabs;
// <pre> keeps its own spacing. doc.title is <title>, else the first <h1>;
// doc.author is <meta name="author">.
//
// Charset: what the page declares (<meta charset>, <meta http-equiv="Content-Type">, BOM), found
// by libxml2, is decoded by DecodeToUtf8, which also guesses when nothing is declared and
// the bytes are not UTF-8. doc.encoding names the source charset ("windows-1251", "UTF-8", ...).
// libxml2's diagnostics are silenced in every thread that extracts (its error handlers are per
// thread).
#pragma once

#include "extract/extractor.h"

namespace twindex::extract {

class HtmlExtractor : public Extractor {
 public:
  Document Extract(std::string_view bytes, const std::string& path) const override;
};

}  // namespace twindex::extract
