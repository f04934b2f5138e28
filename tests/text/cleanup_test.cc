#include "text/cleanup.h"

#include <gtest/gtest.h>

#include <string>

namespace twindex::text {
namespace {

TEST(CleanTextTest, ComposesToNfc) {
  EXPECT_EQ(CleanText("Z\u0307ory, Soko\u0301\u0142ka, Kaune\u0307"), "Żory, Sokółka, Kaunė");
}

TEST(CleanTextTest, RecomposesAfterDroppingAnInvisibleCharacter) {
  EXPECT_EQ(CleanText("Z\u00AD\u0307ory"), "Żory");
}

TEST(CleanTextTest, RemovesSoftHyphens) {
  EXPECT_EQ(CleanText("współ\u00ADpraca part\u00ADnerska"), "współpraca partnerska");
}

TEST(CleanTextTest, JoinsWordSplitByHyphenAtLineEnd) {
  EXPECT_EQ(CleanText("umowa partner-\nstwa miast"), "umowa partnerstwa\nmiast");
}

// Letters beyond the Basic Multilingual Plane are two UTF-16 units: the letter before a hyphen is
// still read as one (Deseret 𐐷 is a letter; an emoji is not, so its hyphen stays).
TEST(CleanTextTest, ReadsALetterOutsideTheBmpBeforeAHyphenAsOne) {
  EXPECT_EQ(CleanText("a\U00010437-\nbc d"), "a\U00010437bc\nd");
  EXPECT_EQ(CleanText("a\U0001F600-\nbc d"), "a\U0001F600-\nbc d");
}

TEST(CleanTextTest, JoinsWordSplitByUnicodeHyphen) {
  EXPECT_EQ(CleanText("umowa partner\u2010\nstwa miast"), "umowa partnerstwa\nmiast");
}

TEST(CleanTextTest, JoinsWordSplitBySoftHyphenAtLineEnd) {
  EXPECT_EQ(CleanText("umowa partner\u00AD\nstwa miast"), "umowa partnerstwa\nmiast");
}

TEST(CleanTextTest, JoinedWordTakesItsPunctuationAlong) {
  EXPECT_EQ(CleanText("w ramach współ-\npracy, która trwa"), "w ramach współpracy,\nktóra trwa");
}

TEST(CleanTextTest, JoinedWordThatEndsItsLineAddsNoLine) {
  EXPECT_EQ(CleanText("partner-\nstwo\nmiast"), "partnerstwo\nmiast");
}

TEST(CleanTextTest, JoinsAcrossCrLfAndSpacesAroundTheBreak) {
  EXPECT_EQ(CleanText("partner-  \r\n   stwo miast"), "partnerstwo\nmiast");
}

TEST(CleanTextTest, JoinsCyrillicWords) {
  EXPECT_EQ(CleanText("супрацоў-\nніцтва гарадоў"), "супрацоўніцтва\nгарадоў");
}

TEST(CleanTextTest, KeepsHyphenatedCompoundWithinLine) {
  EXPECT_EQ(CleanText("Forum Polsko-Białoruskie i Бяла-Подляска"),
            "Forum Polsko-Białoruskie i Бяла-Подляска");
}

TEST(CleanTextTest, KeepsHyphenBeforeCapitalOnNextLine) {
  EXPECT_EQ(CleanText("Forum Polsko-\nBiałoruskie"), "Forum Polsko-\nBiałoruskie");
}

TEST(CleanTextTest, KeepsDashesAtLineEnd) {
  EXPECT_EQ(CleanText("Białystok \u2013\nmiasto partnerskie"),
            "Białystok \u2013\nmiasto partnerskie");
  EXPECT_EQ(CleanText("Białystok\u2014\nmiasto partnerskie"),
            "Białystok\u2014\nmiasto partnerskie");
}

TEST(CleanTextTest, KeepsHyphenNotPrecededByLetter) {
  EXPECT_EQ(CleanText("od 2017 -\nna czas nieokreślony"), "od 2017 -\nna czas nieokreślony");
  EXPECT_EQ(CleanText("umowa 5-\nletnia"), "umowa 5-\nletnia");
}

TEST(CleanTextTest, KeepsHyphenBeforeBlankLine) {
  EXPECT_EQ(CleanText("partner-\n\nstwo"), "partner-\n\nstwo");
}

TEST(CleanTextTest, CollapsesSpaceRuns) {
  EXPECT_EQ(CleanText("Gdańsk  \t Wilno\u00A0\u00A0Kowno\u2003Grodno\u202FBrześć"),
            "Gdańsk Wilno Kowno Grodno Brześć");
}

TEST(CleanTextTest, UnifiesLineEnds) {
  EXPECT_EQ(CleanText("Kaunas\r\nVilnius\rBrest\nGrodno\u2028Polotsk"),
            "Kaunas\nVilnius\nBrest\nGrodno\nPolotsk");
}

TEST(CleanTextTest, StripsSpacesAtLineEnds) {
  EXPECT_EQ(CleanText("Kaunas  \n\t Vilnius \t\nBrest"), "Kaunas\nVilnius\nBrest");
}

TEST(CleanTextTest, ReducesBlankLineRuns) {
  EXPECT_EQ(CleanText("§ 1.\n\n\n\n§ 2.\n \n\t\n§ 3.\n\n§ 4."), "§ 1.\n\n§ 2.\n\n§ 3.\n\n§ 4.");
}

TEST(CleanTextTest, TrimsTheWholeText) {
  EXPECT_EQ(CleanText(" \n\u00A0\n  Umowa o współpracy \n\n \t"), "Umowa o współpracy");
  EXPECT_EQ(CleanText(" \r\n\t "), "");
}

TEST(CleanTextTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(CleanText("Bia\xB3ystok"), "Bia\uFFFDystok");
  EXPECT_EQ(CleanText("Grodno\xC5"), "Grodno\uFFFD");
}

TEST(CleanTextTest, DropsControlCharacters) {
  EXPECT_EQ(CleanText("Bia\x01ły\x1Bstok\x7F \u0090Grodno"), "Białystok Grodno");
}

TEST(CleanTextTest, TabIsASpace) { EXPECT_EQ(CleanText("Kaunas\tVilnius"), "Kaunas Vilnius"); }

TEST(CleanTextTest, FormFeedSeparatesParagraphs) {
  EXPECT_EQ(CleanText("koniec strony\fpoczątek"), "koniec strony\n\npoczątek");
  EXPECT_EQ(CleanText("koniec strony\n\f\npoczątek"), "koniec strony\n\npoczątek");
}

TEST(CleanTextTest, CleanTextIsUnchanged) {
  const std::string clean = "Umowa o współpracy\nmiędzy Gdańskiem a Wilnem\n\n§ 1. Strony...";
  EXPECT_EQ(CleanText(clean), clean);
  const std::string messy = "  Umowa  o współ-\r\npracy \u00AD\n\n\n\n§ 1.\f";
  EXPECT_EQ(CleanText(CleanText(messy)), CleanText(messy));
}

TEST(CleanDocumentTest, CleansPagesTitleAndAuthor) {
  Document doc;
  doc.title = "  Umowa\u00A0partnerska ";
  doc.author = "Urząd  Miejski\r\n";
  doc.pages = {{.number = 1, .text = "partner-\nstwo  miast\n\n\n"},
               {.number = 2, .text = "\r\nGrodno\t\tBiałystok"}};
  CleanDocument(doc);
  EXPECT_EQ(doc.title, "Umowa partnerska");
  EXPECT_EQ(doc.author, "Urząd Miejski");
  ASSERT_EQ(doc.pages.size(), 2u);
  EXPECT_EQ(doc.pages[0].text, "partnerstwo\nmiast");
  EXPECT_EQ(doc.pages[1].text, "Grodno Białystok");
  EXPECT_EQ(doc.pages[1].number, 2);
}

}  // namespace
}  // namespace twindex::text
