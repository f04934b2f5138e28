// A list of rivers ("nad Pilicą i Wartą") keeps its items from being taken for towns, but a list
// that follows a town whose name holds "nad" ("Nowe Miasto nad Pilicą i Sieradz") is a list of
// towns. The sentences are our own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tag/city_tagger.h"
#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kNoweMiastoNadPilica = 763659;
constexpr uint32_t kSieradz = 3085978;
constexpr uint32_t kWarta = 3082587;

using ::testing::Contains;
using ::testing::Not;

TEST(TownNameListTest, AListAfterATownWhoseNameHoldsNadIsOfTowns) {
  const std::vector<uint32_t> ids = TaggedCityIds(
      "Na festiwal przyjadą chóry, które wystawiły Nowe Miasto nad Pilicą i Sieradz.", "pl");
  EXPECT_THAT(ids, Contains(kNoweMiastoNadPilica));
  EXPECT_THAT(ids, Contains(kSieradz));
}

TEST(TownNameListTest, AListOfRiversStaysRivers) {
  EXPECT_THAT(
      TaggedCityIds("Harcerze spływali kajakami nad Pilicą i Wartą przez dwa tygodnie.", "pl"),
      Not(Contains(kWarta)));
}

}  // namespace
}  // namespace twindex::tag
