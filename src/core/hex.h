// Hex: the one spelling of 128-bit hashes (content hashes, file keys) as 32 hex digits, and the
// hashes themselves as two 64-bit words where a table of a million of them must stay small.
#pragma once

#include <charconv>
#include <compare>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace twindex {

struct Hash128 {
  uint64_t high = 0;
  uint64_t low = 0;
  auto operator<=>(const Hash128&) const = default;
};

inline std::string Hex128(uint64_t high, uint64_t low) {
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(high),
                static_cast<unsigned long long>(low));
  return hex;
}
inline std::string Hex128(Hash128 h) { return Hex128(h.high, h.low); }

// The inverse of Hex128; nullopt unless `hex` is exactly 32 hex digits.
inline std::optional<Hash128> ParseHex128(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  Hash128 h;
  const char* mid = hex.data() + 16;
  const char* end = hex.data() + 32;
  if (std::from_chars(hex.data(), mid, h.high, 16).ptr != mid) return std::nullopt;
  if (std::from_chars(mid, end, h.low, 16).ptr != end) return std::nullopt;
  return h;
}

}  // namespace twindex
