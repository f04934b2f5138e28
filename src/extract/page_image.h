// PageImage: the pixels of a page that has no usable text, for OCR: a frame of an image file
// (TIFF, every page; PNG; JPEG) read by Leptonica, or a PDF page rendered by Poppler. Always
// 8-bit gray, with its resolution.
//
// A page larger than `max_pixels` is refused with an ExtractError that says so, before any
// pixel is decoded or rendered: a 20000 x 20000 image must not become 400 MB.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

struct Pix;  // Leptonica

namespace twindex::extract {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// How many pages (frames) an image file holds: TIFF pages, 1 for PNG and JPEG. Throws
// ExtractError if the bytes are not a readable image.
int ImageFrameCount(std::string_view bytes);

// Frame `index` (0-based) of an image file, as 8-bit gray. Throws ExtractError.
PixPtr ReadImageFrame(std::string_view bytes, int index, uint64_t max_pixels);

// Page `index` (0-based) of a PDF, rendered at `dpi` in 8-bit gray. Throws ExtractError.
PixPtr RenderPdfPage(std::string_view pdf_bytes, int index, int dpi, uint64_t max_pixels);

}  // namespace twindex::extract
