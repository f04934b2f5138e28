#include "text/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace twindex::text {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Terms(std::string_view text) {
  std::vector<std::string> terms;
  for (const Token& t : Tokenize(text)) terms.push_back(t.term);
  return terms;
}

TEST(TokenizeTest, EmptyInputGivesNoTokens) {
  EXPECT_THAT(Tokenize(""), IsEmpty());
  EXPECT_THAT(Tokenize("  \n\t "), IsEmpty());
}

TEST(TokenizeTest, SplitsPolishWordsAndFoldsCase) {
  EXPECT_THAT(Terms("Umowa o Współpracy: ŁÓDŹ, Żółć"),
              ElementsAre("umowa", "o", "współpracy", "łódź", "żółć"));
}

TEST(TokenizeTest, SplitsLithuanianWords) {
  EXPECT_THAT(Terms("Druskininkų SAVIVALDYBĖ ir Kaunas; ąčęėįšųūž"),
              ElementsAre("druskininkų", "savivaldybė", "ir", "kaunas", "ąčęėįšųūž"));
}

TEST(TokenizeTest, SplitsRussianAndBelarusianWords) {
  EXPECT_THAT(Terms("СОГЛАШЕНИЕ о побратимстве. Гродна і Беласток — ўсё!"),
              ElementsAre("соглашение", "о", "побратимстве", "гродна", "і", "беласток", "ўсё"));
}

TEST(TokenizeTest, KeepsNumbersAsWords) {
  EXPECT_THAT(Terms("rok 2017, nr 15/2018"), ElementsAre("rok", "2017", "nr", "15", "2018"));
}

TEST(TokenizeTest, SplitsIsoDateIntoNumbers) {
  EXPECT_THAT(Terms("2017-04-27"), ElementsAre("2017", "04", "27"));
}

TEST(TokenizeTest, DropsPunctuationAndSymbols) {
  EXPECT_THAT(Terms("«Umowa» — (art. 5) ... „tak” ! ? ; § % & *"),
              ElementsAre("umowa", "art", "5", "tak"));
  EXPECT_THAT(Terms("— … ! ? « » „ ” -- ::"), IsEmpty());
}

TEST(TokenizeTest, SplitsHyphenatedCompounds) {
  EXPECT_THAT(Terms("Polsko-Białoruskie porozumienie"),
              ElementsAre("polsko", "białoruskie", "porozumienie"));
  EXPECT_THAT(Terms("Бяла-Падляска"), ElementsAre("бяла", "падляска"));
}

TEST(TokenizeTest, KeepsApostropheInsideWord) {
  // An apostrophe between letters does not break a word (UAX #29): Belarusian "сям'я" and
  // English "don't" stay whole, with either the ASCII or the typographic apostrophe.
  EXPECT_THAT(Terms("сям'я don't"), ElementsAre("сям'я", "don't"));
  EXPECT_THAT(Terms("сям\u2019я"), ElementsAre("сям\u2019я"));
}

TEST(TokenizeTest, DropsQuotingApostrophes) {
  EXPECT_THAT(Terms("'Grodno'"), ElementsAre("grodno"));
}

TEST(TokenizeTest, OffsetsPointAtTheOriginalBytes) {
  const std::string text = "  ŁÓDŹ i Гродна,\nDruskininkų-Sokółka 2017";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<std::string> originals = {"ŁÓDŹ",        "i",       "Гродна",
                                              "Druskininkų", "Sokółka", "2017"};
  ASSERT_EQ(tokens.size(), originals.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    SCOPED_TRACE(originals[i]);
    ASSERT_LE(tokens[i].begin, tokens[i].end);
    ASSERT_LE(tokens[i].end, text.size());
    EXPECT_EQ(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), originals[i]);
    EXPECT_EQ(tokens[i].term, FoldCase(originals[i]));
  }
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_EQ(tokens.back().end, text.size());
}

TEST(TokenizeTest, OffsetsAreInOrderAndDoNotOverlap) {
  const std::vector<Token> tokens = Tokenize("a, bb; ccc - dddd. Ёлка ёлка");
  ASSERT_EQ(tokens.size(), 6u);
  for (size_t i = 1; i < tokens.size(); ++i) EXPECT_LT(tokens[i - 1].end, tokens[i].begin);
}

TEST(TokenizeTest, SkipsWordsLongerThanTheLimit) {
  const std::string limit_word(kMaxTermBytes, 'a');
  const std::string long_word(kMaxTermBytes + 1, 'b');
  const std::string text = "start " + long_word + " " + limit_word + " end";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].term, "start");
  EXPECT_EQ(tokens[1].term, limit_word);
  EXPECT_EQ(tokens[1].begin, 6 + long_word.size() + 1);
  EXPECT_EQ(tokens[2].term, "end");
}

TEST(TokenizeTest, LimitCountsBytesNotCharacters) {
  // 33 two-byte letters: 33 characters but 66 bytes, over the limit.
  std::string word;
  for (int i = 0; i < 33; ++i) word += "ą";
  EXPECT_THAT(Terms("x " + word + " y"), ElementsAre("x", "y"));
}

TEST(FoldCaseTest, FoldsPolishAndLithuanianCapitals) {
  EXPECT_EQ(FoldCase("ŁĄĆĘŃÓŚŹŻ"), "łąćęńóśźż");
  EXPECT_EQ(FoldCase("ĄČĘĖĮŠŲŪŽ"), "ąčęėįšųūž");
}

TEST(FoldCaseTest, FoldsCyrillicCapitals) {
  EXPECT_EQ(FoldCase("ЁЛКА"), "ёлка");
  EXPECT_EQ(FoldCase("ЎІЎ"), "ўіў");
  EXPECT_EQ(FoldCase("МОСКВА"), "москва");
}

TEST(FoldCaseTest, FoldsGreekSigmaInAnyPosition) {
  // Capital, medial and final sigma all fold to the same letter, so they match each other.
  EXPECT_EQ(FoldCase("ΟΔΟΣ"), "οδοσ");
  EXPECT_EQ(FoldCase("οδος"), "οδοσ");
  EXPECT_EQ(FoldCase("ΣΟΦΟΣ"), FoldCase("σοφος"));
}

TEST(FoldCaseTest, UsesFullCaseFolding) {
  EXPECT_EQ(FoldCase("Straße"), "strasse");
  EXPECT_EQ(FoldCase("STRASSE"), FoldCase("straße"));
}

TEST(FoldCaseTest, LeavesFoldedTextAlone) {
  EXPECT_EQ(FoldCase("sokółka 2017"), "sokółka 2017");
  EXPECT_EQ(FoldCase(""), "");
}

TEST(FoldCaseTest, TokenizeAgreesWithFoldCase) {
  for (std::string_view word : {"Białystok", "ГРОДНА", "Kaunė", "ΣΟΦΟΣ"}) {
    const std::vector<Token> tokens = Tokenize(word);
    ASSERT_EQ(tokens.size(), 1u) << word;
    EXPECT_EQ(tokens[0].term, FoldCase(word));
  }
}

}  // namespace
}  // namespace twindex::text

namespace twindex::text {
namespace {

TEST(TokenizeApostropheTest, EveryApostropheMarkKeepsTheWordWhole) {
  for (const char* word : {"з'езд", "з’езд", "зʼезд", "з`езд", "з′езд", "з´езд"}) {
    const std::string text = std::string("Трэці ") + word + " адбыўся";
    const std::vector<Token> tokens = Tokenize(text);
    ASSERT_EQ(tokens.size(), 3u) << word;
    EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), word);
  }
  // A backquote between spaces is not an apostrophe.
  EXPECT_EQ(Tokenize("a ` b").size(), 2u);
}

}  // namespace
}  // namespace twindex::text
