#include "core/document_json.h"

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "expect_same_document.h"

namespace twindex {
namespace {

Document SampleDocument() {
  Document doc;
  doc.path = "/archiwum/umowy/Sokółka–Druskininkai.pdf";
  doc.format = Format::kPdf;
  doc.title = "Umowa o współpracy partnerskiej";
  doc.author = "Urząd Miejski w Sokółce";
  doc.created = "2017-04-27T10:15:00Z";
  doc.encoding = "windows-1250";
  doc.language = "pl";
  doc.pages = {
      {1, "Pierwsza strona\nŁódź, Гродна, Kaunas", false, "pl"},
      {2, "", true, "", "bel+rus", 0, 0, 0.5, "OCR took longer than 120 s"},
      {7, "Soglashenie \"quoted\" \\ tab\t and \u0001 control", true, "ru", "rus", 87, 270, 2.25}};
  doc.cities = {{627904, 3}, {776069, 1}};
  doc.dates = {{"2017-04-27", "27 kwietnia 2017 r."}, {"--05-01", "1 maja"}};
  doc.date = "2017-04-27";
  return doc;
}

using testing::ExpectSameDocument;

TEST(DocumentJsonTest, RoundTripsEveryField) {
  const Document doc = SampleDocument();
  ExpectSameDocument(DocumentFromJson(ToJson(doc)), doc);
}

TEST(DocumentJsonTest, RoundTripsThroughSerializedText) {
  // What a worker actually sends is the dumped string, not the json object.
  const Document doc = SampleDocument();
  ExpectSameDocument(DocumentFromJson(nlohmann::json::parse(ToJson(doc).dump())), doc);
}

TEST(DocumentJsonTest, RoundTripsEveryFormat) {
  for (Format f : {Format::kUnknown, Format::kPdf, Format::kText, Format::kDocx, Format::kOdt,
                   Format::kHtml}) {
    Document doc;
    doc.format = f;
    EXPECT_EQ(DocumentFromJson(ToJson(doc)).format, f) << FormatName(f);
  }
}

TEST(DocumentJsonTest, RoundTripsDefaultDocument) {
  const Document doc;
  const Document back = DocumentFromJson(ToJson(doc));
  ExpectSameDocument(back, doc);
  EXPECT_TRUE(back.pages.empty());
}

TEST(DocumentJsonTest, WritesFormatByName) {
  Document doc;
  doc.format = Format::kDocx;
  EXPECT_EQ(ToJson(doc).at("format"), "docx");
}

TEST(DocumentJsonTest, MissingFieldThrows) {
  nlohmann::json j = ToJson(SampleDocument());
  j.erase("author");
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, MissingPageFieldThrows) {
  nlohmann::json j = ToJson(SampleDocument());
  j["pages"][0].erase("ocr");
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, WrongTypeThrows) {
  nlohmann::json j = ToJson(SampleDocument());
  j["pages"][0]["number"] = "one";
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, UnknownFormatNameReadsAsUnknown) {
  nlohmann::json j = ToJson(SampleDocument());
  j["format"] = "gif";
  EXPECT_EQ(DocumentFromJson(j).format, Format::kUnknown);
}

TEST(FormatNameTest, NamesEachFormat) {
  EXPECT_EQ(FormatName(Format::kUnknown), "unknown");
  EXPECT_EQ(FormatName(Format::kPdf), "pdf");
  EXPECT_EQ(FormatName(Format::kText), "text");
  EXPECT_EQ(FormatName(Format::kDocx), "docx");
  EXPECT_EQ(FormatName(Format::kOdt), "odt");
  EXPECT_EQ(FormatName(Format::kHtml), "html");
}

TEST(FormatNameTest, FromNameInvertsName) {
  for (Format f :
       {Format::kUnknown, Format::kPdf, Format::kText, Format::kDocx, Format::kOdt, Format::kHtml})
    EXPECT_EQ(FormatFromName(FormatName(f)), f) << FormatName(f);
}

TEST(FormatNameTest, FromNameRejectsOtherNames) {
  EXPECT_EQ(FormatFromName(""), Format::kUnknown);
  EXPECT_EQ(FormatFromName("PDF"), Format::kUnknown);  // names are lower case
  EXPECT_EQ(FormatFromName("pdf "), Format::kUnknown);
  EXPECT_EQ(FormatFromName("txt"), Format::kUnknown);
}

}  // namespace
}  // namespace twindex
