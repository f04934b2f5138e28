// A country's name in a case form whose stem ends in an alternated consonant (Polish Malta ->
// "na Malcie") is the country, not a town that declines to the same word
// (Malec -> Malcu, Malcie); it is still found when the form keeps the name's first letters
// ("na Węgrzech", "w Gruzji"). The sentences are our own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tag/country_names.h"
#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kQormi = 2562629;
constexpr uint32_t kMalec = 3092461;

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(CountryCaseForms, AnAlternatedStemStillNamesTheCountry) {
  EXPECT_EQ(CountryNamedBy("malcie", "pl", /*inflected=*/true), "MT");
  EXPECT_EQ(CountryNamedBy("wegrzech", "pl", /*inflected=*/true), "HU");
  EXPECT_EQ(CountryNamedBy("gruzji", "pl", /*inflected=*/true), "GE");
  EXPECT_EQ(CountryNamedBy("wloszech", "pl", /*inflected=*/true), "IT");
  EXPECT_EQ(CountryNamedBy("мальте", "ru", /*inflected=*/true), "MT");
}

TEST(CountryCaseForms, NoTownFromACountrysForm) {
  EXPECT_THAT(TaggedCityIds("Latem nasi harcerze pojadą do Qormi na Malcie, a jesienią goście z "
                            "Malty przyjadą do nas.",
                            "pl"),
              ElementsAre(kQormi));
  EXPECT_THAT(TaggedCityIds("Wakacje spędziliśmy na Malcie.", "pl"), Not(Contains(kMalec)));
}

}  // namespace
}  // namespace twindex::tag
