#include "extract/page_image.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cmath>
#include <string>

#include "extract/extractor.h"

namespace twindex::extract {
namespace {

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

void CheckPixels(uint64_t width, uint64_t height, uint64_t max_pixels, const std::string& what) {
  if (width * height > max_pixels)
    throw ExtractError(what + " of " + std::to_string(width) + " x " + std::to_string(height) +
                       " pixels exceeds the limit of " + std::to_string(max_pixels / 1000000) +
                       " million pixels (--max-pixels)");
}

// Any depth and colour map to 8-bit gray, the one form OCR gets.
PixPtr ToGray8(PixPtr pix) {
  if (pixGetDepth(pix.get()) == 8 && pixGetColormap(pix.get()) == nullptr) return pix;
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  if (!gray) throw ExtractError("cannot convert the image to gray");
  return gray;
}

}  // namespace

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

int ImageFrameCount(std::string_view bytes) {
  l_int32 format = IFF_UNKNOWN;
  if (findFileFormatBuffer(Data(bytes), &format) != 0 || format == IFF_UNKNOWN)
    throw ExtractError("not a readable image");
  if (format != IFF_TIFF && format != IFF_TIFF_G3 && format != IFF_TIFF_G4 &&
      format != IFF_TIFF_PACKBITS && format != IFF_TIFF_RLE && format != IFF_TIFF_LZW &&
      format != IFF_TIFF_ZIP && format != IFF_TIFF_JPEG)
    return 1;
  FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (f == nullptr) throw ExtractError("cannot read the TIFF");
  l_int32 pages = 0;
  const l_int32 status = tiffGetCount(f, &pages);
  fclose(f);
  if (status != 0 || pages < 1) throw ExtractError("damaged TIFF: no readable page");
  return pages;
}

PixPtr ReadImageFrame(std::string_view bytes, int index, uint64_t max_pixels) {
  l_int32 format = IFF_UNKNOWN, width = 0, height = 0, bps = 0, spp = 0, cmap = 0;
  findFileFormatBuffer(Data(bytes), &format);
  const bool tiff = format == IFF_TIFF || (format >= IFF_TIFF_PACKBITS && format <= IFF_TIFF_JPEG);
  l_int32 res = 0;
  l_int32 header = tiff ? readHeaderMemTiff(Data(bytes), bytes.size(), index, &width, &height, &bps,
                                            &spp, &res, &cmap, &format)
                        : pixReadHeaderMem(Data(bytes), bytes.size(), &format, &width, &height,
                                           &bps, &spp, &cmap);
  if (header != 0)
    throw ExtractError("not a readable image (page " + std::to_string(index + 1) + ")");
  CheckPixels(static_cast<uint64_t>(width), static_cast<uint64_t>(height), max_pixels,
              "image page " + std::to_string(index + 1));
  PixPtr pix(tiff ? pixReadMemTiff(Data(bytes), bytes.size(), index)
                  : pixReadMem(Data(bytes), bytes.size()));
  if (!pix)
    throw ExtractError("damaged image: page " + std::to_string(index + 1) + " cannot be decoded");
  return ToGray8(std::move(pix));
}

PixPtr RenderPdfPage(std::string_view pdf_bytes, int index, int dpi, uint64_t max_pixels) {
  if (pdf_bytes.size() > static_cast<size_t>(INT_MAX))
    throw ExtractError("PDF larger than 2 GiB is not supported");
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
  if (!pdf) throw ExtractError("not a readable PDF (damaged or truncated)");
  std::unique_ptr<poppler::page> page(pdf->create_page(index));
  if (!page) throw ExtractError("PDF page " + std::to_string(index + 1) + " cannot be read");
  // The page's size in points (1/72 inch), turned as the PDF says it is shown.
  const poppler::rectf box = page->page_rect(poppler::media_box);
  const double scale = dpi / 72.0;
  CheckPixels(static_cast<uint64_t>(std::ceil(box.width() * scale)),
              static_cast<uint64_t>(std::ceil(box.height() * scale)), max_pixels,
              "PDF page " + std::to_string(index + 1) + " at " + std::to_string(dpi) + " dpi");
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid())
    throw ExtractError("PDF page " + std::to_string(index + 1) + " cannot be rendered");
  const int w = image.width(), h = image.height(), stride = image.bytes_per_row();
  PixPtr pix(pixCreate(w, h, 8));
  if (!pix) throw ExtractError("out of memory rendering PDF page " + std::to_string(index + 1));
  pixSetResolution(pix.get(), dpi, dpi);
  const char* src = image.const_data();
  l_uint32* dst = pixGetData(pix.get());
  const l_int32 wpl = pixGetWpl(pix.get());
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(src + static_cast<size_t>(y) * stride);
    l_uint32* line = dst + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

}  // namespace twindex::extract
