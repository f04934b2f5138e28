#include "index/known_stems.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/page_document.h"
#include "index/schema.h"
#include "test_support.h"

namespace twindex::index {
namespace {

using ::testing::Contains;
using ::testing::Field;
using ::testing::Not;
using ::testing::StartsWith;

std::vector<FormLink> KnownStemLinksOf(std::string_view word, std::string_view language) {
  std::vector<FormLink> links;
  AddKnownStemLinks(text::AnalyzeDocumentWord(word, language), links);
  return links;
}

TEST(KnownStemLinksTest, AWordOfADictionaryLanguageRecordsItsStems) {
  EXPECT_THAT(KnownStemLinksOf("Gdańsku", "pl"),
              ::testing::ElementsAre(FormLink{"XKpl:gdańsku", "=gdansk gdanski"}));
}

TEST(KnownStemLinksTest, AWordOfNoScriptIsNotRecorded) {
  // A number is stemmed in no language, by a query neither.
  EXPECT_THAT(KnownStemLinksOf("2017", "pl"), ::testing::IsEmpty());
}

TEST(KnownStemLinksTest, SnowballLanguagesAreNotRecorded) {
  // Their stemmers cost nothing to start.
  EXPECT_THAT(KnownStemLinksOf("vilniuje", "lt"), ::testing::IsEmpty());
  EXPECT_THAT(KnownStemLinksOf("соглашения", "ru"), ::testing::IsEmpty());
}

TEST(KnownStemLinksTest, AWordOfAnotherScriptRecordsEveryDictionaryLanguageOfItsScript) {
  // A Latin word on a Russian page is stemmed in Polish and Lithuanian.
  EXPECT_THAT(KnownStemLinksOf("Gdańsku", "ru"),
              Contains(Field(&FormLink::form, StartsWith("XKpl:"))));
  EXPECT_THAT(KnownStemLinksOf("Gdańsku", "ru"),
              Not(Contains(Field(&FormLink::form, StartsWith("XKlt:")))));
}

class IndexKnownStemsTest : public ::testing::Test {
 protected:
  void Store(const std::vector<std::pair<std::string, std::string>>& words) {
    std::vector<FormLink> links;
    for (const auto& [word, language] : words)
      AddKnownStemLinks(text::AnalyzeDocumentWord(word, language), links);
    FormLinkStore store;
    store.Add(links);
    store.Store(db_);
    db_.commit();
  }

  twindex::testing::TempDir dir_;
  Xapian::WritableDatabase db_{(dir_ / "db").string(),
                               Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS};
};

TEST_F(IndexKnownStemsTest, FindsTheStemsTheIngestWasGiven) {
  Store({{"Gdańsku", "pl"}, {"гарадоў", "be"}});
  const IndexKnownStems known(db_);
  EXPECT_EQ(known.Find("pl", "gdańsku"), (std::vector<std::string>{"gdansk", "gdanski"}));
  EXPECT_TRUE(known.Find("be", "гарадоў").has_value());
  EXPECT_EQ(known.Find("pl", "gdańskiem"), std::nullopt) << "not in the index";
  EXPECT_EQ(known.Find("be", "gdańsku"), std::nullopt) << "not a term of the index";
}

TEST_F(IndexKnownStemsTest, AWordOnlyOnPagesOfOtherLanguagesHasNoStemsInTheDictionaryLanguage) {
  Document doc;
  doc.path = "lt.txt";
  doc.format = Format::kText;
  doc.language = "lt";
  doc.pages = {{1, "Bendradarbiavimo sutartis", false}};
  const DocumentWords words = AnalyzeDocumentWords(doc);
  db_.add_document(MakePageDocument(doc, 0, schema::FileKey(doc.path), words));
  FormLinkStore store;
  store.Add(words.form_links);
  store.Store(db_);
  db_.commit();
  const IndexKnownStems known(db_);
  EXPECT_EQ(known.Find("pl", "bendradarbiavimo"), std::vector<std::string>{});
  EXPECT_EQ(known.Find("pl", "umowy"), std::nullopt);
  // So a Lithuanian query word keeps its Lithuanian stems and needs no Polish dictionary.
  const text::AnalyzedWord w = text::AnalyzeQueryWord("bendradarbiavimo", &known);
  EXPECT_THAT(w.stems, Contains(Field(&text::Stem::language, "lt")));
  std::vector<text::Stem> polish;
  for (const text::Stem& s : w.stems)
    if (s.language == "pl") polish.push_back(s);
  EXPECT_THAT(polish, ::testing::ElementsAre(text::Stem{"pl", "bendradarbiavimo"}))
      << "only the word itself, as a query word may be a lemma";
}

TEST_F(IndexKnownStemsTest, AWordKnownToHaveNoStemsHasNone) {
  FormLinkStore store;
  store.Add({{schema::KnownStemsKey("pl", "xyz"), "="}});
  store.Store(db_);
  db_.commit();
  EXPECT_EQ(IndexKnownStems(db_).Find("pl", "xyz"), std::vector<std::string>{});
}

TEST_F(IndexKnownStemsTest, AQueryWordIsAnalyzedAsWithTheDictionary) {
  const std::vector<std::pair<std::string, std::string>> words = {
      {"Gdańsku", "pl"}, {"umowy", "pl"},       {"partnerskiej", "pl"}, {"Гродна", "be"},
      {"гарадоў", "be"}, {"Białymstoku", "pl"}, {"współpracy", "pl"}};
  Store(words);
  const IndexKnownStems known(db_);
  for (const auto& [word, language] : words) {
    const text::AnalyzedWord with = text::AnalyzeQueryWord(word, &known);
    const text::AnalyzedWord without = text::AnalyzeQueryWord(word);
    EXPECT_EQ(with.stems, without.stems) << word;
    EXPECT_EQ(with.romanized, without.romanized) << word;
  }
}

// A source that knows one made-up stem, to show the analysis takes it instead of asking the
// dictionary.
class MadeUpStems : public text::KnownStems {
 public:
  std::optional<std::vector<std::string>> Find(std::string_view language,
                                               std::string_view exact) const override {
    if (language == "pl" && exact == "gdańsku") return std::vector<std::string>{"zmyślony"};
    return std::nullopt;
  }
};

TEST(KnownStemsTest, AnalysisTakesKnownStemsInsteadOfTheDictionary) {
  const MadeUpStems known;
  const text::AnalyzedWord w = text::AnalyzeQueryWord("Gdańsku", &known);
  EXPECT_THAT(w.stems, Contains(text::Stem{"pl", "zmyślony"}));
  EXPECT_THAT(w.stems, Not(Contains(text::Stem{"pl", "gdansk"})));
  EXPECT_THAT(w.stems, Contains(Field(&text::Stem::language, "lt"))) << "Snowball as before";
}

}  // namespace
}  // namespace twindex::index
