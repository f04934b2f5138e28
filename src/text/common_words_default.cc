// common_words::View::Default(): the image the build made from the Hunspell dictionaries (the
// common_words_image tool), assembled into this object's read-only data as the gazetteer's is
// (core/incbin.h says why .incbin, and how the build tracks the dependency). The
// stamp header's size, part of this file's text, makes every new image a new compilation.
#include <stdexcept>
#include <string_view>

#include "core/incbin.h"
#include "text/common_words.h"
#include "text/common_words_image_stamp.h"  // the image's path and size: generated

TWINDEX_INCBIN_SYMBOLS(twindex_common_words_image)
TWINDEX_INCBIN(twindex_common_words_image, TWINDEX_COMMON_WORDS_IMAGE_PATH);

namespace twindex::text::common_words {

const View& View::Default() {
  static const View* const view = [] {
    const std::string_view bytes(twindex_common_words_image,
                                 twindex_common_words_image_end - twindex_common_words_image);
    if (bytes.size() != kCommonWordsImageSize)
      throw std::logic_error("the compiled-in common-word image is not the one this build made");
    return new View(bytes);
  }();
  return *view;
}

}  // namespace twindex::text::common_words
