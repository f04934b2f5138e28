#include "tag/gazetteer_image.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "tag/gazetteer.h"

namespace twindex::tag {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const char kTsv[] =
    "# comment\n"
    "2\tBY\t500\tGrodno\tGrodno\tГродна\tGardinas\tГродно\tHrodna|Horodnia\t\n"
    "1\tPL\t10\tSaw\tPiła\tПіла\tPila\tПила\tSchneidemühl\tPiła\n"
    "3\tFR\t1000\tBiała Podlaska\t\t\t\t\t\t\n";

// The keys MatchAt is given for a document's words.
std::vector<std::vector<std::string>> Words(std::vector<std::string_view> words) {
  std::vector<std::vector<std::string>> keys;
  for (std::string_view w : words) keys.push_back(DocumentWordKeys(w, ""));
  return keys;
}

std::vector<std::tuple<uint32_t, size_t, NameKind, bool, bool>> Matches(
    const std::vector<NameMatch>& matches) {
  std::vector<std::tuple<uint32_t, size_t, NameKind, bool, bool>> out;
  for (const NameMatch& m : matches)
    out.emplace_back(m.city, m.words, m.kind, m.inflected, m.respelled);
  return out;
}

TEST(GazetteerImageTest, CitiesReadBackFromTheImage) {
  const std::string image = Gazetteer::MakeImage(kTsv);
  const Gazetteer g(Gazetteer::Image{image});
  EXPECT_EQ(g.size(), 3u);
  const City* grodno = g.Find(2);
  ASSERT_NE(grodno, nullptr);
  EXPECT_EQ(grodno->id, 2u);
  EXPECT_EQ(grodno->population, 500u);
  EXPECT_EQ(grodno->country(), "BY");
  EXPECT_EQ(grodno->name(0), "Grodno");
  EXPECT_EQ(grodno->name(2), "Гродна");
  EXPECT_EQ(grodno->name(4), "Гродно");
  EXPECT_EQ(grodno->given_names, 0b11111);
  ASSERT_EQ(grodno->variant_count(), 2u);
  EXPECT_EQ(grodno->variant(1), "Horodnia");
  std::vector<std::string_view> all;
  grodno->ForEachName([&](std::string_view n) { all.push_back(n); });
  EXPECT_THAT(
      all, ElementsAre("Grodno", "Grodno", "Гродна", "Gardinas", "Гродно", "Hrodna", "Horodnia"));
  // A language without a name shows another's, and says so.
  const City* biala = g.Find(3);
  ASSERT_NE(biala, nullptr);
  EXPECT_EQ(biala->name(1), "Biała Podlaska");
  EXPECT_EQ(biala->name(4), "Biała Podlaska");
  EXPECT_TRUE(biala->HasOwnName(0));
  EXPECT_FALSE(biala->HasOwnName(1));
  EXPECT_EQ(biala->variant_count(), 0u);
  EXPECT_EQ(g.Find(4), nullptr);
  EXPECT_EQ(g.Find(0), nullptr);
}

TEST(GazetteerImageTest, AViewAnswersLikeTheGazetteerMadeFromText) {
  const std::string image = Gazetteer::MakeImage(kTsv);
  const Gazetteer view(Gazetteer::Image{image}), made(kTsv);
  for (std::string_view name : {"Grodno", "w Grodnie", "Гродне", "Gardine", "Piłą", "Pila",
                                "Schneidemühl", "Biała Podlaska", "Białej Podlaskiej", "Minsk"}) {
    EXPECT_EQ(view.Lookup(name), made.Lookup(name)) << name;
    const auto words = Words({name});
    EXPECT_EQ(Matches(view.MatchAt(words)), Matches(made.MatchAt(words))) << name;
  }
  EXPECT_THAT(view.Lookup("w Grodnie"), ElementsAre(2u));
  EXPECT_THAT(view.Lookup("Minsk"), IsEmpty());
  EXPECT_THAT(Matches(view.MatchAt(Words({"Schneidemühl"}))),
              ElementsAre(std::make_tuple(1u, 1u, NameKind::kPlain, false, false)));
  // The longest name wins; the ambiguity mark is the name's.
  EXPECT_THAT(Matches(view.MatchAt(Words({"Białej", "Podlaskiej", "x"}))),
              ElementsAre(std::make_tuple(3u, 2u, NameKind::kPlain, true, false)));
  bool common = false;
  for (const NameMatch& m : view.MatchAt(Words({"Piła"}))) common |= m.kind == NameKind::kCommon;
  EXPECT_TRUE(common);
  EXPECT_THAT(
      Matches(view.MatchAbbreviated(DocumentWordKeys("Biała", ""), DocumentWordKeys("Podl", ""))),
      ElementsAre(std::make_tuple(3u, 2u, NameKind::kPlain, true, false)));
  EXPECT_THAT(view.Suggest("Grodnno", 3), ElementsAre("Grodno"));
  EXPECT_EQ(view.Suggest("Gardinass", 3), made.Suggest("Gardinass", 3));
}

TEST(GazetteerImageTest, ManyKeysAllFoundThroughTheTable) {
  // Enough names that keys share slots and probe past each other.
  std::string tsv;
  for (uint32_t id = 1; id <= 300; ++id) {
    const std::string name = "Miasto" + std::to_string(id * 7919);
    tsv += std::to_string(id) + "\tPL\t" + std::to_string(id) + "\t" + name + "\t\t\t\t\t\t\n";
  }
  const Gazetteer g(tsv);
  for (uint32_t id = 1; id <= 300; ++id)
    EXPECT_THAT(g.Lookup("Miasto" + std::to_string(id * 7919)), ElementsAre(id)) << id;
  EXPECT_THAT(g.Lookup("Miasto1"), IsEmpty());
}

TEST(GazetteerImageTest, TheImageIsTheSameEveryTime) {
  EXPECT_EQ(Gazetteer::MakeImage(kTsv), Gazetteer::MakeImage(kTsv));
}

// The error a View of `image` throws ("" if none).
std::string OpenError(const std::string& image) {
  try {
    image::View view(image);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(GazetteerImageTest, ABadImageIsACleanError) {
  const std::string good = Gazetteer::MakeImage(kTsv);
  EXPECT_EQ(OpenError(good), "");

  std::string bad = good;
  bad[0] = 'X';
  EXPECT_THAT(OpenError(bad), HasSubstr("bad magic"));
  EXPECT_THAT(OpenError("TWGAZ"), HasSubstr("too short"));
  EXPECT_THAT(OpenError(std::string(200, '\0')), HasSubstr("bad magic"));

  bad = good;
  image::Header header;
  std::memcpy(&header, bad.data(), sizeof header);
  ++header.version;
  std::memcpy(bad.data(), &header, sizeof header);
  EXPECT_THAT(OpenError(bad), HasSubstr("version " + std::to_string(image::kVersion + 1)));
  EXPECT_THROW(Gazetteer(Gazetteer::Image{bad}), std::runtime_error);

  EXPECT_THAT(OpenError(good.substr(0, good.size() - 1)), HasSubstr("truncated"));

  bad = good;
  std::memcpy(&header, good.data(), sizeof header);
  header.names.count = header.size;  // runs past the end
  std::memcpy(bad.data(), &header, sizeof header);
  EXPECT_THAT(OpenError(bad), HasSubstr("out of bounds"));
}

TEST(GazetteerImageTest, TheCompiledInImage) {
  // Default() is a view: a second call is the same object, and the data is all there.
  const Gazetteer& g = Gazetteer::Default();
  EXPECT_EQ(&g, &Gazetteer::Default());
  EXPECT_GT(g.size(), 10000u);
  const City* grodno = g.Find(627904);
  ASSERT_NE(grodno, nullptr);
  EXPECT_EQ(grodno->name(3), "Gardinas");
  EXPECT_GT(grodno->variant_count(), 0u);
}

}  // namespace
}  // namespace twindex::tag
