// For the city tests: the GeoNames ids TagCities finds in a text, in order, with the default
// gazetteer, so a test can say which towns it expects and which it must not see.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tag/city_tagger.h"

namespace twindex::tag {

inline std::vector<uint32_t> TaggedCityIds(std::string_view text, std::string_view language) {
  std::vector<uint32_t> ids;
  for (const CityMention& m : TagCities(text, language, Gazetteer::Default())) ids.push_back(m.id);
  return ids;
}

}  // namespace twindex::tag
