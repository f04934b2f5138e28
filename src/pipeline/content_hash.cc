#include "pipeline/content_hash.h"

#include <xxhash.h>

#include "core/hex.h"

namespace twindex::pipeline {

std::string HashBytes(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return Hex128(h.high64, h.low64);
}

}  // namespace twindex::pipeline
