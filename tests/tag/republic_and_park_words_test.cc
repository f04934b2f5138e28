// A name after a republic's word is a state or a region ("Республика Карелия", "Рэспубліка
// Беларусь"), and a Lithuanian genitive before a park's word names the park ("Sofijivkos parke"),
// not a town so named; the towns of the same sentences are still found. The sentences are our own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kKareli = 1267794;    // a town whose forms "Карелия" would reach
constexpr uint32_t kSofiyivka = 693325;  // a village named like Uman's park
constexpr uint32_t kKondopoga = 545626;

using ::testing::Contains;
using ::testing::Not;

TEST(RepublicAndParkWords, ARepublicIsNoTown) {
  const auto ids = TaggedCityIds(
      "Делегация из Кондопоги (Республика Карелия) посетила выставку; гости из Республики "
      "Карелия остались довольны.",
      "ru");
  EXPECT_THAT(ids, Contains(kKondopoga));
  EXPECT_THAT(ids, Not(Contains(kKareli)));
}

TEST(RepublicAndParkWords, AParkNamedByAGenitiveIsNoTown) {
  EXPECT_THAT(TaggedCityIds("Mokiniai koncertavo Sofijivkos parke, o vakare vaikščiojo Sofijivkos "
                            "parko alėjomis.",
                            "lt"),
              Not(Contains(kSofiyivka)));
}

}  // namespace
}  // namespace twindex::tag
