#include "extract/odt_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "office_fixture.h"
#include "test_support.h"

namespace twindex::extract {
namespace {

using ::testing::HasSubstr;
using twindex::testing::ExtractErrorOf;
using twindex::testing::kOdfNamespaces;
using twindex::testing::MakeOdt;
using twindex::testing::MakeZip;

// The text of the single page of an ODT whose office:text is `text`.
std::string BodyText(std::string_view text, twindex::testing::ZipMembers parts = {}) {
  const Document doc = OdtExtractor().Extract(MakeOdt(text, std::move(parts)), "test.odt");
  EXPECT_EQ(doc.pages.size(), 1u);
  return doc.pages.empty() ? "" : doc.pages[0].text;
}

TEST(OdtExtractorTest, HeadingsAndParagraphsBecomeLinesSpansJoin) {
  const Document doc = OdtExtractor().Extract(
      MakeOdt("<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
              "<text:h text:outline-level=\"1\">Соглашение о партнёрстве</text:h>\n"
              "<text:p>Гродно и <text:span text:style-name=\"T1\">Бел</text:span>осток</text:p>\n"
              "<text:p/>"),
      "s.odt");
  EXPECT_EQ(doc.format, Format::kOdt);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_EQ(doc.pages[0].text, "Соглашение о партнёрстве\nГродно и Белосток\n");
}

TEST(OdtExtractorTest, SpacesTabsAndLineBreaks) {
  EXPECT_EQ(BodyText("<text:p>\n   Брест\n   и <text:span>Бяла-Подляска</text:span> </text:p>"
                     "<text:p>a<text:s text:c=\"3\"/>b<text:s/>c<text:tab/>d<text:line-break/>e"
                     "</text:p>"),
            "Брест и Бяла-Подляска\na   b c\td\ne\n");
}

TEST(OdtExtractorTest, TablesAndLists) {
  EXPECT_EQ(BodyText("<table:table table:name=\"T\"><table:table-column/>"
                     "<table:table-header-rows><table:table-row>"
                     "<table:table-cell><text:p>Город</text:p></table:table-cell>"
                     "<table:table-cell><text:p>Страна</text:p></table:table-cell>"
                     "</table:table-row></table:table-header-rows>"
                     "<table:table-row>"
                     "<table:table-cell><text:p>Полоцк</text:p><text:p>(Полацк)</text:p>"
                     "</table:table-cell>"
                     "<table:table-cell><text:p>Беларусь</text:p></table:table-cell>"
                     "</table:table-row></table:table>"
                     "<text:list><text:list-item><text:p>Вильнюс</text:p></text:list-item>\n"
                     "<text:list-item><text:p>Каунас</text:p></text:list-item></text:list>"),
            "Город\tСтрана\nПолоцк (Полацк)\tБеларусь\nВильнюс\nКаунас\n");
}

TEST(OdtExtractorTest, DeletionsCommentsAndIndexTemplatesAreSkipped) {
  EXPECT_EQ(BodyText("<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
                     "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
                     "<text:p>Минск</text:p></text:deletion></text:changed-region>"
                     "</text:tracked-changes>"
                     "<text:table-of-content><text:table-of-content-source>"
                     "<text:index-title-template>Оглавление</text:index-title-template>"
                     "</text:table-of-content-source><text:index-body>"
                     "<text:p>1. Стороны</text:p></text:index-body></text:table-of-content>"
                     "<text:p>Гродно<text:change text:change-id=\"c1\"/>"
                     "<office:annotation><dc:creator>B</dc:creator><text:p>проверить</text:p>"
                     "</office:annotation> и Белосток</text:p>"),
            "1. Стороны\nГродно и Белосток\n");
}

TEST(OdtExtractorTest, NotesFollowTheBodyWithoutCitationNumbers) {
  EXPECT_EQ(BodyText("<text:p>Гродно<text:note text:id=\"n1\" text:note-class=\"footnote\">"
                     "<text:note-citation>1</text:note-citation><text:note-body>"
                     "<text:p>Горад на Нёмане.</text:p></text:note-body></text:note>"
                     " и Белосток.</text:p><text:p>Конец.</text:p>"),
            "Гродно и Белосток.\nКонец.\nГорад на Нёмане.\n");
}

TEST(OdtExtractorTest, MasterPageHeadersAndFootersOnce) {
  const std::string styles =
      "<office:document-styles " + std::string(kOdfNamespaces) +
      "><office:master-styles>"
      "<style:master-page style:name=\"Standard\">"
      "<style:header><text:p>Гродненский горисполком</text:p></style:header>"
      "<style:header-left><text:p>Гродненский горисполком</text:p></style:header-left>"
      "<style:footer><text:p>Страница <text:page-number>1</text:page-number></text:p>"
      "</style:footer></style:master-page></office:master-styles></office:document-styles>";
  EXPECT_EQ(BodyText("<text:p>Текст соглашения.</text:p>", {{"styles.xml", styles}}),
            "Гродненский горисполком\nТекст соглашения.\nСтраница 1\n");
}

std::string MetaXml(std::string_view fields) {
  return "<office:document-meta " + std::string(kOdfNamespaces) + "><office:meta>" +
         std::string(fields) + "</office:meta></office:document-meta>";
}

TEST(OdtExtractorTest, MetadataPrefersInitialCreator) {
  const Document doc = OdtExtractor().Extract(
      MakeOdt(
          "<text:p>x</text:p>",
          {{"meta.xml", MetaXml("<dc:title>Пагадненне Гродна – Беласток</dc:title>"
                                "<meta:initial-creator>Алесь Грынкевіч</meta:initial-creator>"
                                "<dc:creator>Anna Nowak</dc:creator>"
                                "<meta:creation-date>2018-03-16T10:00:00</meta:creation-date>")}}),
      "m.odt");
  EXPECT_EQ(doc.title, "Пагадненне Гродна – Беласток");
  EXPECT_EQ(doc.author, "Алесь Грынкевіч");
  EXPECT_EQ(doc.created, "2018-03-16T10:00:00");
}

TEST(OdtExtractorTest, MetadataFallsBackToCreator) {
  const Document doc = OdtExtractor().Extract(
      MakeOdt("<text:p>x</text:p>", {{"meta.xml", MetaXml("<dc:creator>Anna Nowak</dc:creator>")}}),
      "m.odt");
  EXPECT_EQ(doc.author, "Anna Nowak");
  EXPECT_EQ(doc.title, "");
}

TEST(OdtExtractorTest, TruncatedFileThrows) {
  const std::string odt = MakeOdt("<text:p>Гродно</text:p>");
  EXPECT_EQ(ExtractErrorOf([&] { OdtExtractor().Extract(odt.substr(0, odt.size() - 40), "t"); }),
            "truncated zip");
}

TEST(OdtExtractorTest, ZipWithoutContentXmlThrows) {
  const std::string zip = MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"}});
  EXPECT_THAT(ExtractErrorOf([&] { OdtExtractor().Extract(zip, "t.odt"); }),
              HasSubstr("missing member content.xml"));
}

TEST(OdtExtractorTest, PasswordProtectedThrows) {
  const std::string odt = MakeOdt(
      "<text:p>x</text:p>",
      {{"META-INF/manifest.xml",
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
        "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
        "</manifest:manifest>"}});
  EXPECT_THAT(ExtractErrorOf([&] { OdtExtractor().Extract(odt, "t.odt"); }),
              HasSubstr("encrypted"));
}

TEST(OdtExtractorTest, SampleDocument) {
  const std::string bytes = twindex::testing::ReadFile(
      twindex::testing::SourceDir() / "sample-docs/office/soglashenie-grodno-bialystok.odt");
  const Document doc = OdtExtractor().Extract(bytes, "soglashenie-grodno-bialystok.odt");
  EXPECT_THAT(doc.title, HasSubstr("Гродно"));
  EXPECT_FALSE(doc.author.empty());
  EXPECT_THAT(doc.created, HasSubstr("2018-03-16"));
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("Белосток"));
  EXPECT_THAT(doc.pages[0].text, HasSubstr("16 марта 2018 г."));
}

}  // namespace
}  // namespace twindex::extract
