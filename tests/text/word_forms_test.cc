#include "text/word_forms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace twindex::text {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Each;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;
using ::testing::Not;
using Script = WordForms::Script;

std::string Exact(std::string_view word) { return MakeWordForms(word).exact; }
std::string Folded(std::string_view word) { return MakeWordForms(word).folded; }
std::vector<std::string> Romanized(std::string_view word) { return MakeWordForms(word).romanized; }

// The form a word is matched by when diacritics do not matter.
std::string Base(std::string_view word) {
  WordForms f = MakeWordForms(word);
  return f.folded.empty() ? f.exact : f.folded;
}

TEST(WordFormsTest, FoldsCase) {
  EXPECT_EQ(Exact("Kaunas"), "kaunas");
  EXPECT_EQ(Exact("ŁÓDŹ"), "łódź");
  EXPECT_EQ(Exact("ŠIAULIAI"), "šiauliai");
  EXPECT_EQ(Exact("БЕЛАСТОК"), "беласток");
  EXPECT_EQ(Exact("ЎСХОД"), "ўсход");
}

TEST(WordFormsTest, FoldsLigaturesAndCompatibilityForms) {
  EXPECT_EQ(Exact("ﬁrma"), "firma");
  EXPECT_EQ(Exact("Ｍｉｎｓｋ"), "minsk");  // fullwidth
  EXPECT_EQ(Exact("２０１７"), "2017");
  EXPECT_EQ(Exact("Straße"), "strasse");
}

TEST(WordFormsTest, DropsSoftHyphensAndZeroWidthCharacters) {
  EXPECT_EQ(Exact("part\u00ADner\u200Bstwo"), "partnerstwo");
  EXPECT_EQ(Exact("Бела\u00ADсток"), "беласток");
  EXPECT_EQ(Exact("\uFEFFumowa\u200D"), "umowa");
  EXPECT_EQ(Exact("Gda\u2060ńsk"), "gdańsk");
}

TEST(WordFormsTest, UnifiesApostrophes) {
  for (std::string_view word : {"з'езд", "з’езд", "зʼезд", "з‘езд", "з`езд", "з′езд", "з´езд"})
    EXPECT_EQ(Exact(word), "з'езд") << word;
  EXPECT_EQ(Exact("O’Brien"), "o'brien");
  EXPECT_EQ(Exact("d`Artagnan"), "d'artagnan");  // the ASCII fast path too
}

TEST(WordFormsTest, TrimsApostrophesAtTheEnds) {
  EXPECT_EQ(Exact("ʼслова"), "слова");
  EXPECT_EQ(Exact("Lepelʹ"), "lepel");
  EXPECT_EQ(Exact("'Kaunas'"), "kaunas");
  EXPECT_EQ(Exact("ʼʼ"), "");
}

TEST(WordFormsTest, RepairsLatinLookAlikesInCyrillicWords) {
  EXPECT_EQ(Exact("Бeлapусь"), "беларусь");  // Latin e, a, p
  EXPECT_EQ(Exact("Mосква"), "москва");      // Latin capital M
  EXPECT_EQ(Exact("ГOPOД"), "город");        // Latin capitals O, P
  EXPECT_EQ(Exact("Мiнск"), "м\u0456нск");   // Latin i becomes Belarusian і, not Russian и
  EXPECT_EQ(Exact("Магiлëў"), "магілёў");    // Latin i and ë
  EXPECT_EQ(Exact("Мінсk"), "мінск");        // lowercase k/к look alike too
  EXPECT_EQ(MakeWordForms("Бeлapусь").script, Script::kCyrillic);
}

TEST(WordFormsTest, RepairsCyrillicLookAlikesInLatinWords) {
  EXPECT_EQ(Exact("Kаunаs"), "kaunas");        // Cyrillic а
  EXPECT_EQ(Exact("Białystоk"), "białystok");  // Cyrillic о
  EXPECT_EQ(Exact("ВIAŁYSTOK"), "białystok");  // Cyrillic capital В
  EXPECT_EQ(Exact("Lаtviјa"), "latvija");      // Cyrillic а and Serbian ј
  EXPECT_EQ(MakeWordForms("Kаunаs").script, Script::kLatin);
}

TEST(WordFormsTest, RepairsDecomposedLookAlikes) {
  // Latin y + combining breve in a Cyrillic word recomposes to ў once y becomes у.
  EXPECT_EQ(Exact("Магілёy\u0306"), "магілёў");
}

TEST(WordFormsTest, LowercaseLettersThatLookAlikeOnlyInCapitalsStay) {
  // b/в, h/н, m/м, t/т look alike only as capitals: a lowercase Latin b is a vote for Latin.
  EXPECT_EQ(Exact("bоbа"), "boba");  // Cyrillic о, а in a word with Latin b
  EXPECT_EQ(Exact("вoвa"), "вова");  // Latin o, a in a word with Cyrillic в
}

TEST(WordFormsTest, KeepsWordsOfLookAlikesOnlyAsWritten) {
  EXPECT_EQ(Exact("рос"), "рос");  // Cyrillic
  EXPECT_EQ(Exact("poc"), "poc");  // Latin
  EXPECT_EQ(Exact("pос"), "pос");  // Latin p, Cyrillic о с: no evidence either way
  EXPECT_EQ(Exact("lал"), "lал");  // one unambiguous letter each: a tie
  EXPECT_EQ(MakeWordForms("рос").script, Script::kCyrillic);
  EXPECT_EQ(MakeWordForms("poc").script, Script::kLatin);
}

TEST(WordFormsTest, ReportsTheDominantScript) {
  EXPECT_EQ(MakeWordForms("Łódź").script, Script::kLatin);
  EXPECT_EQ(MakeWordForms("Kaunas").script, Script::kLatin);
  EXPECT_EQ(MakeWordForms("Гродна").script, Script::kCyrillic);
  EXPECT_EQ(MakeWordForms("2017").script, Script::kOther);
  EXPECT_EQ(MakeWordForms("αβγ").script, Script::kOther);
  EXPECT_EQ(MakeWordForms("2017г").script, Script::kCyrillic);
}

TEST(WordFormsTest, FoldsPolishDiacriticsIncludingL) {
  EXPECT_EQ(Folded("Białystok"), "bialystok");
  EXPECT_EQ(Folded("Łódź"), "lodz");
  EXPECT_EQ(Folded("Gdańsku"), "gdansku");
  EXPECT_EQ(Folded("ŻÓŁĆ"), "zolc");
  EXPECT_EQ(Folded("Górą"), "gora");
}

TEST(WordFormsTest, FoldsLithuanianDiacritics) {
  EXPECT_EQ(Folded("Šiauliai"), "siauliai");
  EXPECT_EQ(Folded("Druskininkų"), "druskininku");
  EXPECT_EQ(Folded("ąčęėįšųūž"), "aceeisuuz");
}

TEST(WordFormsTest, FoldsOtherLatinLettersLikeLatinAscii) {
  EXPECT_EQ(Folded("Søby"), "soby");
  EXPECT_EQ(Folded("Đakovo"), "dakovo");
  EXPECT_EQ(Folded("Æbelø"), "aebelo");
  EXPECT_EQ(Folded("İzmir"), "izmir");  // casefolds to i + combining dot
}

TEST(WordFormsTest, FoldedIsEmptyWithoutDiacritics) {
  EXPECT_EQ(Folded("Kaunas"), "");
  EXPECT_EQ(Folded("Grodno"), "");
  EXPECT_EQ(Folded("Гродна"), "");
  EXPECT_EQ(Folded("ﬁrma"), "");  // changed by NFKC, but exact already says "firma"
}

TEST(WordFormsTest, DoesNotFoldDistinctCyrillicLetters) {
  EXPECT_EQ(Folded("йод"), "");
  EXPECT_EQ(Folded("ўсход"), "");
  EXPECT_EQ(Folded("Мінск"), "");
  EXPECT_EQ(Folded("Їжак"), "");
  EXPECT_EQ(Folded("Брэст"), "");
}

TEST(WordFormsTest, FoldsYoToYe) {
  EXPECT_EQ(Folded("ёлка"), "елка");
  EXPECT_EQ(Folded("ЗЯЛЁНЫ"), "зялены");
  EXPECT_EQ(Folded("Магілёў"), "магілеў");  // ё folds, ў stays
}

TEST(WordFormsTest, FoldDropsStressMarks) {
  EXPECT_EQ(Exact("за\u0301мок"), "за\u0301мок");
  EXPECT_EQ(Folded("за\u0301мок"), "замок");
}

TEST(WordFormsTest, RomanizesBelarusianInThreeConventions) {
  std::vector<std::string> r = Romanized("Лукашэнка");
  EXPECT_THAT(r, Contains("lukashenka"));  // BGN/PCGN
  EXPECT_THAT(r, Contains("lukaszenka"));  // Polish
  EXPECT_THAT(r, Contains("lukasenka"));   // Lithuanian, folded
  // What a Latin-script text writes matches one of them.
  EXPECT_THAT(r, Contains(Base("Lukashenka")));
  EXPECT_THAT(r, Contains(Base("Łukaszenka")));
  EXPECT_THAT(r, Contains(Base("Lukašenka")));
}

TEST(WordFormsTest, RomanizesRussianInThreeConventions) {
  std::vector<std::string> r = Romanized("Лукашенко");
  EXPECT_THAT(r, Contains(Base("Lukashenko")));
  EXPECT_THAT(r, Contains(Base("Łukaszenko")));
  EXPECT_THAT(r, Contains(Base("Lukašenko")));
}

TEST(WordFormsTest, RomanizesPlaceNames) {
  EXPECT_THAT(Romanized("Гродна"), AllOf(Contains("hrodna"), Contains("grodna")));
  EXPECT_THAT(Romanized("Полацк"), AllOf(Contains("polatsk"), Contains("polack")));
  EXPECT_THAT(Romanized("Беласток"),
              AllOf(Contains("byelastok"), Contains("belastok"), Contains("bielastok")));
  EXPECT_THAT(Romanized("Жодзіна"), AllOf(Contains("zhodzina"), Contains("zodzina")));
  EXPECT_THAT(Romanized("Чачэрск"),
              AllOf(Contains("chachersk"), Contains("czaczersk"), Contains("cacersk")));
  EXPECT_THAT(Romanized("Шчучын"),
              AllOf(Contains("shchuchyn"), Contains("szczuczyn"), Contains("scucyn")));
  EXPECT_THAT(Romanized("Щучин"),
              AllOf(Contains("shchuchin"), Contains("szczuczin"), Contains("scucin")));
}

TEST(WordFormsTest, PolishConventionDetails) {
  EXPECT_THAT(Romanized("з'езд"), Contains("zjezd"));              // apostrophe: je
  EXPECT_THAT(Romanized("подъезд"), Contains("podjezd"));          // hard sign: je
  EXPECT_THAT(Romanized("Достоевский"), Contains("dostojewski"));  // -ий loses й
  EXPECT_THAT(Romanized("Медведев"), Contains("miedwiediew"));     // ie after a consonant
  EXPECT_THAT(Romanized("Жириновский"), Contains("zyrinowski"));   // и after ж is y
}

TEST(WordFormsTest, RomanizesByTheLanguageTheLettersShow) {
  // и: Russian only, so г is g, never h.
  EXPECT_THAT(Romanized("Гагарин"), AllOf(Contains("gagarin"), Not(Contains("haharin"))));
  // і, ў: Belarusian only, so г is h, never g.
  EXPECT_THAT(Romanized("Магілёў"),
              AllOf(Contains("mahilyow"), Contains("mahilou"), Not(Contains("magilou"))));
}

TEST(WordFormsTest, RomanizedFormsAreDistinctAsciiLetters) {
  for (std::string_view word :
       {"Лукашэнка", "Гродна", "Полацк", "Беласток", "Жодзіна", "Чачэрск", "Шчучын", "Щучин",
        "Лукашенко", "Лепель", "з'езд", "Ёлка", "ГОРБАЧЁВ", "Їжак", "за\u0301мок", "ўсход"}) {
    std::vector<std::string> r = Romanized(word);
    EXPECT_THAT(r, Not(IsEmpty())) << word;
    EXPECT_THAT(r, Each(MatchesRegex("[a-z0-9]+"))) << word;
    for (size_t i = 0; i < r.size(); ++i)
      for (size_t j = i + 1; j < r.size(); ++j) EXPECT_NE(r[i], r[j]) << word;
  }
}

TEST(WordFormsTest, OnlyCyrillicWordsAreRomanized) {
  EXPECT_THAT(Romanized("Białystok"), IsEmpty());
  EXPECT_THAT(Romanized("Kaunas"), IsEmpty());
  EXPECT_THAT(Romanized("αβγ"), IsEmpty());
}

TEST(WordFormsTest, DigitsHaveNoOtherForms) {
  for (std::string_view word : {"2017", "２０１７"}) {
    WordForms f = MakeWordForms(word);
    EXPECT_EQ(f.exact, "2017") << word;
    EXPECT_EQ(f.folded, "") << word;
    EXPECT_THAT(f.romanized, IsEmpty()) << word;
  }
}

TEST(WordFormsTest, ReturnsOverlongWordsAsTheyAre) {
  std::string limit(kMaxWordFormsBytes, 'A');
  EXPECT_EQ(Exact(limit), std::string(kMaxWordFormsBytes, 'a'));
  std::string over = "Ż" + std::string(kMaxWordFormsBytes, 'A');
  WordForms f = MakeWordForms(over);
  EXPECT_EQ(f.exact, over);
  EXPECT_EQ(f.folded, "");
  EXPECT_EQ(f.script, Script::kOther);
}

TEST(WordFormsTest, ReplacesIllFormedUtf8) { EXPECT_EQ(Exact("Gda\xFFsk"), "gda\uFFFDsk"); }

TEST(WordFormsTest, GivesTheSameFormsOnEveryThread) {
  const std::vector<std::string> words = {"Лукашэнка", "Гродна", "Łódź", "Магілёў", "Щучин"};
  std::vector<WordForms> expected;
  for (const std::string& w : words) expected.push_back(MakeWordForms(w));
  std::vector<int> mismatches(4, 0);
  {
    std::vector<std::jthread> threads;
    for (int& count : mismatches)
      threads.emplace_back([&] {
        for (int round = 0; round < 200; ++round)
          for (size_t i = 0; i < words.size(); ++i) {
            WordForms f = MakeWordForms(words[i]);
            if (f.exact != expected[i].exact || f.folded != expected[i].folded ||
                f.romanized != expected[i].romanized)
              ++count;
          }
      });
  }
  EXPECT_THAT(mismatches, Each(0));
}

}  // namespace
}  // namespace twindex::text

namespace twindex::text {
namespace {

TEST(WordFormsTest, ExactAndFoldedFormsAloneAreThoseOfMakeWordForms) {
  for (std::string_view word : {"Gdańsku", "ŁÓDŹ", "Šiauliai", "Гродна", "Ёлка", "d’Arc", "Гoрад",
                                "Kraków2", "123", "'", "Straße", "Æbeltoft", "Gda\xFFsk"}) {
    const WordForms f = MakeWordForms(word);
    EXPECT_EQ(ExactForm(word), f.exact) << word;
    EXPECT_EQ(FoldedForm(word), f.folded.empty() ? f.exact : f.folded) << word;
  }
  const std::string overlong(kMaxWordFormsBytes + 1, 'a');
  EXPECT_EQ(ExactForm(overlong), overlong);
  EXPECT_EQ(FoldedForm(overlong), overlong);
}

}  // namespace
}  // namespace twindex::text
