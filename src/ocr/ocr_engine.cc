#include "ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <cstdlib>
#include <filesystem>

#include "extract/extractor.h"

namespace twindex::ocr {
namespace {

std::string DefaultTessdata() {
  if (const char* env = std::getenv("TESSDATA_PREFIX"); env != nullptr && *env != '\0') return env;
  for (const char* dir : {"/usr/share/tesseract-ocr/5/tessdata",
                          "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"})
    if (std::filesystem::is_directory(dir)) return dir;
  return "/usr/share/tesseract-ocr/5/tessdata";
}

struct TextDeleter {
  void operator()(char* text) const { delete[] text; }
};

}  // namespace

OcrEngine::OcrEngine(std::string tessdata)
    : tessdata_(tessdata.empty() ? DefaultTessdata() : std::move(tessdata)) {}

OcrEngine::~OcrEngine() {
  for (auto& [languages, api] : apis_) api->End();
}

tesseract::TessBaseAPI& OcrEngine::Api(const std::string& languages) {
  auto it = apis_.find(languages);
  if (it != apis_.end()) return *it->second;
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract prints "Estimating resolution" and the like on stderr; the log says what matters.
  api->SetVariable("debug_file", "/dev/null");
  const bool osd = languages == "osd";
  if (api->Init(tessdata_.c_str(), languages.c_str(),
                osd ? tesseract::OEM_TESSERACT_ONLY : tesseract::OEM_LSTM_ONLY) != 0)
    throw extract::ExtractError("OCR language data missing for '" + languages + "' in " +
                                tessdata_ + " (Debian: tesseract-ocr-" + languages + ")");
  api->SetPageSegMode(osd ? tesseract::PSM_OSD_ONLY : tesseract::PSM_AUTO);
  return *apis_.emplace(languages, std::move(api)).first->second;
}

Recognition OcrEngine::Recognize(Pix* image, const std::string& languages,
                                 std::chrono::milliseconds limit) {
  tesseract::TessBaseAPI& api = Api(languages);
  api.SetImage(image);
  // Scans carry their resolution; a rendered page has it set; without one Tesseract guesses.
  if (pixGetXRes(image) <= 0) api.SetSourceResolution(300);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(limit.count()));
  const int status = api.Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api.Clear();
    throw extract::ExtractError("OCR took longer than " + std::to_string(limit.count() / 1000) +
                                " s for one page (--ocr-timeout)");
  }
  if (status != 0) {
    api.Clear();
    throw extract::ExtractError("OCR failed on this page");
  }
  std::unique_ptr<char[], TextDeleter> text(api.GetUTF8Text());
  Recognition r;
  if (text) r.text = text.get();
  r.confidence = std::max(0, api.MeanTextConf());
  api.Clear();
  return r;
}

Orientation OcrEngine::DetectOrientation(Pix* image) {
  tesseract::TessBaseAPI& api = Api("osd");
  api.SetImage(image);
  if (pixGetXRes(image) <= 0) api.SetSourceResolution(300);
  Orientation o;
  const char* script = nullptr;
  if (api.DetectOrientationScript(&o.degrees, &o.confidence, &script, &o.script_confidence) &&
      script != nullptr)
    o.script = script;
  else
    o = Orientation{};
  api.Clear();
  return o;
}

std::unique_ptr<OcrEngine> OcrEnginePool::Take() {
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.empty()) return std::make_unique<OcrEngine>();
  std::unique_ptr<OcrEngine> engine = std::move(idle_.back());
  idle_.pop_back();
  return engine;
}

void OcrEnginePool::Give(std::unique_ptr<OcrEngine> engine) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(engine));
}

}  // namespace twindex::ocr
