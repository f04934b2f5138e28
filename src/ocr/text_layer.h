// TextLayer: whether a PDF page's own text is real text, or the page needs OCR.
//
// A scanned page has no text layer, or only a few characters (a stamp, a page number, an
// invisible OCR layer reduced to noise); a broken font encoding gives text that is mostly not
// letters of any script we read. Rule, measured on the benchmark corpus and the samples (see
// text_layer.cc): at least kMinLetters letters, and at least kMinLetterShare of the non-space
// characters Latin or Cyrillic letters.
#pragma once

#include <cstddef>
#include <string_view>

namespace twindex::ocr {

inline constexpr size_t kMinLetters = 30;
inline constexpr double kMinLetterShare = 0.5;

struct TextLayerStats {
  size_t letters = 0;     // Latin or Cyrillic letters
  size_t cyrillic = 0;    // of those, Cyrillic
  size_t characters = 0;  // non-space characters
};

TextLayerStats MeasureTextLayer(std::string_view utf8);

// True when the page's text is usable as it is; false when the page needs OCR. The thresholds
// may be set per archive (pipeline key ocr.text_layer_min_letters).
bool UsableTextLayer(std::string_view utf8, size_t min_letters = kMinLetters);

}  // namespace twindex::ocr
