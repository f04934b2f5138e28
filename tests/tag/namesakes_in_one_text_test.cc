// Two towns of one name in one text, each told by the country named next to it: a country word
// right before a town's name is that town's qualifier, not the one of a namesake before it, and a
// country after a town counts only up to the next town's name ("российский Донецк, а не
// украинский Донецк" names both Donetsks).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>

#include "tag/city_tagger.h"
#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kDonetskRostov = 565348;  // Russia, Rostov oblast
constexpr uint32_t kDonetskDonbas = 709717;  // Ukraine
constexpr uint32_t kDimitrovgradRussia = 566199;
constexpr uint32_t kDimitrovgradBulgaria = 732263;
constexpr uint32_t kArmavirArmenia = 616631;
constexpr uint32_t kArmavirRussia = 580922;

using ::testing::ElementsAre;

TEST(NamesakesInOneTextTest, EachTownKeepsTheCountryBeforeIt) {
  EXPECT_THAT(TaggedCityIds("Речь шла о российском Донецке, а не украинском Донецке.", "ru"),
              ElementsAre(kDonetskRostov, kDonetskDonbas));
  EXPECT_THAT(TaggedCityIds("Речь шла об украинском Донецке, а не российском Донецке.", "ru"),
              ElementsAre(kDonetskDonbas, kDonetskRostov));
  EXPECT_THAT(TaggedCityIds("Mokiniai lankėsi Rusijos Donecke, o ne Ukrainos Donecke.", "lt"),
              ElementsAre(kDonetskRostov, kDonetskDonbas));
}

TEST(NamesakesInOneTextTest, BelarusianUkraineWithShortU) {
  // "ўкраінскі": Belarusian writes ў for у after a vowel.
  EXPECT_THAT(TaggedCityIds("Вучні наведалі ўкраінскі Данецк, а не расійскі Данецк.", "be"),
              ElementsAre(kDonetskDonbas, kDonetskRostov));
}

TEST(NamesakesInOneTextTest, ACountryAfterTheNextTownIsThatTownsOwn) {
  EXPECT_THAT(
      TaggedCityIds("На турнир приехали школьники российского Донецка и Донецка (Украина).", "ru"),
      ElementsAre(kDonetskRostov, kDonetskDonbas));
  EXPECT_THAT(TaggedCityIds("Delegacja odwiedziła Donieck (Rosja), a nie Donieck (Ukraina).", "pl"),
              ElementsAre(kDonetskRostov, kDonetskDonbas));
}

TEST(NamesakesInOneTextTest, CountriesOfFarPartners) {
  EXPECT_THAT(TaggedCityIds("Zespół z Dimitrowgradu (Bułgaria) zagrał razem z orkiestrą z "
                            "rosyjskiego Dimitrowgradu.",
                            "pl"),
              ElementsAre(kDimitrovgradBulgaria, kDimitrovgradRussia));
  EXPECT_THAT(TaggedCityIds("Mokiniai iš Bulgarijos Dimitrovgrado susitiko su Rusijos "
                            "Dimitrovgrado mokiniais.",
                            "lt"),
              ElementsAre(kDimitrovgradBulgaria, kDimitrovgradRussia));
  EXPECT_THAT(TaggedCityIds("Школьники Армавира (Армения), а не российского Армавира, приехали "
                            "на олимпиаду.",
                            "ru"),
              ElementsAre(kArmavirArmenia, kArmavirRussia));
}

}  // namespace
}  // namespace twindex::tag
