#include "serve/query_params.h"

#include <gtest/gtest.h>

namespace twindex::serve {
namespace {

TEST(ParseSearchParams, ReadsEveryParameter) {
  const SearchParams p = ParseSearchParams({{"q", "umowa"},
                                            {"city", "Grodno"},
                                            {"city", "Lida"},
                                            {"lang", "pl"},
                                            {"from", "2017"},
                                            {"to", "2019-05"},
                                            {"sort", "date"},
                                            {"page", "3"},
                                            {"size", "20"},
                                            {"ui", "be"},
                                            {"unknown", "ignored"}});
  EXPECT_EQ(p.query, "umowa");
  EXPECT_EQ(p.cities, (std::vector<std::string>{"Grodno", "Lida"}));
  EXPECT_EQ(p.lang, "pl");
  EXPECT_EQ(p.from, "2017");
  EXPECT_EQ(p.to, "2019-05");
  EXPECT_TRUE(p.by_date);
  EXPECT_EQ(p.page, 3u);
  EXPECT_EQ(p.page_size, 20u);
  EXPECT_EQ(p.ui, "be");
}

TEST(ParseSearchParams, DefaultsWhenEmpty) {
  const SearchParams p = ParseSearchParams({{"city", ""}});
  EXPECT_TRUE(p.cities.empty());
  EXPECT_EQ(p.page, 1u);
  EXPECT_EQ(p.page_size, kDefaultPageSize);
  EXPECT_FALSE(p.by_date);
}

TEST(ParseSearchParams, RefusesValuesOutOfTheirLimits) {
  const std::vector<Params> bad = {
      {{"q", std::string(kMaxQueryBytes + 1, 'a')}},
      {{"q", "a\xFF"}},
      {{"q", "a"}, {"q", "b"}},
      {{"size", "101"}},
      {{"size", "0"}},
      {{"page", "101"}},
      {{"page", "-1"}},
      {{"page", "1e3"}},
      {{"page", "99999999999999999999999"}},
      {{"from", "2019-13"}},
      {{"to", "yesterday"}},
      {{"from", "2020"}, {"to", "2019"}},
      {{"sort", "random"}},
      {{"lang", "<script>"}},
      {{"ui", "pl-PL-x"}},
  };
  for (const Params& params : bad)
    EXPECT_THROW(ParseSearchParams(params), BadRequest)
        << params.begin()->first << "=" << params.begin()->second;
  Params many;
  for (size_t i = 0; i <= kMaxCities; ++i) many.emplace("city", "Lida");
  EXPECT_THROW(ParseSearchParams(many), BadRequest);
}

TEST(ParseSearchParams, ReadsCityIdsAndRefusesWhatIsNoCitysId) {
  const SearchParams p =
      ParseSearchParams({{"city", "Kirow"}, {"cityid", "548410"}, {"cityid", ""}});
  EXPECT_EQ(p.meant_cities, std::vector<uint32_t>{548410});
  for (const char* bad : {"Kirow", "-1", "548410x", "1", "99999999999"})
    EXPECT_THROW(ParseSearchParams({{"cityid", bad}}), BadRequest) << bad;
}

TEST(CityId, IsTheIdOfACityTheGazetteerKnows) {
  EXPECT_EQ(CityId("627904").value_or(0), 627904u);
  EXPECT_FALSE(CityId("Grodno").has_value());
  EXPECT_FALSE(CityId("1").has_value());  // digits, but no city's
  EXPECT_FALSE(CityId("").has_value());
}

TEST(CityLabel, ShowsAnIdAsItsCitysNameAndANameAsTyped) {
  EXPECT_EQ(CityLabel("627904", "pl"), "Grodno");
  EXPECT_EQ(CityLabel("627904", "be"), "Гродна");
  EXPECT_EQ(CityLabel("548410", "ru"), "Киров");
  EXPECT_EQ(CityLabel("Hrodna", "pl"), "Hrodna");
  EXPECT_EQ(CityLabel("1", "pl"), "1");  // no city's id: as typed
}

TEST(ParseSearchParams, AcceptsTheLimitsThemselves) {
  EXPECT_NO_THROW(ParseSearchParams({{"q", std::string(kMaxQueryBytes, 'a')},
                                     {"size", std::to_string(kMaxPageSize)},
                                     {"page", std::to_string(kMaxPage)}}));
}

TEST(QueryString, EncodesWhatDiffersFromTheDefaults) {
  SearchParams p;
  p.query = "a&b \"c\"";
  p.cities = {"Гродна"};
  p.by_date = true;
  p.page = 2;
  EXPECT_EQ(QueryString(p),
            "q=a%26b%20%22c%22&city=%D0%93%D1%80%D0%BE%D0%B4%D0%BD%D0%B0&sort=date&page=2");
  EXPECT_EQ(QueryString(p, false),
            "q=a%26b%20%22c%22&city=%D0%93%D1%80%D0%BE%D0%B4%D0%BD%D0%B0&sort=date");
  EXPECT_EQ(SearchPath(SearchParams{}), "/");
  p.meant_cities = {548410};
  EXPECT_EQ(QueryString(p, false),
            "q=a%26b%20%22c%22&city=%D0%93%D1%80%D0%BE%D0%B4%D0%BD%D0%B0&cityid=548410&sort=date");
}

TEST(Filters, EachCanBeTakenAway) {
  SearchParams p;
  p.cities = {"Grodno", "Lida"};
  p.lang = "pl";
  p.to = "2019";
  p.page = 4;
  const std::vector<Filter> filters = Filters(p);
  ASSERT_EQ(filters.size(), 4u);
  EXPECT_EQ(Without(p, filters[1]).cities, std::vector<std::string>{"Grodno"});
  EXPECT_EQ(Without(p, filters[1]).page, 1u);
  EXPECT_EQ(Without(p, filters[2]).lang, "");
  EXPECT_EQ(Without(p, filters[3]).to, "");
  EXPECT_EQ(Without(p, filters[3]).cities.size(), 2u);
}

}  // namespace
}  // namespace twindex::serve
