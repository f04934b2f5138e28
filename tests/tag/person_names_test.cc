#include "tag/person_names.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace twindex::tag {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The zygote reads every list up front (LoadPersonNames); the answers are those of lists read on
// first use, and reading again changes nothing.
TEST(PersonNamesTest, ListsReadUpFrontAnswerAsOnFirstUse) {
  LoadPersonNames();
  LoadPersonNames();
  // A Polish first name and its forms; a common noun is no name.
  EXPECT_TRUE(IsPersonName("tomasz", "pl"));
  EXPECT_FALSE(IsPersonName("miasto", "pl"));
  // A Russian name in the genitive, known by its stem.
  EXPECT_TRUE(IsPersonName("николая", "ru"));
  EXPECT_FALSE(IsPersonName("договора", "ru"));
  // Lithuanian has no list.
  EXPECT_FALSE(IsPersonName("tomas", "lt"));
  // Proper nouns' lemmas: a person's and a town's.
  EXPECT_TRUE(Contains(ProperNounLemmas("Tomasza", "pl"), "tomasz"));
  EXPECT_TRUE(Contains(ProperNounLemmas("Nowogródka", "pl"), "nowogródek"));
}

}  // namespace
}  // namespace twindex::tag
