#include "index/snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace twindex::index {
namespace {

using ::testing::IsEmpty;

// "w0 w1 ... w<n-1>"
std::string Numbered(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " w" : "w") + std::to_string(i);
  return s;
}

// The highlighted parts of the snippet, in order.
std::vector<std::string> Highlighted(const Snippet& s) {
  std::vector<std::string> words;
  for (const auto& [begin, end] : s.highlights) {
    EXPECT_LT(begin, end);
    EXPECT_LE(end, s.text.size());
    words.push_back(s.text.substr(begin, end - begin));
  }
  return words;
}

TEST(MakeSnippetTest, EmptyPageGivesEmptySnippet) {
  const Snippet s = MakeSnippet("", {"umowa"});
  EXPECT_EQ(s.text, "");
  EXPECT_THAT(s.highlights, IsEmpty());
  EXPECT_EQ(MakeSnippet(" \n ... ", {"umowa"}).text, "");
}

TEST(MakeSnippetTest, ShortPageIsShownWhole) {
  const Snippet s = MakeSnippet("Umowa o współpracy.", {}, 30);
  EXPECT_EQ(s.text, "Umowa o współpracy.");
  EXPECT_THAT(s.highlights, IsEmpty());
}

TEST(MakeSnippetTest, NoTermsGiveOpeningWords) {
  const Snippet s = MakeSnippet(Numbered(100), {}, 10);
  EXPECT_EQ(s.text, "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 …");
  EXPECT_THAT(s.highlights, IsEmpty());
}

TEST(MakeSnippetTest, AbsentTermsGiveOpeningWords) {
  const Snippet s = MakeSnippet(Numbered(100), {"grodno"}, 10);
  EXPECT_EQ(s.text, "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 …");
  EXPECT_THAT(s.highlights, IsEmpty());
}

TEST(MakeSnippetTest, WindowStartsShortlyBeforeTheHitWithEllipses) {
  const Snippet s = MakeSnippet(Numbered(100), {"w50"}, 10);
  EXPECT_EQ(s.text, "… w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 …");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("w50"));
}

TEST(MakeSnippetTest, HitNearTheStartHasNoLeadingEllipsis) {
  const Snippet s = MakeSnippet(Numbered(100), {"w1"}, 10);
  EXPECT_EQ(s.text, "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 …");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("w1"));
}

TEST(MakeSnippetTest, HitNearTheEndStillShowsAFullWindow) {
  // A hit in the last words still gets the whole window, not the few words after it.
  const Snippet s = MakeSnippet(Numbered(100), {"w99"}, 10);
  EXPECT_EQ(s.text, "… w90 w91 w92 w93 w94 w95 w96 w97 w98 w99");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("w99"));
}

TEST(MakeSnippetTest, ShortPageWithALateHitIsShownWhole) {
  // A page that fits in the window is shown from its start.
  const Snippet s = MakeSnippet("Umowa między miastami Sokółka i Druskininkai.", {"druskininkai"});
  EXPECT_EQ(s.text, "Umowa między miastami Sokółka i Druskininkai.");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("Druskininkai"));
}

TEST(MakeSnippetTest, PrefersMostDistinctTermsOverMostHits) {
  std::string text = "alfa alfa alfa alfa";
  for (int i = 0; i < 16; ++i) text += " x";
  text += " beta gamma x x x x";
  const Snippet s = MakeSnippet(text, {"alfa", "beta", "gamma"}, 5);
  EXPECT_EQ(s.text, "… x x x beta gamma …");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("beta", "gamma"));
}

TEST(MakeSnippetTest, TwoSpellingsOfOneTermAreOneDistinctTerm) {
  // "Гoрад" (with a Latin "o", as OCR reads it) and "Горад" are both the term "горад": the
  // window holding it and "łodzi" shows more of the query than the one holding it twice.
  const Snippet s = MakeSnippet("Гoрад Горад x x x x x x x x горад łodzi x", {"горад", "łodzi"}, 3);
  EXPECT_EQ(s.text, "… x горад łodzi …");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("горад", "łodzi"));
}

TEST(MakeSnippetTest, BreaksTiesByNumberOfHits) {
  const Snippet s = MakeSnippet("beta x x x x x x x x x x beta beta x x x", {"beta"}, 3);
  EXPECT_EQ(s.text, "… x beta beta …");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("beta", "beta"));
}

TEST(MakeSnippetTest, HighlightsAreExactRangesOfTheOriginalWords) {
  // The terms are the words the query matched, other forms included (ParsedQuery::terms).
  const Snippet s =
      MakeSnippet("Umowa: Grodno, GRODNEM oraz grodno. Гродна", {"grodno", "grodnem", "гродна"});
  EXPECT_EQ(s.text, "Umowa: Grodno, GRODNEM oraz grodno. Гродна");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("Grodno", "GRODNEM", "grodno", "Гродна"));
}

TEST(MakeSnippetTest, HighlightsOnlyTheWordsTheQueryMatched) {
  // Another inflection is a hit only when the query was expanded to it: the snippet shows what
  // the search found, and needs no dictionary of its own.
  const Snippet s = MakeSnippet("Grodno, Grodnie i Grodna", {"grodno", "grodna"});
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("Grodno", "Grodna"));
}

TEST(MakeSnippetTest, HighlightsMatchWholeWordsOnly) {
  // "Grodno" inside "Grodnowski" or a hyphenated compound part is matched by term, not text.
  const Snippet s = MakeSnippet("Grodnowski most, Grodno-Białystok", {"grodno"});
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("Grodno"));
  EXPECT_EQ(s.highlights[0].first, s.text.find("Grodno-"));
}

TEST(MakeSnippetTest, CollapsesWhitespaceRunsToOneSpace) {
  const Snippet s = MakeSnippet("Umowa\n\n\n  o \t\r\n współpracy\fmiast", {"współpracy"});
  EXPECT_EQ(s.text, "Umowa o współpracy miast");
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("współpracy"));
}

TEST(MakeSnippetTest, HighlightOffsetsAccountForEllipsisAndCollapsedSpace) {
  std::string text = Numbered(20) + "\n\n\n    Sokółka   \n  Druskininkai " + Numbered(20);
  const Snippet s = MakeSnippet(text, {"sokółka", "druskininkai"}, 6);
  ASSERT_EQ(s.text.rfind("… ", 0), 0u) << s.text;
  EXPECT_NE(s.text.find("w19 Sokółka Druskininkai w0"), std::string::npos) << s.text;
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("Sokółka", "Druskininkai"));
}

TEST(MakeSnippetTest, HighlightsAPageWordByItsExactForm) {
  // Case, and the repairs the indexer makes: a Latin "o" among Cyrillic letters, a typographic
  // apostrophe.
  const Snippet s = MakeSnippet("W ŁODZI i Łódź, Гoрад и d’Arc", {"łodzi", "горад", "d'arc"}, 30);
  EXPECT_THAT(Highlighted(s), ::testing::ElementsAre("ŁODZI", "Гoрад", "d’Arc"));
}

TEST(MakeSnippetTest, KeepsPunctuationWithinTheWindow) {
  EXPECT_EQ(MakeSnippet("Art. 5: umowa (2017).", {"umowa"}).text, "Art. 5: umowa (2017).");
}

TEST(MakeSnippetTest, ZeroMaxWordsGivesEmptySnippet) {
  EXPECT_EQ(MakeSnippet("Umowa o współpracy", {"umowa"}, 0).text, "");
}

}  // namespace
}  // namespace twindex::index
