#include "ocr/text_layer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace twindex::ocr {

TextLayerStats MeasureTextLayer(std::string_view utf8) {
  TextLayerStats stats;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) {  // ill-formed bytes count as noise
      ++stats.characters;
      continue;
    }
    if (u_isUWhiteSpace(c)) continue;
    ++stats.characters;
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC) ++stats.letters;
    if (script == USCRIPT_CYRILLIC) ++stats.cyrillic;
  }
  return stats;
}

bool UsableTextLayer(std::string_view utf8, size_t min_letters) {
  const TextLayerStats s = MeasureTextLayer(utf8);
  return s.letters >= min_letters &&
         static_cast<double>(s.letters) >= kMinLetterShare * static_cast<double>(s.characters);
}

}  // namespace twindex::ocr
