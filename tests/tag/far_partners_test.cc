// Far-away partner towns (Perth, Hartford, Beppu): the gazetteer knows the towns of the whole
// world that GeoNames names in our languages, but not by a name that is a common word of ours,
// and a name shared with a town of the partner lands goes to that town unless the text says
// otherwise.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tag/city_tagger.h"
#include "tag/partner_lands.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kHartford = 4835797;
constexpr uint32_t kBeppu = 1864750;
constexpr uint32_t kPerthScotland = 2640358;
constexpr uint32_t kPerthAustralia = 2063523;
constexpr uint32_t kQuito = 3652462;
constexpr uint32_t kTokyo = 1850147;
constexpr uint32_t kBuga = 3688256;
constexpr uint32_t kSaintPetersburg = 498817;
constexpr uint32_t kPetersburgVirginia = 4778626;

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> Tag(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const CityMention& m : TagCities(text, lang, Gazetteer::Default()))
    out.push_back(std::to_string(m.id) + ":" + std::string(text.substr(m.begin, m.end - m.begin)));
  return out;
}

std::string M(uint32_t id, std::string_view text) {
  return std::to_string(id) + ":" + std::string(text);
}

TEST(FarPartnersTest, TownsOutsideThePartnerLandsAreKnown) {
  EXPECT_THAT(Tag("Orkiestra dęta z Hartfordu zagra latem na rynku w Lublinie.", "pl"),
              Contains(M(kHartford, "Hartfordu")));
  EXPECT_THAT(Tag("Японскі горад Бэппу вядомы гарачымі крыніцамі.", "be"),
              Contains(M(kBeppu, "Бэппу")));
}

TEST(FarPartnersTest, ANameThatIsACommonWordIsNotAFarTown) {
  // Lithuanian "kitas" 'other' is also Lithuanian for Quito.
  EXPECT_THAT(Tag("Kitas susitikimas vyks Alytuje. Kitą dieną svečiai išvyko.", "lt"),
              Not(Contains(HasSubstr(std::to_string(kQuito)))));
  EXPECT_THAT(Gazetteer::Default().Lookup("Kitas"), Not(Contains(kQuito)));
}

TEST(FarPartnersTest, AFormOfAnotherProperNounIsNotAFarTown) {
  // "Буга" is the river Буг's genitive, and Russian for Colombia's Buga.
  EXPECT_THAT(Tag("Турысты з Брэста сплавіліся на байдарках уздоўж берагоў Буга.", "be"),
              Not(Contains(HasSubstr(std::to_string(kBuga)))));
}

TEST(FarPartnersTest, ANameOfAnotherLandsRegionIsNotAFarTown) {
  // Florida is a town of Cuba and of Uruguay too; a text of ours means the American state.
  EXPECT_THAT(Tag("Делегация из Обнинска провела неделю во Флориде и в Теннесси.", "ru"),
              Not(Contains(HasSubstr("Флориде"))));
  // A far town named like a region of its own land keeps its name.
  EXPECT_THAT(Tag("Студенты из Гродно поехали на стажировку в Токио.", "ru"),
              Contains(M(kTokyo, "Токио")));
}

TEST(FarPartnersTest, ANameSharedWithAPartnerLandsTownIsThatTown) {
  EXPECT_THAT(Tag("Chór męski z Perth przyjedzie do Bydgoszczy w listopadzie.", "pl"),
              AllOf(Contains(M(kPerthScotland, "Perth")),
                    Not(Contains(HasSubstr(std::to_string(kPerthAustralia))))));
  EXPECT_THAT(Tag("Делегация Петербурга провела переговоры в Гродно.", "ru"),
              Contains(M(kSaintPetersburg, "Петербурга")));
  EXPECT_THAT(Tag("Делегация Петербурга провела переговоры в Гродно.", "ru"),
              Not(Contains(HasSubstr(std::to_string(kPetersburgVirginia)))));
}

TEST(FarPartnersTest, PartnerLands) {
  EXPECT_TRUE(InPartnerLands("PL"));
  EXPECT_TRUE(InPartnerLands("GB"));
  EXPECT_TRUE(InPartnerLands("KZ"));
  EXPECT_FALSE(InPartnerLands("AU"));
  EXPECT_FALSE(InPartnerLands("US"));
  EXPECT_FALSE(InPartnerLands(""));
}

}  // namespace
}  // namespace twindex::tag
