#include "tag/document_tags.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twindex::tag {
namespace {

Document WithText(std::vector<std::string> pages, std::string created = "") {
  Document doc;
  doc.created = std::move(created);
  int number = 1;
  for (std::string& text : pages) doc.pages.push_back({number++, std::move(text), false, "pl"});
  return doc;
}

std::vector<std::string> Isos(const Document& doc) {
  std::vector<std::string> out;
  for (const DateRef& d : doc.dates) out.push_back(d.iso);
  return out;
}

TEST(DocumentTags, OwnDateFromTheDatelineGivesThisYear) {
  Document doc = WithText({"Zgorzelec, 12 września 2022 r.\n\nKomunikat prasowy. Rady miast "
                           "zbiorą się 27 września br. w ratuszu."},
                          "2023-01-05T10:00:00");
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2022-09-12");  // the text's date, not the file's creation
  EXPECT_EQ(Isos(doc), (std::vector<std::string>{"2022-09-12", "2022-09-27"}));
}

TEST(DocumentTags, OwnDateFromTheEndOfAnAgreement) {
  std::string body(2000, ' ');
  Document doc = WithText({"Umowa o współpracy.\nStrony spotkają się 3 maja br." + body,
                           "Sporządzono w Sejnach dnia 21 marca 2019 r. w dwóch egzemplarzach."});
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2019-03-21");
  EXPECT_EQ(Isos(doc), (std::vector<std::string>{"2019-05-03", "2019-03-21"}));
}

TEST(DocumentTags, OwnDateFallsBackToMetadataThenToNothing) {
  Document doc = WithText({"Spotkanie 3 maja br."}, "2018-03-16T09:30:00Z");
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2018-03-16");
  EXPECT_EQ(Isos(doc), std::vector<std::string>{"2018-05-03"});

  Document undated = WithText({"Spotkanie 3 maja br."});
  TagDocument(undated);
  EXPECT_EQ(undated.date, "");
  EXPECT_EQ(Isos(undated), std::vector<std::string>{"--05-03"});
}

TEST(DocumentTags, CitiesCountedMostMentionedFirst) {
  Document doc =
      WithText({"Delegacja z Sejn odwiedziła Druskininkai. Sejny i Druskininkai, "
                "a potem znów Sejny."});
  TagDocument(doc);
  ASSERT_EQ(doc.cities.size(), 2u);
  EXPECT_EQ(doc.cities[0].id, 759503u);  // Sejny, 3 mentions
  EXPECT_EQ(doc.cities[0].mentions, 3);
  EXPECT_EQ(doc.cities[1].id, 599757u);  // Druskininkai
}

TEST(DocumentTags, YearsPassFromPageToPage) {
  Document doc = WithText({"Sprawozdanie z realizacji umowy partnerskiej w 2017 roku.",
                           "Najważniejsze wydarzenia: dni miasta 3–4 czerwca, jarmark 9 grudnia.",
                           "Pierwsze spotkanie w nowym roku: 12 stycznia."},
                          "2018-02-01T08:00:00");
  TagDocument(doc);
  EXPECT_EQ(Isos(doc),
            (std::vector<std::string>{"2017-06-03", "2017-06-04", "2017-12-09", "2018-01-12"}));
  for (const DateRef& d : doc.dates) EXPECT_TRUE(d.year_inferred) << d.iso;
  EXPECT_EQ(doc.date, "2018-02-01") << "an inferred date is not the document's own";
}

}  // namespace
}  // namespace twindex::tag
