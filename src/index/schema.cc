#include "index/schema.h"

#include <xxhash.h>

#include <cctype>

#include "core/hex.h"

namespace twindex::index::schema {

Hash128 FileKeyHash(std::string_view canonical_path) {
  XXH128_hash_t h = XXH3_128bits(canonical_path.data(), canonical_path.size());
  return {h.high64, h.low64};
}

std::string FileKey(std::string_view canonical_path) { return Hex128(FileKeyHash(canonical_path)); }

std::string DateTerm(std::string_view iso) {
  // A month without a day ("2019-03") is day 00 of the month: within any range that holds the
  // whole month (date_bound.h makes a lower bound without a day start at day 00).
  if (iso.size() == 7 && iso[4] == '-') return DateTerm(std::string(iso) + "-00");
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  std::string digits =
      std::string(iso.substr(0, 4)) + std::string(iso.substr(5, 2)) + std::string(iso.substr(8, 2));
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return {};
  return Prefixed(kDatePrefix, digits);
}

std::string DateOfTerm(std::string_view term) {
  if (term.substr(0, kDatePrefix.size()) != kDatePrefix) return {};
  const std::string_view digits = term.substr(kDatePrefix.size());
  if (digits.size() != 8) return {};
  std::string iso(digits.substr(0, 4));
  iso.append("-").append(digits.substr(4, 2));
  if (digits.substr(6) != "00") iso.append("-").append(digits.substr(6));
  return iso;
}

}  // namespace twindex::index::schema
