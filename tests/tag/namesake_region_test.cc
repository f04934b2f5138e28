// Namesakes told apart by the region the text names next to the town: "Halle w Westfalii" is not
// Halle in Saxony-Anhalt, "калужский Киров" not the capital of the Kirov oblast.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tag/city_tagger.h"
#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kHalleWestphalia = 2911520;
constexpr uint32_t kHalleSaale = 2911522;
constexpr uint32_t kKirovKaluga = 548410;
constexpr uint32_t kKirovKirov = 548408;

using ::testing::Contains;
using ::testing::Not;

TEST(NamesakeRegionTest, ARegionAfterTheTown) {
  const std::vector<uint32_t> westphalia =
      TaggedCityIds("Orkiestra dęta z Halle w Westfalii zagrała na festynie w Lesznie.", "pl");
  EXPECT_THAT(westphalia, Contains(kHalleWestphalia));
  EXPECT_THAT(westphalia, Not(Contains(kHalleSaale)));
  EXPECT_THAT(TaggedCityIds("Uczniowie pojadą do Halle (Saksonia-Anhalt) na wymianę.", "pl"),
              Contains(kHalleSaale));
  EXPECT_THAT(TaggedCityIds("Делегация Кирова Кировской области приехала в Гродно.", "ru"),
              Contains(kKirovKirov));
}

TEST(NamesakeRegionTest, ARegionsAdjectiveBeforeTheTown) {
  const std::vector<uint32_t> kaluga =
      TaggedCityIds("В калужском Кирове открылась выставка кружев.", "ru");
  EXPECT_THAT(kaluga, Contains(kKirovKaluga));
  EXPECT_THAT(kaluga, Not(Contains(kKirovKirov)));
}

}  // namespace
}  // namespace twindex::tag
