#include "extract/image_extractor.h"

#include "extract/page_image.h"

namespace twindex::extract {

Document ImageExtractor::Extract(std::string_view bytes, const std::string& path) const {
  Document doc;
  doc.path = path;
  doc.format = format_;
  const int frames = ImageFrameCount(bytes);
  for (int i = 0; i < frames; ++i) doc.pages.push_back({i + 1, {}, false});
  return doc;
}

}  // namespace twindex::extract
