// Charset: decodes text of unknown encoding to UTF-8.
//
// Archives hold UTF-8, UTF-16 (with BOM, or without: then its 0x00-0x1F bytes betray it),
// windows-1250 / ISO-8859-2, windows-1251 / KOI8-R, windows-1257 / ISO-8859-13. ICU's detector
// alone confuses the single-byte ones, so every plausible candidate is decoded and the one whose
// text looks most like Polish, Belarusian, Lithuanian or Russian wins (valid UTF-8 counting in
// favour of UTF-8). Of two charsets that give the same text, the more common one is reported
// (windows-* before ISO-*). Reliable from about 40 characters of text on; shorter snippets with a
// single non-ASCII letter can be ambiguous.
#pragma once

#include <string>
#include <string_view>

namespace twindex::text {

struct DecodedText {
  std::string utf8;      // valid UTF-8 (BOM removed)
  std::string encoding;  // canonical name of the source charset, e.g. "UTF-8", "windows-1257"
};

// Never throws for bad bytes: undecodable sequences become U+FFFD. A BOM decides first. `declared`
// is a charset named by the container (HTML meta, HTTP header); when ICU knows it and it decodes
// without errors it is used, even if it is wrong (a page declared ISO-8859-2 but written in
// windows-1250 decodes without errors): the container's word beats a guess.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared = {});

// Converts from a named charset (ICU converter name) to UTF-8; U+FFFD for bad bytes.
// Throws std::invalid_argument if ICU does not know the charset.
std::string ConvertToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace twindex::text
