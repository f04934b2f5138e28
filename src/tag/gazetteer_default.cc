// Gazetteer::Default(): a view of the image the build made from gazetteer.tsv (the
// gazetteer_image tool), assembled into this object's read-only data. In a file of its own
// because that tool links the rest of the gazetteer.
//
// The image is linked in with core/incbin.h; Default() checks that it is the one the generated
// header describes.
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "core/incbin.h"
#include "tag/gazetteer.h"
#include "tag/gazetteer_image_stamp.h"  // the image's path, size and checksum: generated

TWINDEX_INCBIN_SYMBOLS(twindex_gazetteer_image)
TWINDEX_INCBIN(twindex_gazetteer_image, TWINDEX_GAZETTEER_IMAGE_PATH);

namespace twindex::tag {

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const gazetteer = [] {
    const std::string_view bytes(twindex_gazetteer_image,
                                 twindex_gazetteer_image_end - twindex_gazetteer_image);
    image::Header header{};
    if (bytes.size() >= sizeof header) std::memcpy(&header, bytes.data(), sizeof header);
    if (bytes.size() != kGazetteerImageSize || header.checksum != kGazetteerImageChecksum)
      throw std::logic_error("the compiled-in gazetteer image is not the one this build made");
    return new Gazetteer(Image{bytes});
  }();
  return *gazetteer;
}

}  // namespace twindex::tag
