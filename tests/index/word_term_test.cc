#include "index/word_term.h"

#include <gtest/gtest.h>

#include <string>

namespace twindex::index::schema {
namespace {

TEST(WordTermTest, ACyrillicWordTakesAByteALetterAfterTheMark) {
  const std::string word = "сотрудничества";  // 14 letters, 28 bytes in UTF-8
  const std::string term = WordTerm(word);
  EXPECT_EQ(term.size(), 1u + 14u);
  EXPECT_EQ(term[0], kCyrillicMark);
  EXPECT_EQ(WordOfTerm(term), word);
}

TEST(WordTermTest, BelarusianLettersAndCapitalsComeBack) {
  for (const std::string word : {"супрацоўніцтва", "Гродна", "ЁЛКА", "Ўзвышша", "ѣ", "Ѐ"})
    EXPECT_EQ(WordOfTerm(WordTerm(word)), word) << word;
}

TEST(WordTermTest, AsciiInsideACyrillicWordStaysOneByte) {
  const std::string word = "covid-19-пандемия";
  EXPECT_EQ(WordTerm(word).size(), 1u + 9u + 8u);
  EXPECT_EQ(WordOfTerm(WordTerm(word)), word);
}

TEST(WordTermTest, OtherWordsAreTheirOwnTerms) {
  // Latin (with or without diacritics), digits, mixed scripts outside the block, not UTF-8.
  for (const std::string word :
       {"gdańsku", "bendradarbiavimo", "2017", "", "ελλάδα", "мiasto\xCE\xBB", "\xD0"}) {
    EXPECT_EQ(WordTerm(word), word);
    EXPECT_EQ(WordOfTerm(word), word);
  }
}

TEST(WordTermTest, DistinctWordsHaveDistinctTerms) {
  const std::string words[] = {"мир", "мір", "мiр", "Мир", "mir", "миръ"};
  for (const std::string& a : words)
    for (const std::string& b : words) {
      if (a == b) continue;
      EXPECT_NE(WordTerm(a), WordTerm(b)) << a << " " << b;
    }
}

TEST(WordTermTest, NoTermLooksLikeAPrefixedOne) {
  // Prefixed terms start with a capital ASCII letter; a Cyrillic capital must not become one.
  EXPECT_EQ(WordTerm("Я")[0], kCyrillicMark);
  EXPECT_NE(WordTerm("Я")[1], 'O');
  EXPECT_GE(static_cast<unsigned char>(WordTerm("Я")[1]), 0x80u);
}

}  // namespace
}  // namespace twindex::index::schema
