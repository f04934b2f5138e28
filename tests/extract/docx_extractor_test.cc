#include "extract/docx_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "office_fixture.h"
#include "test_support.h"

namespace twindex::extract {
namespace {

using ::testing::HasSubstr;
using twindex::testing::ExtractErrorOf;
using twindex::testing::MakeDocx;
using twindex::testing::MakeZip;
using twindex::testing::WordHeaderFooter;
using twindex::testing::WordRelationships;

// The text of the single page of a DOCX with this body.
std::string BodyText(std::string_view body, twindex::testing::ZipMembers parts = {}) {
  const Document doc = DocxExtractor().Extract(MakeDocx(body, std::move(parts)), "test.docx");
  EXPECT_EQ(doc.pages.size(), 1u);
  return doc.pages.empty() ? "" : doc.pages[0].text;
}

TEST(DocxExtractorTest, ParagraphsBecomeLinesAndRunsJoin) {
  const std::string docx = MakeDocx(
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
      "<w:r><w:t>Umowa o </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>partnerstwie</w:t></w:r></w:p>"
      "<w:p/>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Białystok – Гродна </w:t></w:r></w:p>");
  const Document doc = DocxExtractor().Extract(docx, "umowa.docx");
  EXPECT_EQ(doc.format, Format::kDocx);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_FALSE(doc.pages[0].ocr);
  EXPECT_EQ(doc.pages[0].text, "Umowa o partnerstwie\nBiałystok – Гродна \n");
}

TEST(DocxExtractorTest, TabsAndBreaksButNotTabStops) {
  EXPECT_EQ(
      BodyText("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2000\"/></w:tabs></w:pPr>"
               "<w:r><w:t>Miasto:</w:t><w:tab/><w:t>Sokółka</w:t><w:br/>"
               "<w:t>Data:</w:t><w:tab/><w:t>16 marca 2018 r.</w:t><w:cr/><w:t>Strony: polsko</w:t>"
               "<w:noBreakHyphen/><w:t>litewskie</w:t></w:r></w:p>"),
      "Miasto:\tSokółka\nData:\t16 marca 2018 r.\nStrony: polsko-litewskie\n");
}

TEST(DocxExtractorTest, TableRowsAreLinesWithTabSeparatedCells) {
  EXPECT_EQ(BodyText("<w:p><w:r><w:t>Partnerzy:</w:t></w:r></w:p>"
                     "<w:tbl><w:tblPr/>"
                     "<w:tr><w:tc><w:p><w:r><w:t>Miasto</w:t></w:r></w:p></w:tc>"
                     "<w:tc><w:p><w:r><w:t>Kraj</w:t></w:r></w:p></w:tc></w:tr>"
                     "<w:tr><w:tc><w:p><w:r><w:t>Grodno</w:t></w:r></w:p>"
                     "<w:p><w:r><w:t>(Hrodna)</w:t></w:r></w:p></w:tc>"
                     "<w:tc><w:p><w:r><w:t>Białoruś</w:t></w:r></w:p></w:tc></w:tr>"
                     "</w:tbl>"
                     "<w:p><w:r><w:t>Koniec.</w:t></w:r></w:p>"),
            "Partnerzy:\nMiasto\tKraj\nGrodno (Hrodna)\tBiałoruś\nKoniec.\n");
}

TEST(DocxExtractorTest, DeletedTextIsSkippedInsertedTextKept) {
  EXPECT_EQ(
      BodyText("<w:p><w:r><w:t xml:space=\"preserve\">Umowa z </w:t></w:r>"
               "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Grodnem</w:delText></w:r></w:del>"
               "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>Kownem</w:t></w:r></w:ins>"
               "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
               "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"),
      "Umowa z Kownem\n");
}

TEST(DocxExtractorTest, TextBoxIsReadOnceNotAlsoFromItsFallback) {
  EXPECT_EQ(BodyText("<w:p><w:r><mc:AlternateContent>"
                     "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r>"
                     "<w:t>Druskininkai</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
                     "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
                     "<w:t>Druskininkai</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
                     "</mc:AlternateContent></w:r></w:p>"),
            "Druskininkai\n");
}

TEST(DocxExtractorTest, HeadersBodyNotesFootersInOrderRepeatsOnce) {
  // Relationship order is not reading order; the Ids say nothing either.
  const std::string rels = WordRelationships({{"rId9", "footer", "footer1.xml"},
                                              {"rId7", "header", "header1.xml"},
                                              {"rId8", "header", "/word/header2.xml"},
                                              {"rId5", "footnotes", "footnotes.xml"},
                                              {"rId6", "endnotes", "endnotes.xml"},
                                              {"rId4", "hyperlink", "https://grodno.example/"}});
  const std::string header = "<w:p><w:r><w:t>Urząd Miejski w Sokółce</w:t></w:r></w:p>";
  const std::string text = BodyText(
      "<w:p><w:r><w:t>Treść umowy.</w:t></w:r></w:p>",
      {{"word/_rels/document.xml.rels", rels},
       {"word/header1.xml", WordHeaderFooter("hdr", header)},
       {"word/header2.xml", WordHeaderFooter("hdr", header)},  // first-page copy of header1
       {"word/header3.xml", WordHeaderFooter("hdr", "<w:p><w:r><w:t>Unused</w:t></w:r></w:p>")},
       {"word/footer1.xml", WordHeaderFooter("ftr", "<w:p><w:r><w:t>Strona 1</w:t></w:r></w:p>")},
       {"word/footnotes.xml",
        WordHeaderFooter("footnotes",
                         "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
                         "</w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r>"
                         "<w:t>Przypis: Grodno (Гродна).</w:t></w:r></w:p></w:footnote>")},
       {"word/endnotes.xml",
        WordHeaderFooter("endnotes",
                         "<w:endnote w:id=\"1\"><w:p><w:r><w:t>Przypis końcowy.</w:t></w:r>"
                         "</w:p></w:endnote>")}});
  EXPECT_EQ(text,
            "Urząd Miejski w Sokółce\nTreść umowy.\nPrzypis: Grodno (Гродна).\n"
            "Przypis końcowy.\nStrona 1\n");
}

TEST(DocxExtractorTest, MetadataFromCoreProperties) {
  const char* core =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<cp:coreProperties )"
      R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
      R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
      R"(xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
      R"(<dc:title>Partnerystės sutartis: Druskininkai – Sokółka</dc:title>)"
      R"(<dc:creator>Ганна Кавалёва</dc:creator>)"
      R"(<cp:lastModifiedBy>Someone Else</cp:lastModifiedBy>)"
      R"(<dcterms:created xsi:type="dcterms:W3CDTF">2018-03-16T09:30:00Z</dcterms:created>)"
      R"(</cp:coreProperties>)";
  const Document doc = DocxExtractor().Extract(
      MakeDocx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", {{"docProps/core.xml", core}}), "t.docx");
  EXPECT_EQ(doc.title, "Partnerystės sutartis: Druskininkai – Sokółka");
  EXPECT_EQ(doc.author, "Ганна Кавалёва");
  EXPECT_EQ(doc.created, "2018-03-16T09:30:00Z");
}

TEST(DocxExtractorTest, NoCorePropertiesMeansNoMetadata) {
  const Document doc =
      DocxExtractor().Extract(MakeDocx("<w:p><w:r><w:t>x</w:t></w:r></w:p>"), "t.docx");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.author, "");
  EXPECT_EQ(doc.created, "");
}

TEST(DocxExtractorTest, TruncatedFileThrows) {
  const std::string docx = MakeDocx("<w:p><w:r><w:t>Białystok</w:t></w:r></w:p>");
  EXPECT_EQ(ExtractErrorOf([&] { DocxExtractor().Extract(docx.substr(0, docx.size() / 2), "t"); }),
            "truncated zip");
}

TEST(DocxExtractorTest, ZipWithoutDocumentXmlThrows) {
  const std::string zip = MakeZip({{"word/styles.xml", "<w:styles/>"}});
  EXPECT_THAT(ExtractErrorOf([&] { DocxExtractor().Extract(zip, "t.docx"); }),
              HasSubstr("missing member word/document.xml"));
}

TEST(DocxExtractorTest, DamagedXmlThrows) {
  const std::string zip = MakeZip({{"word/document.xml", "<w:document><w:body><w:p>"}});
  EXPECT_THAT(ExtractErrorOf([&] { DocxExtractor().Extract(zip, "t.docx"); }),
              HasSubstr("damaged XML in word/document.xml"));
}

TEST(DocxExtractorTest, SampleDocument) {
  const std::string bytes = twindex::testing::ReadFile(
      twindex::testing::SourceDir() / "sample-docs/office/umowa-sokolka-druskininkai.docx");
  const Document doc = DocxExtractor().Extract(bytes, "umowa-sokolka-druskininkai.docx");
  EXPECT_THAT(doc.title, HasSubstr("Sokółka"));
  EXPECT_FALSE(doc.author.empty());
  EXPECT_THAT(doc.created, HasSubstr("2018-03-16"));
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("Druskininkai"));
  EXPECT_THAT(doc.pages[0].text, HasSubstr("16 marca 2018 r."));
  EXPECT_THAT(doc.pages[0].text, HasSubstr("Urząd Miejski w Sokółce"));  // the header
}

}  // namespace
}  // namespace twindex::extract
