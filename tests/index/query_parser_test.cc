#include "index/query_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/document.h"
#include "index/page_document.h"
#include "index/schema.h"
#include "test_support.h"

namespace twindex::index {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Names = std::set<std::string>;

// A tiny in-memory index of one-page files named by their path, to run parsed queries against.
class QueryParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add("a", "Umowa partnerska",
        "Sokółka i Druskininkai podpisały umowę o współpracy kulturalnej.");
    Add("b", "Porozumienie", "Grodno i Białystok: współpraca gospodarcza i kulturalna.");
    Add("c", "Sprawozdanie", "Współpraca Polsko-Białoruska w roku 2017. Sokółka, Grodno.");
    Add("d", "Raport Sokółka", "Kaunas Lublin partnerstwo miast.");
  }

  void Add(const std::string& name, const std::string& title, const std::string& text) {
    Document doc;
    doc.path = name;
    doc.format = Format::kText;
    doc.title = title;
    doc.pages = {{1, text, false}};
    const DocumentWords words = AnalyzeDocumentWords(doc);
    db_.add_document(MakePageDocument(doc, 0, schema::FileKey(name), words));
    FormLinkStore store;
    store.Add(words.form_links);
    store.Store(db_);
  }

  // The files a query matches.
  // The structure tests match exact forms only; word-form expansion has its own tests below.
  Names Match(const std::string& input, QueryMode mode = QueryMode::kExact) {
    ParsedQuery parsed = ParseQuery(input, mode, db_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(parsed.query);
    Names names;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const auto data = nlohmann::json::parse(it.get_document().get_data());
      names.insert(data.at("path").get<std::string>());
    }
    return names;
  }

  // On disk: Xapian's in-memory backend has no synonym table, where the word forms are linked.
  twindex::testing::TempDir dir_;
  Xapian::WritableDatabase db_{(dir_ / "db").string(),
                               Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS};
};

TEST_F(QueryParserTest, SingleWordMatchesBodyAndTitle) {
  EXPECT_EQ(Match("sokółka"), (Names{"a", "c", "d"}));
  EXPECT_EQ(Match("porozumienie"), (Names{"b"}));  // title only
}

TEST_F(QueryParserTest, WordsAreCaseFolded) {
  EXPECT_EQ(Match("SOKÓŁKA"), Match("sokółka"));
  EXPECT_EQ(Match("GRODNO"), (Names{"b", "c"}));
}

TEST_F(QueryParserTest, WordsAreAndedByDefault) {
  EXPECT_EQ(Match("sokółka druskininkai"), (Names{"a"}));
  EXPECT_EQ(Match("sokółka AND druskininkai"), (Names{"a"}));
  EXPECT_EQ(Match("kaunas druskininkai"), Names{});
}

TEST_F(QueryParserTest, OrAndBarMatchEither) {
  EXPECT_EQ(Match("druskininkai OR kaunas"), (Names{"a", "d"}));
  EXPECT_EQ(Match("druskininkai | kaunas"), (Names{"a", "d"}));
}

TEST_F(QueryParserTest, LowerCaseOrIsAWord) {
  // Only the upper-case keyword is an operator; "or" is an ordinary (absent) word here.
  EXPECT_EQ(Match("druskininkai or kaunas"), Names{});
}

TEST_F(QueryParserTest, OrBindsLooserThanAnd) {
  EXPECT_EQ(Match("grodno OR druskininkai kulturalnej"), (Names{"a", "b", "c"}));
  EXPECT_EQ(Match("(grodno OR druskininkai) kulturalnej"), (Names{"a"}));
}

TEST_F(QueryParserTest, MinusAndNotExclude) {
  EXPECT_EQ(Match("sokółka -grodno"), (Names{"a", "d"}));
  EXPECT_EQ(Match("sokółka NOT grodno"), (Names{"a", "d"}));
  EXPECT_EQ(Match("-grodno"), (Names{"a", "d"}));
  EXPECT_EQ(Match("sokółka -(grodno OR kaunas)"), (Names{"a"}));
}

TEST_F(QueryParserTest, DashInsideAWordIsNotNot) {
  EXPECT_EQ(Match("polsko-białoruska"), (Names{"c"}));
}

TEST_F(QueryParserTest, QuotedPhraseNeedsWordsInOrder) {
  EXPECT_EQ(Match("\"gospodarcza i kulturalna\""), (Names{"b"}));
  EXPECT_EQ(Match("\"kulturalna i gospodarcza\""), Names{});
  EXPECT_EQ(Match("kulturalna gospodarcza"), (Names{"b"}));
}

TEST_F(QueryParserTest, PhraseNeedsAdjacentWords) {
  EXPECT_EQ(Match("\"białystok współpraca\""), (Names{"b"}));  // punctuation between is fine
  EXPECT_EQ(Match("\"grodno współpraca\""), Names{});
}

TEST_F(QueryParserTest, HyphenatedWordIsAPhrase) {
  EXPECT_EQ(Match("Polsko-Białoruska"), (Names{"c"}));
  EXPECT_EQ(Match("Białoruska-Polsko"), Names{});
}

TEST_F(QueryParserTest, PhraseDoesNotRunFromTitleIntoBody) {
  // a: title "... partnerska", body "Sokółka ...".
  EXPECT_EQ(Match("\"partnerska sokółka\""), Names{});
  EXPECT_EQ(Match("\"umowa partnerska\""), (Names{"a"}));
}

TEST_F(QueryParserTest, TitleFieldMatchesOnlyTitles) {
  EXPECT_EQ(Match("title:sokółka"), (Names{"d"}));
  EXPECT_EQ(Match("title:Porozumienie"), (Names{"b"}));
  EXPECT_EQ(Match("title:grodno"), Names{});
  EXPECT_EQ(Match("title:raport-sokółka"), (Names{"d"}));
  EXPECT_EQ(Match("title:umowa title:sprawozdanie"), Names{});
  EXPECT_EQ(Match("title:umowa OR title:sprawozdanie"), (Names{"a", "c"}));
}

TEST_F(QueryParserTest, EmptyInputHasNoQueryAndNoTerms) {
  for (const char* input : {"", "   ", "\t\n"}) {
    ParsedQuery parsed = ParseQuery(input);
    EXPECT_TRUE(parsed.query.empty()) << '"' << input << '"';
    EXPECT_THAT(parsed.terms, IsEmpty());
  }
}

TEST_F(QueryParserTest, DescriptionShowsStructure) {
  EXPECT_EQ(ParseQuery("grodno", QueryMode::kExact).query.get_description(), "Query(grodno)");
  EXPECT_EQ(ParseQuery("title:Grodno", QueryMode::kExact).query.get_description(),
            "Query(Sgrodno)");
  EXPECT_EQ(ParseQuery("a b", QueryMode::kExact).query.get_description(), "Query((a AND b))");
  EXPECT_EQ(ParseQuery("a OR b", QueryMode::kExact).query.get_description(), "Query((a OR b))");
  EXPECT_EQ(ParseQuery("a -b", QueryMode::kExact).query.get_description(), "Query((a AND_NOT b))");
  EXPECT_EQ(ParseQuery("\"a b\"", QueryMode::kExact).query.get_description(),
            "Query((a PHRASE 2 b))");
}

TEST(ParseQueryTermsTest, CollectsPositiveWordsCaseFoldedAndWithoutDiacritics) {
  EXPECT_THAT(ParseQuery("Sokółka OR \"Kaunas Lublin\" title:Raport (Grodno)").terms,
              ElementsAre("sokółka", "sokolka", "kaunas", "lublin", "raport", "grodno"));
  EXPECT_THAT(ParseQuery("Polsko-Białoruska").terms,
              ElementsAre("polsko", "białoruska", "bialoruska"));
}

TEST(ParseQueryTermsTest, SkipsNegatedWords) {
  EXPECT_THAT(ParseQuery("umowa -grodno NOT kaunas -\"lublin miast\"").terms, ElementsAre("umowa"));
}

TEST(ParseQueryTermsTest, SkipsWordsInNegatedGroup) {
  // Words of a negated group are not highlighted.
  EXPECT_THAT(ParseQuery("umowa -(grodno OR kaunas)").terms, ElementsAre("umowa"));
  EXPECT_THAT(ParseQuery("umowa NOT (grodno)").terms, ElementsAre("umowa"));
}

TEST(QueryFromArgumentsTest, AnArgumentOfPlainWordsIsAPhrase) {
  EXPECT_EQ(QueryFromArguments({"umowa partnerska"}), "\"umowa partnerska\"");
  EXPECT_EQ(QueryFromArguments({"grodno", "umowa  partnerska"}), "grodno \"umowa  partnerska\"");
}

TEST(QueryFromArgumentsTest, WordsAndSyntaxAreJoinedAsTheyAre) {
  EXPECT_EQ(QueryFromArguments({"umowa", "partnerska"}), "umowa partnerska");
  EXPECT_EQ(QueryFromArguments({"город-побратим"}), "город-побратим");
  for (const char* arg :
       {"Grodno OR Lida", "Grodno | Lida", "umowa -grodno", "umowa NOT grodno", "umowa AND grodno",
        "\"umowa partnerska\" grodno", "(umowa grodno)", "title:umowa grodno"})
    EXPECT_EQ(QueryFromArguments({arg}), arg);
  EXPECT_EQ(QueryFromArguments({"\"umowa", "partnerska\""}), "\"umowa partnerska\"");
  EXPECT_EQ(QueryFromArguments({}), "");
}

TEST(ParseQueryErrorsTest, UnbalancedQuote) {
  EXPECT_THROW(ParseQuery("\"umowa o współpracy"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa \"a\" \""), QuerySyntaxError);
}

TEST(ParseQueryErrorsTest, UnbalancedParenthesis) {
  EXPECT_THROW(ParseQuery("(umowa"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa)"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("((umowa)"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery(")umowa("), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("()"), QuerySyntaxError);
}

TEST(ParseQueryErrorsTest, DanglingOr) {
  EXPECT_THROW(ParseQuery("umowa OR"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("OR umowa"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa OR OR grodno"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa |"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("(umowa OR) grodno"), QuerySyntaxError);
}

TEST(ParseQueryErrorsTest, DanglingNot) {
  EXPECT_THROW(ParseQuery("umowa NOT"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("NOT"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa NOT OR grodno"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("umowa NOT NOT grodno"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("(umowa NOT)"), QuerySyntaxError);
}

TEST(ParseQueryErrorsTest, ValidQueriesDoNotThrow) {
  for (const char* input : {"umowa", "a OR b", "a | b", "-a b", "NOT a", "\"a b\"", "title:a",
                            "(a OR b) c", "a AND b", "((a))"})
    EXPECT_NO_THROW(ParseQuery(input)) << input;
}

TEST_F(QueryParserTest, AllFormsMatchOtherInflectionsAndNoDiacritics) {
  EXPECT_EQ(Match("Sokółce", QueryMode::kAllForms), Match("sokółka", QueryMode::kExact));
  EXPECT_EQ(Match("sokolka", QueryMode::kAllForms), Match("sokółka", QueryMode::kExact));
  EXPECT_EQ(Match("Sokółce", QueryMode::kExact), Names{});
}

// Pages hold exact words only; the other forms are the index's words linked to them.
TEST_F(QueryParserTest, OtherFormsAreTheIndexsLinkedWordsAtLowerWeight) {
  const std::string d = ParseQuery("grodnie", QueryMode::kAllForms, db_).query.get_description();
  // "Grodno" of file b has the stem "grodnie" has; alone in its group, it weighs half a word.
  // Grodno's city term (XC627904) is a form too, but no page here is tagged with it, so the
  // query leaves it out (forms_query_test.cc checks the weights of larger groups).
  EXPECT_EQ(d, "Query((grodnie OR 0.5 * grodno))");
}

// Each phrase word is any of its linked words (each an exact word, with positions); the phrase
// as typed adds weight.
TEST_F(QueryParserTest, PhraseWordsAreAnyOfTheirLinkedWords) {
  EXPECT_EQ(
      ParseQuery("\"wspolpracy kulturalnej\"", QueryMode::kAllForms, db_).query.get_description(),
      "Query((((wspolpracy OR współpraca OR współpracy) PHRASE 2 (kulturalna OR kulturalnej)) "
      "AND_MAYBE (wspolpracy PHRASE 2 kulturalnej)))");
}

TEST_F(QueryParserTest, PhraseMatchesAnyInflectionOfEachWordOnlyAdjacent) {
  // a: "... umowę o współpracy kulturalnej", b: "... współpraca gospodarcza i kulturalna".
  // b's "współpraca ... kulturalna" stand apart.
  EXPECT_EQ(Match("\"współpraca kulturalna\"", QueryMode::kAllForms), (Names{"a"}));
  EXPECT_EQ(Match("\"współpracą kulturalną\"", QueryMode::kAllForms), (Names{"a"}));
  EXPECT_EQ(Match("\"umowa o współpracę\"", QueryMode::kAllForms), (Names{"a"}));
  EXPECT_EQ(Match("\"o współpracy kulturalna\"", QueryMode::kAllForms), (Names{"a"}));
  EXPECT_EQ(Match("\"gospodarczej i kulturalnej\"", QueryMode::kAllForms), (Names{"b"}));
  EXPECT_EQ(Match("\"kulturalną i gospodarczą\"", QueryMode::kAllForms), Names{});  // order
}

TEST_F(QueryParserTest, HyphenatedWordMatchesAnyInflectionOfItsParts) {
  EXPECT_EQ(Match("polsko-białoruskiej", QueryMode::kAllForms), (Names{"c"}));
  EXPECT_EQ(Match("białoruska-polsko", QueryMode::kAllForms), Names{});
}

TEST_F(QueryParserTest, TermsAreTheExactWordsTheQueryMatched) {
  // For highlighting: each positive word as typed and the index's words it was expanded to.
  EXPECT_THAT(ParseQuery("Sokółce -Grodno", QueryMode::kAllForms, db_).terms,
              ::testing::UnorderedElementsAre("sokółce", "sokolce", "sokółka"));
  EXPECT_THAT(ParseQuery("\"wspolpracy kulturalnej\"", QueryMode::kAllForms, db_).terms,
              ::testing::UnorderedElementsAre("wspolpracy", "współpraca", "współpracy",
                                              "kulturalnej", "kulturalna"));
  EXPECT_THAT(ParseQuery("Sokółce", QueryMode::kExact, db_).terms,
              ::testing::ElementsAre("sokółce"));
}

TEST(QueryDescriptionTest, WithoutAnIndexAWordIsItsFormsAlone) {
  EXPECT_EQ(ParseQuery("\"a b\"").query.get_description(), "Query((a PHRASE 2 b))");
}

}  // namespace
}  // namespace twindex::index
