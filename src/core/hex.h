// Hex: the one spelling of 128-bit hashes (content hashes, file keys) as 32 hex digits.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace twindex {

inline std::string Hex128(uint64_t high, uint64_t low) {
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(high),
                static_cast<unsigned long long>(low));
  return hex;
}

}  // namespace twindex
