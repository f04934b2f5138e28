#include "tag/city_tagger.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twindex::tag {
namespace {

constexpr uint32_t kGrodno = 627904;
constexpr uint32_t kBialystok = 776069;
constexpr uint32_t kPolotsk = 623317;
constexpr uint32_t kKaunas = 598316;
constexpr uint32_t kVilnius = 593116;
constexpr uint32_t kGdansk = 3099434;
constexpr uint32_t kKolo = 3095797;
constexpr uint32_t kPila = 3089033;
constexpr uint32_t kLida = 626081;
constexpr uint32_t kBialaPodlaska = 776175;
constexpr uint32_t kBrest = 629634;
constexpr uint32_t kSokolka = 758651;
constexpr uint32_t kDruskininkai = 599757;

// "id:text" for each non-related mention, so failures show what was found where.
std::vector<std::string> Tag(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const CityMention& m : TagCities(text, lang, Gazetteer::Default()))
    out.push_back(std::to_string(m.id) + ":" + std::string(text.substr(m.begin, m.end - m.begin)) +
                  (m.related ? "~" : ""));
  return out;
}

std::string M(uint32_t id, std::string_view text) {
  return std::to_string(id) + ":" + std::string(text);
}

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(CityTaggerTest, Polish) {
  EXPECT_THAT(Tag("Umowę podpisano w Grodnie, a potem delegacja z Białegostoku pojechała do "
                  "Gdańska i Białej Podlaskiej.",
                  "pl"),
              ElementsAre(M(kGrodno, "Grodnie"), M(kBialystok, "Białegostoku"),
                          M(kGdansk, "Gdańska"), M(kBialaPodlaska, "Białej Podlaskiej")));
  EXPECT_THAT(Tag("Punkt Lokalny w Sokółce współpracuje z Druskiennikami i Kownem.", "pl"),
              ElementsAre(M(kSokolka, "Sokółce"), M(kDruskininkai, "Druskiennikami"),
                          M(kKaunas, "Kownem")));
}

TEST(CityTaggerTest, ByteRanges) {
  std::string_view text = "Delegacja z Grodna.";
  std::vector<CityMention> m = TagCities(text, "pl", Gazetteer::Default());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].id, kGrodno);
  EXPECT_EQ(m[0].begin, 12u);
  EXPECT_EQ(m[0].end, 18u);
  EXPECT_FALSE(m[0].related);
}

TEST(CityTaggerTest, Belarusian) {
  EXPECT_THAT(
      Tag("Сустрэча адбылася ў Гродне, госці прыехалі з Полацка і Беластока.", "be"),
      ElementsAre(M(kGrodno, "Гродне"), M(kPolotsk, "Полацка"), M(kBialystok, "Беластока")));
}

TEST(CityTaggerTest, Russian) {
  EXPECT_THAT(
      Tag("Конференция прошла в Гродно, затем в Полоцке и Белостоке.", "ru"),
      ElementsAre(M(kGrodno, "Гродно"), M(kPolotsk, "Полоцке"), M(kBialystok, "Белостоке")));
}

TEST(CityTaggerTest, Lithuanian) {
  EXPECT_THAT(
      Tag("Sutartis pasirašyta Gardine, o Kauno ir Vilniaus atstovai lankėsi Balstogėje.", "lt"),
      ElementsAre(M(kGrodno, "Gardine"), M(kKaunas, "Kauno"), M(kVilnius, "Vilniaus"),
                  M(kBialystok, "Balstogėje")));
}

TEST(CityTaggerTest, OtherScriptInText) {
  EXPECT_THAT(Tag("The twin town of Hrodna is Białystok.", ""),
              ElementsAre(M(kGrodno, "Hrodna"), M(kBialystok, "Białystok")));
}

TEST(CityTaggerTest, CommonWordsNeedEvidence) {
  EXPECT_THAT(Tag("Dziecko kręciło koło, a ojciec ciął drewno piłą.", "pl"), IsEmpty());
  EXPECT_THAT(Tag("Koło zębate pękło.", "pl"), IsEmpty());  // sentence start, small town
  EXPECT_THAT(Tag("Мы хотим мира и дружбы.", "ru"), IsEmpty());
  EXPECT_THAT(Tag("Delegacja z miasta Koło przyjechała.", "pl"), ElementsAre(M(kKolo, "Koło")));
  EXPECT_THAT(Tag("Spotkanie w m. Piła.", "pl"), ElementsAre(M(kPila, "Piła")));
  // Capitalised inside a sentence: a name.
  EXPECT_THAT(Tag("Wczoraj goście z Piły zwiedzili muzeum.", "pl"), ElementsAre(M(kPila, "Piły")));
  // Once confirmed, the sentence-initial mention counts too.
  EXPECT_THAT(Tag("Piła jest partnerem. Delegacja z miasta Piła przyjechała.", "pl"),
              ElementsAre(M(kPila, "Piła"), M(kPila, "Piła")));
}

TEST(CityTaggerTest, PersonalNamesNeedAPlaceWord) {
  EXPECT_THAT(Tag("Pani Lida Kowalska przyszła.", "pl"), IsEmpty());
  EXPECT_THAT(Tag("Lida powiedziała, że przyjdzie.", "pl"), IsEmpty());
  EXPECT_THAT(Tag("Umowa z Lidą i delegacja w Lidzie.", "pl"),
              ElementsAre(M(kLida, "Lidą"), M(kLida, "Lidzie")));
  EXPECT_THAT(Tag("Мэр города Лида подписал соглашение.", "ru"), ElementsAre(M(kLida, "Лида")));
}

TEST(CityTaggerTest, AdjectivesAreNotMentions) {
  for (const CityMention& m :
       TagCities("Gdański Obszar Metropolitalny i гродненский университет, гарадзенскі "
                 "музей, vilniečių bendruomenė.",
                 "", Gazetteer::Default()))
    EXPECT_TRUE(m.related) << m.id << " at " << m.begin;
}

TEST(CityTaggerTest, SharedNamePrefersNamedCountry) {
  // Brest is only Belarusian in the gazetteer: check the mention at least resolves.
  EXPECT_THAT(Tag("Umowa z Brześciem na Białorusi.", "pl"), ElementsAre(M(kBrest, "Brześciem")));
}

TEST(CityTaggerTest, LowerCaseWordsAreNotMentions) {
  // "darbuotojų" and "рост" meet city stems (Derbent's, Rostov's) but are common words.
  EXPECT_THAT(Tag("Savivaldybės darbuotojų susitikimas.", "lt"), IsEmpty());
  EXPECT_THAT(Tag("Наблюдается рост туризма.", "ru"), IsEmpty());
}

TEST(CityTaggerTest, EmptyAndNoise) {
  EXPECT_THAT(Tag("", "pl"), IsEmpty());
  EXPECT_THAT(Tag("TEL: + 48 697 697 205, 13:00 – 20:00", "pl"), IsEmpty());
}

}  // namespace
}  // namespace twindex::tag
