#include "ocr/ocr_document.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "extract/page_image.h"
#include "ocr/ocr_cache.h"
#include "ocr/ocr_engine.h"
#include "ocr/text_layer.h"
#include "text/language.h"

namespace twindex::ocr {
namespace {

using extract::PixPtr;

// OSD's orientation is trusted from this confidence on. On the sample scans (tests/data/
// scan-src, Tesseract 5.3) every page's orientation was right, upright or sideways, with
// confidences of 19 to 35; OSD reports single digits on pages too sparse to tell.
constexpr float kOrientationConfidence = 2.0f;
// OSD's script is trusted from this confidence on; below it, a band of the page is read. On the
// samples Latin pages scored 10 to 79, Cyrillic ones 0.55 to 9.4 (a clean Belarusian page 0.55:
// hence the fallback, which read it right).
constexpr float kScriptConfidence = 1.5f;

// Bumped when a rule that changes OCR output changes, so cached pages are read again.
constexpr std::string_view kRulesVersion = "1";

enum class Script { kUnknown, kLatin, kCyrillic };

Script ScriptOf(std::string_view text) {
  const TextLayerStats s = MeasureTextLayer(text);
  if (s.letters < 20) return Script::kUnknown;
  return 2 * s.cyrillic > s.letters ? Script::kCyrillic : Script::kLatin;
}

// Tesseract's code for one of our languages ("pl" -> "pol"); "" for others.
std::string TesseractLanguage(std::string_view code) {
  if (code == "pl") return "pol";
  if (code == "be") return "bel";
  if (code == "lt") return "lit";
  if (code == "ru") return "rus";
  return "";
}

// The languages of the script, or the document's own when it is written in that script.
std::string Languages(Script script, std::string_view document_language) {
  const bool cyrillic_language = document_language == "be" || document_language == "ru";
  const bool latin_language = document_language == "pl" || document_language == "lt";
  if (script == Script::kCyrillic)
    return cyrillic_language ? TesseractLanguage(document_language) : "bel+rus";
  return latin_language ? TesseractLanguage(document_language) : "pol+lit";
}

// OSD could not tell the script: read a band across the middle of the page in one Latin and
// one Cyrillic language and count the letters of each script.
Script ScriptByReading(Pix* image, OcrEngine& engine, std::chrono::milliseconds limit) {
  const l_int32 w = pixGetWidth(image), h = pixGetHeight(image);
  Box* box = boxCreate(0, h * 35 / 100, w, h * 30 / 100);
  PixPtr band(pixClipRectangle(image, box, nullptr));
  boxDestroy(&box);
  if (!band) return Script::kUnknown;
  pixCopyResolution(band.get(), image);
  return ScriptOf(engine.Recognize(band.get(), "pol+rus", limit).text);
}

// Turns `image` so that a page Tesseract sees turned `degrees` clockwise stands upright.
PixPtr Upright(Pix* image, int degrees) {
  const int quads = ((360 - degrees) / 90) % 4;
  PixPtr turned(pixRotateOrth(image, quads));
  if (!turned) throw extract::ExtractError("cannot turn the page upright");
  return turned;
}

}  // namespace

std::string CheckLanguages(const std::string& languages) {
  if (languages.empty()) return "no OCR language given";
  tesseract::TessBaseAPI probe;
  std::vector<std::string> available;
  if (probe.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0)
    probe.GetAvailableLanguagesAsVector(&available);
  probe.End();
  std::stringstream in(languages);
  std::string code;
  while (std::getline(in, code, '+')) {
    if (std::find(available.begin(), available.end(), code) == available.end())
      return "OCR language '" + code + "' is not installed (Debian: tesseract-ocr-" + code + ")";
  }
  return "";
}

namespace {

// One page: its image, the cache, orientation, languages, recognition. Fills `page`; throws
// ExtractError for a page that cannot be read.
void OcrPage(Page& page, size_t index, bool image_file, std::string_view bytes,
             const OcrOptions& options, const std::string& language, const OcrCache& cache,
             OcrEngine& engine) {
  PixPtr image =
      image_file
          ? extract::ReadImageFrame(bytes, static_cast<int>(index), options.max_pixels)
          : extract::RenderPdfPage(bytes, static_cast<int>(index), options.dpi, options.max_pixels);
  const std::string settings = std::string(kRulesVersion) + "|" +
                               tesseract::TessBaseAPI::Version() + "|" +
                               (options.languages.empty() ? "auto:" + language : options.languages);
  const std::string key = OcrCache::Key(image.get(), settings);
  CachedPage result;
  page.ocr_seconds = 0;
  if (std::optional<CachedPage> cached = cache.Get(key)) {
    result = std::move(*cached);
  } else {
    const auto start = std::chrono::steady_clock::now();
    const Orientation o = engine.DetectOrientation(image.get());
    if (o.degrees != 0 && o.confidence >= kOrientationConfidence) {
      image = Upright(image.get(), o.degrees);
      result.rotation = o.degrees;
    }
    result.languages = options.languages;
    if (result.languages.empty()) {
      Script script = Script::kUnknown;
      if (o.script_confidence >= kScriptConfidence)
        script = o.script == "Cyrillic" ? Script::kCyrillic
                 : o.script == "Latin"  ? Script::kLatin
                                        : Script::kUnknown;
      if (script == Script::kUnknown)
        script = ScriptByReading(image.get(), engine, options.page_timeout);
      result.languages = Languages(script, language);
    }
    const Recognition r = engine.Recognize(image.get(), result.languages, options.page_timeout);
    result.text = r.text;
    result.confidence = r.confidence;
    page.ocr_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    cache.Put(key, result);
  }
  page.text = std::move(result.text);
  page.ocr = true;
  page.ocr_languages = std::move(result.languages);
  page.ocr_confidence = result.confidence;
  page.ocr_rotation = result.rotation;
  page.ocr_error.clear();
}

}  // namespace

void OcrDocument(Document& doc, std::string_view bytes, const OcrOptions& options,
                 OcrEnginePool& engines) {
  const bool image_file =
      doc.format == Format::kTiff || doc.format == Format::kPng || doc.format == Format::kJpeg;
  if (!image_file && doc.format != Format::kPdf) return;
  const OcrCache cache(options.cache_dir);

  std::vector<size_t> todo;  // pages that need OCR
  std::string text_layer;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (!image_file && UsableTextLayer(doc.pages[i].text, options.min_text_letters))
      text_layer += doc.pages[i].text + "\n";
    else
      todo.push_back(i);
  }
  if (todo.empty()) return;
  // The document's language, from its text layer when it has one, else from its first OCR'd
  // page: it narrows the languages asked of Tesseract.
  std::string language;
  if (!text_layer.empty()) language = text::IdentifyLanguage(text_layer).code;

  std::mutex mu;  // guards failed, first_error
  size_t failed = 0;
  std::string first_error;
  auto run = [&](size_t i, OcrEngine& engine) {
    Page& page = doc.pages[i];
    try {
      OcrPage(page, i, image_file, bytes, options, language, cache, engine);
    } catch (const extract::ExtractError& e) {
      page.ocr_error = e.what();
      std::lock_guard<std::mutex> lock(mu);
      ++failed;
      if (first_error.empty())
        first_error = "page " + std::to_string(page.number) + ": " + e.what();
    }
  };
  size_t next = 0;
  if (language.empty() && options.languages.empty()) {
    std::unique_ptr<OcrEngine> engine = engines.Take();
    run(todo[next++], *engine);
    engines.Give(std::move(engine));
    language = text::IdentifyLanguage(doc.pages[todo[0]].text).code;
  }
  std::atomic<size_t> cursor{next};
  auto worker = [&] {
    std::unique_ptr<OcrEngine> engine = engines.Take();
    for (size_t k; (k = cursor++) < todo.size();) run(todo[k], *engine);
    engines.Give(std::move(engine));
  };
  const size_t threads = std::min<size_t>(std::max(1u, options.threads), todo.size() - next);
  {
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
  }
  // Nothing of the file could be read: the file fails, with the reason.
  if (failed == doc.pages.size()) throw extract::ExtractError(first_error);
}

}  // namespace twindex::ocr
