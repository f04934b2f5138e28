#include "ocr/ocr_cache.h"

#include <leptonica/allheaders.h>
#include <unistd.h>
#include <xxhash.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace twindex::ocr {

std::string OcrCache::Key(Pix* image, std::string_view settings) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  const l_int32 w = pixGetWidth(image), h = pixGetHeight(image), d = pixGetDepth(image);
  const l_int32 dims[3] = {w, h, d};
  XXH3_128bits_update(state, dims, sizeof dims);
  // Rows only up to their last pixel: the padding of a row's last word is not image.
  const l_int32 wpl = pixGetWpl(image);
  const size_t row_bytes = (static_cast<size_t>(w) * d + 7) / 8;
  const l_uint32* data = pixGetData(image);
  for (l_int32 y = 0; y < h; ++y)
    XXH3_128bits_update(state, data + static_cast<size_t>(y) * wpl, row_bytes);
  XXH3_128bits_update(state, settings.data(), settings.size());
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

std::filesystem::path OcrCache::PathOf(const std::string& key) const {
  return dir_ / key.substr(0, 2) / (key + ".json");
}

std::optional<CachedPage> OcrCache::Get(const std::string& key) const {
  if (dir_.empty()) return std::nullopt;
  std::ifstream in(PathOf(key), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    return CachedPage{j.at("text").get<std::string>(), j.at("languages").get<std::string>(),
                      j.at("confidence").get<int>(), j.at("rotation").get<int>()};
  } catch (const std::exception&) {
    return std::nullopt;  // damaged entry: OCR again, and overwrite it
  }
}

void OcrCache::Put(const std::string& key, const CachedPage& page) const {
  if (dir_.empty()) return;
  const std::filesystem::path path = PathOf(key);
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return;
  const std::filesystem::path tmp =
      path.parent_path() / (key + ".tmp." + std::to_string(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << nlohmann::json{{"text", page.text},
                          {"languages", page.languages},
                          {"confidence", page.confidence},
                          {"rotation", page.rotation}}
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!out) {
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

}  // namespace twindex::ocr
