// Lithuanian gives a foreign town's name that ends in a consonant the endings of its -as
// declension (Pirot -> Piroto, Pirote, Pirotui; Sanok -> Sanoke): each form is the town, in a
// Lithuanian text, though the gazetteer lists only the name as the town writes it. Ordinary
// capitalized words, and a surname in -as (the nominative's shape), stay no town. The sentences
// are our own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tagged_city_ids.h"

namespace twindex::tag {
namespace {

constexpr uint32_t kPirot = 787050;
constexpr uint32_t kSanok = 759591;
constexpr uint32_t kRadom = 760778;

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(LithuanianForeignNames, TheAsDeclensionOfAConsonantFinalName) {
  EXPECT_THAT(TaggedCityIds("Mūsų kapela gros Serbijos Pirote, o Piroto meras atvyks pas mus. "
                            "Kitais metais vėl rašysime Pirotui.",
                            "lt"),
              ElementsAre(kPirot, kPirot, kPirot));
  EXPECT_THAT(
      TaggedCityIds("Lenkijos Sanoke vyko ikonų paroda, o vėliau svečiai aplankė Radome parodą.",
                    "lt"),
      ElementsAre(kSanok, kRadom));
}

TEST(LithuanianForeignNames, OrdinaryCapitalizedWordsStayNoTown) {
  EXPECT_THAT(TaggedCityIds("Sekmadienį Mokytojai ir Tėvai susirinko Salėje. Vakare Choras "
                            "dainavo, o Direktorė padėkojo Rėmėjams. Posėdyje kalbėjo narys "
                            "Tomas Prienas, o svečiai aplankė Rabato tvirtovę, su Rabato tvirtove "
                            "susipažino ir Achemos gamyklą.",
                            "lt"),
              IsEmpty());
}

}  // namespace
}  // namespace twindex::tag
