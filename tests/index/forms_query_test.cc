#include "index/forms_query.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace twindex::index {
namespace {

// Pages of one word each (and filler), so that every page has the same length and wdf, and a
// page's weight shows only what its word's frequency gives it.
const std::vector<std::vector<std::string>> kPages = {
    {"umowa", "x"},   {"umowa", "y"}, {"umowa", "z"},    {"umowy", "x"}, {"umowy", "y"},
    {"umowami", "z"}, {"inne", "x"},  {"inne", "y"},     {"inne", "z"},  {"inne", "w"},
    {"inne", "v"},    {"inne", "u"},  {"umowa", "umowy"}};

// The weight of each page (by its index in kPages) for `forms`, with the pages dealt over
// `databases` databases searched as one.
std::map<int, double> Weights(const std::vector<std::string>& forms, int databases) {
  std::vector<Xapian::WritableDatabase> parts;
  for (int i = 0; i < databases; ++i)
    parts.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (size_t i = 0; i < kPages.size(); ++i) {
    Xapian::Document page;
    for (const std::string& term : kPages[i]) page.add_term(term);
    page.set_data(std::to_string(i));
    parts[i % databases].add_document(page);
  }
  Xapian::Database all;
  for (Xapian::WritableDatabase& part : parts) all.add_database(part);
  Xapian::Enquire enquire(all);
  enquire.set_query(OtherFormsQuery(all, forms, 0.5));
  std::map<int, double> weights;
  Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    weights[std::stoi(it.get_document().get_data())] = it.get_weight();
  return weights;
}

TEST(OtherFormsQueryTest, MatchesThePagesOfAnyForm) {
  const std::map<int, double> w = Weights({"umowy", "umowami", "umowa"}, 1);
  EXPECT_EQ(w.size(), 7u);  // pages 0-5 and 12
  EXPECT_TRUE(w.count(12));
  EXPECT_FALSE(w.count(6));
}

TEST(OtherFormsQueryTest, ARareFormWeighsWhatACommonOneDoes) {
  // "umowami" is on one page, "umowa" on four: alone, the rare word would weigh far more.
  const std::map<int, double> w = Weights({"umowa", "umowy", "umowami"}, 1);
  EXPECT_DOUBLE_EQ(w.at(5), w.at(0));  // umowami, umowa
  EXPECT_DOUBLE_EQ(w.at(3), w.at(0));  // umowy, umowa
  EXPECT_GT(w.at(0), 0);
  // A page with two forms gets both.
  EXPECT_GT(w.at(12), w.at(0));
}

TEST(OtherFormsQueryTest, ScoresDoNotDependOnHowPagesAreSplitIntoDatabases) {
  const std::vector<std::string> forms = {"umowa", "umowy", "umowami", "nieznane"};
  const std::map<int, double> one = Weights(forms, 1);
  for (int databases : {2, 3, 4}) {
    const std::map<int, double> split = Weights(forms, databases);
    ASSERT_EQ(split.size(), one.size()) << databases;
    for (const auto& [page, weight] : one) EXPECT_DOUBLE_EQ(split.at(page), weight) << page;
  }
}

TEST(OtherFormsQueryTest, NoFormInTheIndexIsAnEmptyQuery) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document page;
  page.add_term("inne");
  db.add_document(page);
  EXPECT_TRUE(OtherFormsQuery(db, {"umowa", "umowy"}, 0.5).empty());
  EXPECT_TRUE(OtherFormsQuery(db, {}, 0.5).empty());
}

}  // namespace
}  // namespace twindex::index
