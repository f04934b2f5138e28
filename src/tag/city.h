// City: one city of the gazetteer, as a record of the gazetteer's image (tag/gazetteer_image.h).
//
// A City is never made or copied by its users: Gazetteer::Find hands out a pointer to the record
// inside the image, and the strings it returns are views into the image, valid as long as the
// Gazetteer (for Gazetteer::Default(), as long as the program). The record holds offsets, not
// pointers, so that the image is the same bytes wherever it is mapped: it finds the image by its
// own offset in it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace twindex::tag {

inline constexpr size_t kNameLanguages = 5;
// The order of City::name(i).
inline constexpr std::string_view kNameLanguage[kNameLanguages] = {"en", "pl", "be", "lt", "ru"};

namespace image {
// A string of the image at `offset` from its start: a length byte, then that many bytes.
inline std::string_view StringAt(const char* image, uint32_t offset) {
  const char* s = image + offset;
  return {s + 1, static_cast<unsigned char>(s[0])};
}
}  // namespace image

struct City {
  uint64_t population;  // GeoNames' figure
  uint32_t id;          // GeoNames id
  // Bit i: name(i) is the data's name in that language, not another language's shown for it.
  uint8_t given_names;

  bool HasOwnName(size_t language) const { return (given_names >> language) & 1; }
  // ISO 3166 alpha-2: "PL", "BY", "LT", "RU".
  std::string_view country() const { return String(country_).substr(0, 2); }
  // For a town that shares a name with another, the distinctive words of its region's names
  // (GeoNames admin1), lower case, joined by '|' ("kaluga|калужская"); else "".
  std::string_view region_words() const {
    const std::string_view s = String(country_);
    const size_t colon = s.find(':');
    return colon == std::string_view::npos ? std::string_view() : s.substr(colon + 1);
  }
  // The name in kNameLanguage[language]; a language without one shows another's (given_names).
  std::string_view name(size_t language) const { return String(names_[language]); }
  // Other names: historical, transliterated, short forms.
  size_t variant_count() const { return variant_count_; }
  std::string_view variant(size_t i) const {
    return String(reinterpret_cast<const uint32_t*>(Image() + variants_)[i]);
  }

  // fn(std::string_view) for the five languages' names, then the variants.
  template <typename Fn>
  void ForEachName(Fn&& fn) const {
    for (size_t i = 0; i < kNameLanguages; ++i) fn(name(i));
    for (size_t i = 0; i < variant_count(); ++i) fn(variant(i));
  }

  // The image's layout, written by image::Writer; read through the members above.
  uint8_t variant_count_;
  uint16_t reserved_;
  uint32_t self_;     // this record's offset in the image
  uint32_t country_;  // string offsets (image::StringAt); country_: "RU", or "RU.25:kaluga|..."
  uint32_t names_[kNameLanguages];
  uint32_t variants_;  // offset of variant_count_ string offsets

 private:
  const char* Image() const { return reinterpret_cast<const char*>(this) - self_; }
  std::string_view String(uint32_t offset) const { return image::StringAt(Image(), offset); }
};
// The image is read in place: the record must be plain bytes, the same in every build.
static_assert(std::is_standard_layout_v<City> && std::is_trivially_copyable_v<City>);
static_assert(sizeof(City) == 48);

}  // namespace twindex::tag
