#include "text/stemmer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "text/tokenizer.h"

namespace twindex::text {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

// Words reach the stemmer case-folded, as the tokenizer gives them.
std::vector<std::string> StemsOf(const Stemmer& stemmer, std::string_view word) {
  return stemmer.Stems(FoldCase(word));
}

std::vector<std::string> StemsOf(std::string_view lang, std::string_view word) {
  return StemsOf(Stemmer::ForLanguage(lang), word);
}

std::vector<std::string> Shared(std::vector<std::string> a, std::vector<std::string> b) {
  std::vector<std::string> both;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both;
}

// --- Polish: Hunspell -------------------------------------------------------------------------

TEST(StemmerPolishTest, InflectedCityNamesLeadToTheNominative) {
  EXPECT_THAT(StemsOf("pl", "Gdańsku"), Contains("gdańsk"));
  EXPECT_THAT(StemsOf("pl", "Gdańska"), Contains("gdańsk"));
  EXPECT_THAT(StemsOf("pl", "Gdańsk"), ElementsAre("gdańsk"));
  EXPECT_THAT(StemsOf("pl", "Sokółce"), Contains("sokółka"));
  EXPECT_THAT(StemsOf("pl", "Sokółki"), Contains("sokółka"));
  EXPECT_THAT(StemsOf("pl", "Sokółka"), ElementsAre("sokółka"));
  EXPECT_THAT(StemsOf("pl", "Grodnie"), ElementsAre("grodno"));
  EXPECT_THAT(StemsOf("pl", "Druskiennikach"), ElementsAre("druskienniki"));
}

TEST(StemmerPolishTest, CommonNounsLeadToTheLemma) {
  EXPECT_THAT(StemsOf("pl", "partnerstwie"), ElementsAre("partnerstwo"));
  EXPECT_THAT(StemsOf("pl", "partnerstwa"), ElementsAre("partnerstwo"));
  EXPECT_THAT(StemsOf("pl", "Współpracy"), ElementsAre("współpraca"));
}

TEST(StemmerPolishTest, AllLemmasAreKeptSortedDistinctAndFolded) {
  // Gdańsku is the city and the adjective gdański; Augustowie has five readings in pl_PL, some
  // differing only in case there (Augustowie, augustowie): each appears once, folded.
  EXPECT_THAT(StemsOf("pl", "Gdańsku"), ElementsAre("gdańsk", "gdański"));
  const std::vector<std::string> stems = StemsOf("pl", "Augustowie");
  EXPECT_THAT(stems, Contains("augustów"));
  EXPECT_TRUE(std::is_sorted(stems.begin(), stems.end()));
  EXPECT_EQ(std::adjacent_find(stems.begin(), stems.end()), stems.end());
  for (const std::string& s : stems) EXPECT_EQ(s, FoldCase(s));
}

TEST(StemmerPolishTest, AdjectiveNounCityNamesDeclineBothParts) {
  // pl_PL lists Białymstoku and Białegostoku as words without a lemma.
  EXPECT_THAT(StemsOf("pl", "Białymstoku"), ElementsAre("białymstoku", "białystok"));
  EXPECT_THAT(StemsOf("pl", "Białegostoku"), Contains("białystok"));
  EXPECT_THAT(StemsOf("pl", "Białystok"), ElementsAre("białystok"));
  // The same rule, not a list of cities.
  EXPECT_THAT(StemsOf("pl", "Krasnymstawie"), Contains("krasnystaw"));
  EXPECT_THAT(StemsOf("pl", "Krasnegostawu"), Contains("krasnystaw"));
  // The rebuilt word must be in the dictionary: nowy+dom is not, so the suffix stemmer decides.
  EXPECT_THAT(StemsOf("pl", "Nowymdomu"), ElementsAre("nowymdom"));
}

// --- Polish: the suffix stemmer for words Hunspell does not know ------------------------------

TEST(StemmerPolishTest, UnknownWordsFallBackToTheSuffixStemmer) {
  EXPECT_THAT(StemsOf("pl", "Druskininkach"), ElementsAre("druskinink"));
  EXPECT_THAT(StemsOf("pl", "Druskininkai"), ElementsAre("druskinink"));
  EXPECT_THAT(StemsOf("pl", "Xyzówce"), ElementsAre("xyzówc", "xyzówk"));
  EXPECT_THAT(StemsOf("pl", "Xyzówka"), ElementsAre("xyzówk"));
}

TEST(StemmerPolishTest, ShortAndUnstrippableWordsStayWhole) {
  EXPECT_THAT(StemsOf("pl", "Qwa"), ElementsAre("qwa"));    // unknown, stem would be too short
  EXPECT_THAT(StemsOf("pl", "Qwbk"), ElementsAre("qwbk"));  // unknown, no ending
  EXPECT_THAT(StemsOf("pl", "2015"), ElementsAre("2015"));
  EXPECT_THAT(StemsOf("pl", "Гродне"), ElementsAre("гродне"));  // not writable in ISO-8859-2
}

TEST(StemmerPolishTest, MissingDictionaryMeansSuffixStemmerOnly) {
  const Stemmer stemmer("pl", "/nonexistent/hunspell");
  EXPECT_THAT(StemsOf(stemmer, "Sokółce"), ElementsAre("sokółc", "sokółk"));
  EXPECT_THAT(StemsOf(stemmer, "Sokółki"), ElementsAre("sokółk"));
  EXPECT_THAT(StemsOf(stemmer, "Sokółka"), ElementsAre("sokółk"));
  EXPECT_THAT(StemsOf(stemmer, "Grodnie"), ElementsAre("grodn"));
  EXPECT_THAT(StemsOf(stemmer, "Grodno"), ElementsAre("grodn"));
  EXPECT_THAT(StemsOf(stemmer, "Gdańsku"), ElementsAre("gdańsk"));
  EXPECT_THAT(StemsOf(stemmer, "Tarnowie"), ElementsAre("tarn"));
  EXPECT_THAT(StemsOf(stemmer, "Tarnów"), ElementsAre("tarn"));
  EXPECT_THAT(StemsOf(stemmer, "polskiego"), ElementsAre("polsk"));
  EXPECT_THAT(StemsOf(stemmer, "Lida"), ElementsAre("lida"));  // "lid" would be too short
  EXPECT_THAT(StemsOf(stemmer, "dom"), ElementsAre("dom"));
}

// --- Belarusian -------------------------------------------------------------------------------

TEST(StemmerBelarusianTest, InflectedCityNamesShareTheNominativesStem) {
  EXPECT_THAT(StemsOf("be", "Полацку"), ElementsAre("полацк"));
  EXPECT_THAT(StemsOf("be", "Полацка"), ElementsAre("полацк"));
  EXPECT_THAT(StemsOf("be", "Полацк"), ElementsAre("полацк"));
  // be_BY's nominative is Гродна (Belarusian), and Гродне leads to it.
  EXPECT_THAT(StemsOf("be", "Гродне"), ElementsAre("гродна"));
  EXPECT_THAT(StemsOf("be", "Гродна"), ElementsAre("гродна"));
  EXPECT_THAT(StemsOf("be", "Магілёве"), ElementsAre("магілёў"));
  EXPECT_THAT(StemsOf("be", "Лідзе"), ElementsAre("ліда"));
  EXPECT_THAT(StemsOf("be", "пагаднення"), ElementsAre("пагадненне"));
}

// be_BY lists гарады as a lemma of its own (stress and akanye change the stem): its forms also
// lead to the singular's lemma.
TEST(StemmerBelarusianTest, PluralWithAkanyeAlsoLeadsToTheSingular) {
  for (const char* plural : {"гарадоў", "гарады", "гарадамі", "гарадах"})
    EXPECT_THAT(StemsOf("be", plural), ElementsAre("гарады", "горад")) << plural;
  EXPECT_THAT(StemsOf("be", "галасоў"), Contains("голас"));
  EXPECT_THAT(StemsOf("be", "горадзе"), ElementsAre("горад"));
  EXPECT_THAT(StemsOf("be", "пабрацімаў"), ElementsAre("пабрацім"));
}

TEST(StemmerBelarusianTest, UnknownWordsFallBackToTheSuffixStemmer) {
  // Сакулка (Sokółka) is not in be_BY; ка/цы alternate as in the dictionary's own rules.
  EXPECT_THAT(StemsOf("be", "Сакулцы"), ElementsAre("сакулк", "сакулц"));
  EXPECT_THAT(StemsOf("be", "Сакулка"), ElementsAre("сакулк"));
  EXPECT_THAT(StemsOf("be", "Шчучыне"), ElementsAre("шчучын"));
  EXPECT_THAT(StemsOf("be", "Шчучын"), ElementsAre("шчучын"));
  EXPECT_THAT(StemsOf("be", "Ўыя"), ElementsAre("ўыя"));  // unknown and short
}

// --- Russian and Lithuanian: Snowball ---------------------------------------------------------

TEST(StemmerRussianTest, InflectedFormsShareAStem) {
  EXPECT_THAT(StemsOf("ru", "соглашения"), ElementsAre("соглашен"));
  EXPECT_THAT(StemsOf("ru", "Соглашение"), ElementsAre("соглашен"));
  EXPECT_THAT(StemsOf("ru", "Гродно"), ElementsAre("гродн"));
  EXPECT_THAT(StemsOf("ru", "Гродне"), ElementsAre("гродн"));
  EXPECT_THAT(StemsOf("ru", "в"), ElementsAre("в"));
}

TEST(StemmerRussianTest, YoIsReadAsYe) {
  EXPECT_EQ(StemsOf("ru", "ёлка"), StemsOf("ru", "елка"));
  EXPECT_THAT(StemsOf("ru", "Ёлки"), ElementsAre("елк"));
}

TEST(StemmerLithuanianTest, InflectedFormsShareAStem) {
  EXPECT_THAT(StemsOf("lt", "Vilniuje"), ElementsAre("viln"));
  EXPECT_THAT(StemsOf("lt", "Vilnius"), ElementsAre("viln"));
  EXPECT_THAT(StemsOf("lt", "Vilniaus"), ElementsAre("viln"));
  EXPECT_EQ(StemsOf("lt", "Kauno"), StemsOf("lt", "Kaunas"));
  EXPECT_EQ(StemsOf("lt", "Gardine"), StemsOf("lt", "Gardinas"));
  EXPECT_NE(StemsOf("lt", "Kaunas"), StemsOf("lt", "Gardinas"));
}

TEST(StemmerTest, OtherLanguagesAndEmptyWordsHaveNoStems) {
  EXPECT_EQ(Stemmer::ForLanguage("en").method(), Stemmer::Method::kNone);
  EXPECT_THAT(StemsOf("en", "agreements"), IsEmpty());
  EXPECT_THAT(StemsOf("", "umowa"), IsEmpty());
  EXPECT_THAT(StemsOf("pl", ""), IsEmpty());
  EXPECT_THAT(StemsOf("ru", ""), IsEmpty());
  EXPECT_EQ(Stemmer::ForLanguage("pl").method(), Stemmer::Method::kHunspell);
  EXPECT_EQ(Stemmer::ForLanguage("lt").method(), Stemmer::Method::kSnowball);
  EXPECT_EQ(&Stemmer::ForLanguage("pl"), &Stemmer::ForLanguage("pl"));
}

// Every inflected form of a city shares a stem with its nominative, in each language.
TEST(StemmerTest, CityFormsMeetTheirNominative) {
  struct Case {
    std::string_view lang, nominative, form;
  };
  const Case cases[] = {
      {"pl", "Gdańsk", "Gdańsku"},        {"pl", "Sokółka", "Sokółce"},
      {"pl", "Białystok", "Białymstoku"}, {"pl", "Grodno", "Grodnie"},
      {"pl", "Wilno", "Wilnie"},          {"pl", "Kowno", "Kownie"},
      {"be", "Полацк", "Полацку"},        {"be", "Гродна", "Гродне"},
      {"be", "Мінск", "Мінску"},          {"ru", "Гродно", "Гродне"},
      {"ru", "Полоцк", "Полоцке"},        {"lt", "Vilnius", "Vilniuje"},
      {"lt", "Kaunas", "Kauno"},          {"lt", "Druskininkai", "Druskininkuose"},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Shared(StemsOf(c.lang, c.nominative), StemsOf(c.lang, c.form)), Not(IsEmpty()))
        << c.lang << ": " << c.nominative << " / " << c.form;
  }
}

// --- Caching and threads ----------------------------------------------------------------------

TEST(StemmerTest, ResultsDoNotDependOnTheCache) {
  const Stemmer ru("ru");
  const std::vector<std::string> before = StemsOf(ru, "соглашения");
  // Enough distinct words to fill the per-thread cache and make it start over.
  for (int i = 0; i < 40000; ++i) ru.Stems("слово" + std::to_string(i));
  EXPECT_EQ(StemsOf(ru, "соглашения"), before);
  EXPECT_EQ(StemsOf(ru, "соглашения"), StemsOf(Stemmer::ForLanguage("ru"), "соглашения"));
}

// Several threads stemming at once get what one thread gets. Mostly distinct words, so that
// the threads keep missing their caches and meet in Hunspell, and fresh stemmers, so that they also
// race to load the dictionaries.
TEST(StemmerTest, ManyThreadsGetTheSameResults) {
  const std::vector<std::string_view> pl_roots = {
      "gdańsk",   "sokółk",    "białymstok", "partnerstw", "grodn",  "wiln",   "kown",
      "umow",     "współprac", "miast",      "rad",        "gmin",   "powiat", "województw",
      "augustow", "suwałk",    "sejn",       "lid",        "brześć", "mińsk",  "druskininki"};
  const std::vector<std::string_view> pl_endings = {"",    "a",  "u",  "em", "ie", "y", "ach",
                                                    "ami", "om", "ów", "ce", "ę",  "ą", "owi"};
  const std::vector<std::string_view> be_roots = {"полацк", "гродн",     "мінск", "сакулк",
                                                  "ліда",   "пагадненн", "горад", "беласток"};
  const std::vector<std::string_view> be_endings = {"", "а", "у", "е", "ам", "ах", "ы", "і", "ой"};
  std::vector<std::pair<std::string, std::string>> words;
  for (auto root : pl_roots)
    for (auto ending : pl_endings)
      words.emplace_back("pl", std::string(root) + std::string(ending));
  for (auto root : be_roots)
    for (auto ending : be_endings)
      words.emplace_back("be", std::string(root) + std::string(ending));
  // Snowball is fast and takes no lock: many of these keep the threads' caches busy at once.
  for (int i = 0; i < 2000; ++i) {
    words.emplace_back("ru", "соглашени" + std::to_string(i) + (i % 2 ? "я" : "ём"));
    words.emplace_back("lt", "vilni" + std::to_string(i) + (i % 2 ? "uje" : "aus"));
  }
  words.emplace_back("en", "town");

  const Stemmer pl("pl"), be("be"), ru("ru"), lt("lt"), en("en");
  auto pick = [&](std::string_view lang) -> const Stemmer& {
    if (lang == "pl") return pl;
    if (lang == "be") return be;
    if (lang == "ru") return ru;
    if (lang == "lt") return lt;
    return en;
  };
  constexpr size_t kThreads = 6;
  std::vector<std::vector<std::vector<std::string>>> got(kThreads);
  {
    std::vector<std::jthread> threads;
    for (size_t t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        std::vector<std::vector<std::string>>& results = got[t];
        results.resize(words.size());
        // Each thread walks the words from a different place, half of them backwards.
        const size_t n = words.size(), start = t * n / kThreads;
        for (size_t k = 0; k < n; ++k) {
          const size_t j = (start + (t % 2 == 0 ? k : n - k)) % n;
          results[j] = pick(words[j].first).Stems(words[j].second);
        }
      });
    }
  }
  std::vector<std::vector<std::string>> expected;
  for (const auto& [lang, word] : words) expected.push_back(Stemmer::ForLanguage(lang).Stems(word));
  for (size_t t = 0; t < kThreads; ++t) EXPECT_EQ(got[t], expected) << "thread " << t;
}

}  // namespace
}  // namespace twindex::text
