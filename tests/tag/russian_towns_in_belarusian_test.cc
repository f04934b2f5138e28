// Russian towns that GeoNames has no Belarusian name for are met in Belarusian text through a
// spelling made by rule from the Russian name (src/tag/data/cyrillic_spellings.py: dzekanne,
// akanye, і and ў), as Polish and Lithuanian towns are.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tag/city_tagger.h"
#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kLyudinovo = 532459;  // Людиново: д before и is дз in Belarusian
constexpr uint32_t kZhukovka = 462822;   // Жуковка: в before a consonant is ў

std::vector<uint32_t> Ids(std::string_view text) { return TaggedCityIds(text, "be"); }

TEST(RussianTownsInBelarusianTest, MetByTheirBelarusianSpelling) {
  EXPECT_THAT(Ids("Вучні з Людзінава паказалі спектакль у Бабруйску."),
              ::testing::Contains(kLyudinovo));
  EXPECT_THAT(Ids("Футбалісты Жукаўкі выйгралі турнір."), ::testing::Contains(kZhukovka));
}

TEST(RussianTownsInBelarusianTest, TheRussianSpellingStillMeetsThem) {
  EXPECT_THAT(Ids("Горад Людиново ляжыць на рацэ Ведрыца."), ::testing::Contains(kLyudinovo));
}

}  // namespace
}  // namespace twindex::tag
