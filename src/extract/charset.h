// Charset: decodes text of unknown encoding to UTF-8.
//
// Archives hold UTF-8, UTF-16 (with BOM, or without: then its 0x00-0x1F bytes betray it) and the
// legacy code pages of our languages: for Polish windows-1250, ISO-8859-2, IBM852 (DOS),
// x-mac-centraleurroman and ISO-8859-16; for Lithuanian windows-1257, ISO-8859-13, ISO-8859-4,
// ISO-8859-10 (and x-mac-centraleurroman); for Russian and Belarusian windows-1251, KOI8-R,
// IBM866 (DOS), KOI8-U, ISO-8859-5, IBM855 and x-mac-cyrillic. ICU's detector alone confuses the
// single-byte ones, so every candidate decodes 16 KiB (from shortly before the first byte beyond
// ASCII) and the one whose text looks most like Polish, Belarusian, Lithuanian or Russian wins
// (charset_score.h; valid UTF-8 counting in favour of UTF-8). Of several charsets that give the
// same text, the commonest is reported, in the order above (windows-* first; Russian in KOI8-U is
// KOI8-R); a rarer page also starts with a small prior cost.
//
// How short a text may be: every 55-character stretch of the test samples decodes right in every
// page that can hold it (tests/extract/charset_test.cc, kReliableLength). On texts not used while
// tuning (tests/data/pdf-src, in every page of their script), 99.4% of 55-character and 99.7% of
// 80-character stretches do, 98% of 10-character ones, and every whole document. What goes wrong
// is a stretch in which one or two letters alone tell two pages apart and both readings are
// plausible ("się" / "siś", "С тех" / "— тех").
#pragma once

#include <string>
#include <string_view>

namespace twindex::extract {

struct DecodedText {
  std::string utf8;      // valid UTF-8 (BOM removed)
  std::string encoding;  // canonical name of the source charset, e.g. "UTF-8", "windows-1257"
};

// Never throws for bad bytes: undecodable sequences become U+FFFD. A BOM decides first. `declared`
// is a charset named by the container (HTML meta, HTTP header); when it is known and it decodes
// without errors it is used, even if it is wrong (a page declared ISO-8859-2 but written in
// windows-1250 decodes without errors): the container's word beats a guess.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared = {});

// Converts from a named charset (an ICU converter name, or ISO-8859-16 which Debian's ICU lacks)
// to UTF-8; U+FFFD for bad bytes.
// Throws std::invalid_argument for an unknown charset.
std::string ConvertToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace twindex::extract
