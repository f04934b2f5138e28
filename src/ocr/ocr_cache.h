// OcrCache: OCR results kept by the page image's content, in a folder of the index directory,
// so a re-index, a renamed or moved file, or changed metadata never runs OCR on the same page
// again. One small JSON file per page: <dir>/<first two hex digits>/<key>.json, written to a
// temporary name and renamed, so a reader never sees half a file and two workers may write the
// same entry at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct Pix;

namespace twindex::ocr {

struct CachedPage {
  std::string text;
  std::string languages;
  int confidence = 0;
  int rotation = 0;
};

class OcrCache {
 public:
  // An empty `dir` is a cache that keeps nothing (twindex extract, outside any index).
  explicit OcrCache(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The key of a page image OCR'd under `settings` (what else decides the result: the
  // languages asked for, the tessdata version, twindex's rules).
  static std::string Key(Pix* image, std::string_view settings);

  std::optional<CachedPage> Get(const std::string& key) const;
  // Best effort: a cache that cannot be written costs time later, not correctness.
  void Put(const std::string& key, const CachedPage& page) const;

 private:
  std::filesystem::path PathOf(const std::string& key) const;
  std::filesystem::path dir_;
};

}  // namespace twindex::ocr
