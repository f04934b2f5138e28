// Gazetteer::Default(): a view of the image the build made from gazetteer.tsv (the
// gazetteer_image tool), assembled into this object's read-only data. In a file of its own
// because that tool links the rest of the gazetteer.
//
// `.incbin` keeps the bytes out of the compiler (a C array of megabytes takes long to compile)
// and puts them in a read-only section, so the loader maps them and a process reads only the
// pages it touches. The assembler does not tell the build or ccache that this object depends on
// the image: CMake adds the dependency, and the generated header's checksum, part of this file's
// text, makes every new image a new compilation; Default() checks that the two agree.
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "tag/gazetteer.h"
#include "tag/gazetteer_image_stamp.h"  // the image's path, size and checksum: generated

extern "C" {
extern const char twindex_gazetteer_image[] __attribute__((visibility("hidden")));
extern const char twindex_gazetteer_image_end[] __attribute__((visibility("hidden")));
}

// ELF assembler syntax that every GNU target accepts (no @ or % type prefixes).
asm(R"(.pushsection .rodata.twindex_gazetteer_image,"a"
.balign 64
.globl twindex_gazetteer_image
.hidden twindex_gazetteer_image
.type twindex_gazetteer_image, "object"
twindex_gazetteer_image:
.incbin ")" TWINDEX_GAZETTEER_IMAGE_PATH R"("
.globl twindex_gazetteer_image_end
.hidden twindex_gazetteer_image_end
twindex_gazetteer_image_end:
.size twindex_gazetteer_image, twindex_gazetteer_image_end - twindex_gazetteer_image
.popsection
)");

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
