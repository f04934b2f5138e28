// OcrEngine: Tesseract, initialised once per language set and reused for every page a worker
// OCRs (initialising one costs about as much as recognising a page).
//
// Not thread-safe: one engine per thread (each extraction worker process has one).
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct Pix;  // Leptonica
namespace tesseract {
class TessBaseAPI;
}

namespace twindex::ocr {

struct Recognition {
  std::string text;    // UTF-8, lines as Tesseract found them
  int confidence = 0;  // mean word confidence, 0-100
};

struct Orientation {
  int degrees = 0;  // how far the page is turned clockwise: 0, 90, 180 or 270
  float confidence = 0;
  std::string script;  // "Latin", "Cyrillic", ... as Tesseract's OSD names it
  float script_confidence = 0;
};

class OcrEngine {
 public:
  // Tesseract's language data from `tessdata` ("" = $TESSDATA_PREFIX, else Debian's folder).
  explicit OcrEngine(std::string tessdata = "");
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // The text of `image` in `languages` ("pol", "bel+rus"). Throws extract::ExtractError if the
  // languages' data is missing or recognition takes longer than `limit`.
  Recognition Recognize(Pix* image, const std::string& languages, std::chrono::milliseconds limit);

  // Orientation and script by Tesseract's OSD; nullopt-like zero confidences when the page has
  // too little text to tell.
  Orientation DetectOrientation(Pix* image);

 private:
  tesseract::TessBaseAPI& Api(const std::string& languages);

  std::string tessdata_;
  std::map<std::string, std::unique_ptr<tesseract::TessBaseAPI>> apis_;
};

// Engines kept for reuse: one per page OCR'd at once, made when first needed (a process that
// OCRs two pages at a time keeps two). Thread-safe.
class OcrEnginePool {
 public:
  std::unique_ptr<OcrEngine> Take();
  void Give(std::unique_ptr<OcrEngine> engine);

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<OcrEngine>> idle_;
};

}  // namespace twindex::ocr
