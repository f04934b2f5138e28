#include "index/document_words.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "index/page_document.h"
#include "index/schema.h"
#include "index/word_term.h"
#include "index/writer.h"

namespace twindex::index {
namespace {

Document TwoPages() {
  Document doc;
  doc.path = "/archive/umowa.pdf";
  doc.format = Format::kPdf;
  doc.title = "Umowa Sokółka Grodno";
  doc.language = "pl";
  doc.pages = {{1, "Miasto Sokółka i miasto Grodno zawarły umowę o współpracy.", false, "pl"},
               {2, "Пагадненне аб супрацоўніцтве гарадоў Гродна і Сакулка.", false, "be"}};
  return doc;
}

std::vector<std::string> Terms(const DocumentWords& w, const std::vector<uint32_t>& ids) {
  std::vector<std::string> out;
  for (uint32_t id : ids) out.push_back(w.terms.at(id));
  return out;
}

TEST(DocumentWordsTest, PagesAndTitleAreTheirWordsTermsInOrder) {
  const DocumentWords w = AnalyzeDocumentWords(TwoPages());
  ASSERT_EQ(w.pages.size(), 2u);
  EXPECT_EQ(Terms(w, w.title),
            (std::vector<std::string>{schema::WordTerm("umowa"), schema::WordTerm("sokółka"),
                                      schema::WordTerm("grodno")}));
  std::vector<std::string> page;
  for (const char* word :
       {"miasto", "sokółka", "i", "miasto", "grodno", "zawarły", "umowę", "o", "współpracy"})
    page.push_back(schema::WordTerm(word));
  EXPECT_EQ(Terms(w, w.pages[0]), page);
  // The title's "Sokółka" and the page's are one word in one language: one id.
  EXPECT_EQ(w.title[1], w.pages[0][1]);
  EXPECT_EQ(Terms(w, w.pages[1]).back(), schema::WordTerm("сакулка"));
}

TEST(DocumentWordsTest, EachWordsFormsAreLinkedAndStemsComeWithTheWord) {
  const DocumentWords w = AnalyzeDocumentWords(TwoPages());
  auto linked = [&](const std::string& form, const std::string& exact) {
    return std::find(w.form_links.begin(), w.form_links.end(), FormLink{form, exact}) !=
           w.form_links.end();
  };
  EXPECT_TRUE(linked(schema::StemTerm("pl", "umowa"), "umowę"));
  EXPECT_TRUE(linked(schema::Prefixed(schema::kFoldedPrefix, "wspolpracy"), "współpracy"));
}

// The page documents from words analyzed elsewhere (a worker) are those made from the document.
TEST(DocumentWordsTest, PreparedFromSentWordsIsPreparedFromTheDocument) {
  const Document doc = TwoPages();
  FileRecord record;
  record.path = doc.path;
  const PreparedFile here = PrepareFile(doc, record);
  const PreparedFile sent = PrepareFile(doc, record, AnalyzeDocumentWords(doc));
  ASSERT_EQ(here.pages.size(), sent.pages.size());
  for (size_t i = 0; i < here.pages.size(); ++i)
    EXPECT_EQ(here.pages[i].serialise(), sent.pages[i].serialise()) << i;
  EXPECT_EQ(here.form_links, sent.form_links);
  DocumentWords wrong = AnalyzeDocumentWords(doc);
  wrong.pages.pop_back();
  EXPECT_THROW(PrepareFile(doc, record, wrong), std::invalid_argument);
}

}  // namespace
}  // namespace twindex::index
