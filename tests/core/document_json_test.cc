#include "core/document_json.h"

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "document_testing.h"

namespace twindex {
namespace {

using testing::ExpectSameDocument;
using testing::FullDocument;

TEST(DocumentJsonTest, RoundTripsEveryField) {
  const Document doc = FullDocument();
  ExpectSameDocument(DocumentFromJson(ToJson(doc)), doc);
}

TEST(DocumentJsonTest, RoundTripsThroughSerializedText) {
  // What a worker actually sends is the dumped string, not the json object.
  const Document doc = FullDocument();
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
  nlohmann::json j = ToJson(FullDocument());
  j.erase("author");
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, MissingPageFieldThrows) {
  nlohmann::json j = ToJson(FullDocument());
  j["pages"][0].erase("ocr");
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, WrongTypeThrows) {
  nlohmann::json j = ToJson(FullDocument());
  j["pages"][0]["number"] = "one";
  EXPECT_THROW(DocumentFromJson(j), nlohmann::json::exception);
}

TEST(DocumentJsonTest, UnknownFormatNameReadsAsUnknown) {
  nlohmann::json j = ToJson(FullDocument());
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
