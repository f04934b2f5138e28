#include "text/common_words.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <memory>
#include <string>
#include <vector>

#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace twindex::text::common_words {
namespace {

namespace fs = std::filesystem;

// --- The checker, on a dictionary of its own --------------------------------------------------

class TinyDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("common_words_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  View Make(const std::string& aff, const std::string& dic) {
    std::ofstream(dir_ / "x.aff") << aff;
    std::ofstream(dir_ / "x.dic") << dic;
    image_ =
        MakeImage({{"xx", ReadDictionary((dir_ / "x.aff").string(), (dir_ / "x.dic").string())}});
    return View(image_);
  }

  fs::path dir_;
  std::string image_;
};

// Rules as Hunspell reads them: strip, append, condition; a prefix and a suffix combine only
// when both say Y; a homonym's flags are its own.
constexpr char kAff[] = R"(SET UTF-8
SFX A Y 2
SFX A   a    y    [^e]a
SFX A   0    s    .

SFX B N 1
SFX B   0    ек   к

PFX P Y 1
PFX P   0    ne   .

PFX Q N 1
PFX Q   0    pa   .
)";
constexpr char kDic[] = "5\nmiesta/AP\nbanka/Q\nволк/B\nlapa\nlapa/Q\n";

TEST_F(TinyDictionaryTest, RootsAndTheirAffixedFormsAreSpelled) {
  const View v = Make(kAff, kDic);
  EXPECT_TRUE(v.Spells("xx", "miesta"));
  EXPECT_TRUE(v.Spells("xx", "miesty")) << "strip a, append y, condition [^e]a";
  EXPECT_TRUE(v.Spells("xx", "miestas"));
  EXPECT_TRUE(v.Spells("xx", "nemiesta")) << "prefix";
  EXPECT_TRUE(v.Spells("xx", "nemiesty")) << "prefix and suffix, both Y";
  EXPECT_TRUE(v.Spells("xx", "волкек"));
  EXPECT_TRUE(v.Spells("xx", "pabanka"));
  EXPECT_TRUE(v.Spells("xx", "palapa")) << "the homonym with Q";
  EXPECT_FALSE(v.Spells("xx", "lapas")) << "no homonym has A";
  EXPECT_FALSE(v.Spells("xx", "banky")) << "banka has no A";
  EXPECT_FALSE(v.Spells("xx", "pamiesta")) << "miesta has no Q";
  EXPECT_FALSE(v.Spells("xx", "Miesta")) << "case matters, as in Hunspell";
  EXPECT_FALSE(v.Spells("xx", "y")) << "a suffix needs a stem left";
  EXPECT_FALSE(v.Spells("xx", "")) << "empty";
  EXPECT_FALSE(v.Spells("yy", "miesta")) << "another language";
}

TEST_F(TinyDictionaryTest, ConditionsAndCrossProductsAreKept) {
  const View v = Make(kAff + std::string("\nSFX C N 1\nSFX C 0 z a\n"), "2\nidea/A\nbeta/AC\n");
  EXPECT_FALSE(v.Spells("xx", "idey")) << "idea ends in 'ea': [^e]a fails";
  EXPECT_TRUE(v.Spells("xx", "ideas"));
  EXPECT_TRUE(v.Spells("xx", "betaz"));
  EXPECT_FALSE(v.Spells("xx", "nebetaz")) << "beta has no P";
}

TEST_F(TinyDictionaryTest, NumbersAreSpelledAsHunspellHasThem) {
  const View v = Make(kAff, kDic);
  for (const char* w : {"2020", "1.5", "1,5", "1-2", "12.03.2020"})
    EXPECT_TRUE(v.Spells("xx", w)) << w;
  for (const char* w : {"1..5", "-5", "5-", "1.", "1a"}) EXPECT_FALSE(v.Spells("xx", w)) << w;
}

TEST_F(TinyDictionaryTest, FeaturesTheCheckerLacksAreRefused) {
  EXPECT_THROW(Make("SET UTF-8\nCOMPOUNDFLAG X\n", "1\na\n"), std::runtime_error);
  EXPECT_THROW(Make("SET UTF-8\nSFX A Y 1\nSFX A 0 s/B .\n", "1\na/A\n"), std::runtime_error);
  EXPECT_THROW(Make("SET UTF-8\nFLAG long\n", "1\na\n"), std::runtime_error);
}

TEST(CommonWordsImageTest, ABadImageIsRefused) {
  EXPECT_THROW(View(std::string_view("not an image at all, not an image at all, not an image")),
               std::runtime_error);
}

// --- The build's image against Hunspell itself -------------------------------------------------

constexpr char kDictionaryDir[] = "/usr/share/hunspell";

// Hunspell as Stemmer asked it before the image: the word in the dictionary's encoding.
class HunspellOracle {
 public:
  explicit HunspellOracle(const std::string& name)
      : hunspell_(std::make_unique<Hunspell>(
            (std::string(kDictionaryDir) + "/" + name + ".aff").c_str(),
            (std::string(kDictionaryDir) + "/" + name + ".dic").c_str())) {
    encoding_ = hunspell_->get_dict_encoding();
  }
  bool Spells(const std::string& utf8) {
    std::string word = utf8;
    if (encoding_ != "UTF-8") {
      UErrorCode status = U_ZERO_ERROR;
      UConverter* from = ucnv_open("UTF-8", &status);
      UConverter* to = ucnv_open(encoding_.c_str(), &status);
      ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
      word.assign(utf8.size() * 2 + 4, '\0');
      char* target = word.data();
      const char* source = utf8.data();
      ucnv_convertEx(to, from, &target, word.data() + word.size(), &source,
                     utf8.data() + utf8.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                     &status);
      ucnv_close(from);
      ucnv_close(to);
      if (U_FAILURE(status)) return false;  // a letter the language does not write
      word.resize(static_cast<size_t>(target - word.data()));
    }
    return hunspell_->spell(word);
  }

 private:
  std::unique_ptr<Hunspell> hunspell_;
  std::string encoding_;
};

bool Installed(const std::string& name) {
  return fs::exists(std::string(kDictionaryDir) + "/" + name + ".dic");
}

// Words of my own: common words in several forms, prefixed verbs, proper nouns in lower case,
// a word lacking its diacritic, another script, numbers, nonsense.
const std::vector<std::string> kRussian = {"договор",
                                           "договора",
                                           "договором",
                                           "сотрудничество",
                                           "сотрудничества",
                                           "города",
                                           "городами",
                                           "москва",
                                           "москве",
                                           "переделать",
                                           "переделали",
                                           "недоделать",
                                           "ёлка",
                                           "елка",
                                           "побратимами",
                                           "побратим",
                                           "гродно",
                                           "брест",
                                           "соглашение",
                                           "соглашения",
                                           "подписали",
                                           "подписанный",
                                           "фываолдж",
                                           "vilnius",
                                           "2020",
                                           "1..5",
                                           "и",
                                           "в",
                                           "не",
                                           "который"};
const std::vector<std::string> kLithuanian = {"sutartis",
                                              "sutarties",
                                              "sutartimi",
                                              "bendradarbiavimo",
                                              "bendradarbiavimas",
                                              "miesto",
                                              "miestai",
                                              "vilnius",
                                              "vilniaus",
                                              "nedaryti",
                                              "nedarė",
                                              "daugiau",
                                              "šalimis",
                                              "salimis",
                                              "pasirašė",
                                              "nepasirašė",
                                              "savivaldybė",
                                              "savivaldybės",
                                              "druskininkai",
                                              "kaunas",
                                              "город",
                                              "zxqvb",
                                              "2020",
                                              "ir",
                                              "su",
                                              "į",
                                              "iš",
                                              "metų",
                                              "birželio",
                                              "europos"};

void ExpectAgreement(const std::string& lang, const std::string& name,
                     const std::vector<std::string>& words) {
  if (!Installed(name)) GTEST_SKIP() << name << " is not installed";
  ASSERT_TRUE(View::Default().HasLanguage(lang)) << "the build found no " << name;
  HunspellOracle hunspell(name);
  const Stemmer stemmer(lang);
  size_t spelled = 0;
  for (const std::string& w : words) {
    const bool expected = hunspell.Spells(w);
    spelled += expected;
    EXPECT_EQ(View::Default().Spells(lang, w), expected) << lang << " " << w;
    EXPECT_EQ(stemmer.IsCommonWord(w), expected) << lang << " " << w;
  }
  // Both answers are met, each often.
  EXPECT_GE(spelled, std::min<size_t>(20, words.size() / 4)) << lang;
  EXPECT_GE(words.size() - spelled, std::min<size_t>(20, words.size() / 4)) << lang;
}

TEST(CommonWordsDefaultTest, RussianAgreesWithHunspellOnWordsOfMyOwn) {
  ExpectAgreement("ru", "ru_RU", kRussian);
}

TEST(CommonWordsDefaultTest, LithuanianAgreesWithHunspellOnWordsOfMyOwn) {
  ExpectAgreement("lt", "lt_LT", kLithuanian);
}

// Many more: every word of a text of my own in each language, and each with endings swapped and
// prefixes added (forms Hunspell mostly refuses), so both answers are met often.
TEST(CommonWordsDefaultTest, AgreesWithHunspellOnTextsAndTheirVariants) {
  const std::string ru_text =
      "Соглашение о сотрудничестве между городами Гродно и Белосток подписали мэры в мае 2019 "
      "года. Стороны договорились развивать культурные, спортивные и образовательные связи, "
      "обмениваться делегациями, проводить совместные ярмарки и фестивали, поддерживать "
      "молодёжные инициативы и малый бизнес. Переговоры продолжатся осенью в Минске.";
  const std::string lt_text =
      "Vilniaus ir Gardino miestų savivaldybės pasirašė bendradarbiavimo sutartį. Šalys "
      "susitarė plėtoti kultūrinius, sportinius ir švietimo ryšius, keistis delegacijomis, "
      "rengti bendras muges ir festivalius, remti jaunimo iniciatyvas ir smulkųjį verslą. "
      "Derybos bus tęsiamos rudenį Kaune, nepamirštant ankstesnių susitarimų.";
  for (const auto& [lang, name, text] :
       {std::tuple{"ru", "ru_RU", ru_text}, std::tuple{"lt", "lt_LT", lt_text}}) {
    std::vector<std::string> words;
    for (const Token& t : Tokenize(text)) {
      const std::string& w = t.term;
      words.push_back(w);
      for (const char* prefix : {"не", "по", "ne", "pa", "per"}) words.push_back(prefix + w);
      for (size_t cut = 1; cut <= 3 && cut < w.size(); ++cut) {
        const std::string stem = w.substr(0, w.size() - cut);
        if ((static_cast<unsigned char>(w[w.size() - cut]) & 0xC0) == 0x80) continue;
        for (const char* ending : {"", "a", "as", "ai", "ų", "ami", "ов", "ая", "ой", "ы"})
          words.push_back(stem + ending);
      }
    }
    ExpectAgreement(lang, name, words);
  }
}

}  // namespace
}  // namespace twindex::text::common_words
