#include "tag/case_forms.h"

#include <gtest/gtest.h>

namespace twindex::tag {
namespace {

TEST(CaseFormsTest, PolishDeclension) {
  EXPECT_TRUE(IsCaseFormOf("gdansku", "gdansk", "pl"));
  EXPECT_TRUE(IsCaseFormOf("krakowie", "krakow", "pl"));
  EXPECT_TRUE(IsCaseFormOf("gorze", "gora", "pl"));     // r -> rz
  EXPECT_TRUE(IsCaseFormOf("turkiem", "turek", "pl"));  // a mobile e
  EXPECT_TRUE(IsCaseFormOf("kielc", "kielce", "pl"));   // a plural's genitive
  EXPECT_TRUE(IsCaseFormOf("gdyni", "gdynia", "pl"));
  EXPECT_FALSE(IsCaseFormOf("miasto", "miastko", "pl"));
  EXPECT_FALSE(IsCaseFormOf("kole", "kolno", "pl"));
}

TEST(CaseFormsTest, RussianAndBelarusianDeclension) {
  EXPECT_TRUE(IsCaseFormOf("шуи", "шуя", "ru"));
  EXPECT_FALSE(IsCaseFormOf("шуи", "шу", "ru"));  // a foreign name ending in a vowel
  EXPECT_TRUE(IsCaseFormOf("городка", "городок", "ru"));
  EXPECT_TRUE(IsCaseFormOf("твери", "тверь", "ru"));
  EXPECT_FALSE(IsCaseFormOf("флориде", "флоридии", "ru"));
  EXPECT_FALSE(IsCaseFormOf("димитрия", "димитров", "ru"));
  // Belarusian о -> а, е -> э, и -> і, and its own names quoted in Russian texts.
  EXPECT_TRUE(IsCaseFormOf("бары", "бор", "be"));
  EXPECT_TRUE(IsCaseFormOf("павладара", "павлодар", "be"));
  EXPECT_TRUE(IsCaseFormOf("тарнобжэгу", "тарнобжег", "be"));
  EXPECT_TRUE(IsCaseFormOf("гродне", "гродна", "ru"));
  EXPECT_FALSE(IsCaseFormOf("арт", "арта", "be"));  // no singular loses its -а
}

TEST(CaseFormsTest, LithuanianDeclension) {
  EXPECT_TRUE(IsCaseFormOf("kaune", "kaunas", "lt"));
  EXPECT_TRUE(IsCaseFormOf("siauliuose", "siauliai", "lt"));
  EXPECT_TRUE(IsCaseFormOf("vilniaus", "vilnius", "lt"));
  EXPECT_TRUE(IsCaseFormOf("klaipedoje", "klaipeda", "lt"));
  EXPECT_TRUE(IsCaseFormOf("gorio", "gori", "lt"));   // a foreign name takes the endings
  EXPECT_FALSE(IsCaseFormOf("goriu", "gora", "lt"));  // an a-stem has no -iu
  EXPECT_FALSE(IsCaseFormOf("birz", "birzai", "lt"));
}

TEST(CaseFormsTest, OtherScriptsAndLanguages) {
  EXPECT_TRUE(IsCaseFormOf("холм", "chelm", "pl"));      // another script: not judged
  EXPECT_TRUE(IsCaseFormOf("гродна", "гродна", "pl"));   // the name itself
  EXPECT_TRUE(IsCaseFormOf("grodnie", "grodno", "ru"));  // Latin in a Russian text: Polish
  EXPECT_TRUE(IsCaseFormOf("xyz", "abc", ""));
}

TEST(CaseFormsTest, RespeltByOneLetter) {
  EXPECT_TRUE(IsRespeltCaseFormOf("pernu", "parnu", "lt"));
  EXPECT_TRUE(IsRespeltCaseFormOf("карміэля", "кармиэль", "be"));
  EXPECT_FALSE(IsRespeltCaseFormOf("флориде", "флоридии", "ru"));  // not at the word's end
  EXPECT_FALSE(IsRespeltCaseFormOf("бары", "бар", "be"));
}

}  // namespace
}  // namespace twindex::tag
