#include "pipeline/wire.h"

#include <gtest/gtest.h>

#include "expect_same_document.h"

namespace twindex::pipeline {
namespace {

Document FullDocument() {
  Document doc;
  doc.path = "/archiwum/umowa Grodno–Białystok.pdf";
  doc.format = Format::kPdf;
  doc.title = "Umowa o współpracy";
  doc.author = "Rada Miasta";
  doc.created = "2017-04-27T10:00:00Z";
  doc.encoding = "windows-1250";
  Page text_page;
  text_page.number = 1;
  text_page.text = "Miasta Grodno i Białystok\nzawierają porozumienie.";
  text_page.language = "pl";
  Page scan;
  scan.number = 2;
  scan.text = std::string("Пагадненне\0\xff bytes as they are", 31);
  scan.ocr = true;
  scan.language = "be";
  scan.ocr_languages = "bel+rus";
  scan.ocr_confidence = 91;
  scan.ocr_rotation = 90;
  scan.ocr_seconds = 1.25;
  Page failed;
  failed.number = 3;
  failed.ocr_error = "OCR took longer than 120 s";
  doc.pages = {text_page, scan, failed};
  doc.language = "pl";
  doc.cities = {{627904, 3}, {776069, 1}};
  doc.dates = {{"2017-04-27", "27 kwietnia 2017 r."}, {"--05-01", "1 maja"}};
  doc.date = "2017-04-27";
  return doc;
}

using testing::ExpectSameDocument;

TEST(WireTest, EveryFieldRoundTripsByteForByte) {
  const Document doc = FullDocument();
  ExpectSameDocument(DecodeDocument(EncodeDocument(doc)), doc);
}

TEST(WireTest, AnEmptyDocumentRoundTrips) {
  ExpectSameDocument(DecodeDocument(EncodeDocument(Document{})), Document{});
}

TEST(WireTest, EveryTruncationIsAnErrorNotAPartialDocument) {
  const std::string bytes = EncodeDocument(FullDocument());
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_THROW(DecodeDocument(std::string_view(bytes).substr(0, n)), WireError) << n;
}

TEST(WireTest, TrailingBytesAndForeignMessagesAreErrors) {
  EXPECT_THROW(DecodeDocument(EncodeDocument(FullDocument()) + "x"), WireError);
  EXPECT_THROW(DecodeDocument("{\"path\": \"/a.pdf\"}"), WireError);
}

TEST(WireTest, AHugeCountIsRefusedBeforeAnyAllocation) {
  Document doc;
  std::string bytes = EncodeDocument(doc);
  // The page count follows the magic (2), the path (4), the format (1) and four strings (16).
  const size_t at = 2 + 4 + 1 + 16;
  bytes.replace(at, 4, "\xff\xff\xff\x7f", 4);
  try {
    DecodeDocument(bytes);
    ADD_FAILURE() << "decoded";
  } catch (const WireError& e) {
    EXPECT_STREQ(e.what(), "bad count in document message");
  }
}

TEST(WireTest, RepliesCarryTheirKindAndPayload) {
  for (Reply::Kind kind :
       {Reply::Kind::kHash, Reply::Kind::kDocument, Reply::Kind::kUnchanged, Reply::Kind::kError}) {
    const std::string bytes = EncodeReply(kind, "payload");
    const Reply r = DecodeReply(bytes);
    EXPECT_EQ(r.kind, kind);
    EXPECT_EQ(r.payload, "payload");
  }
  EXPECT_THROW(DecodeReply(""), WireError);
  EXPECT_THROW(DecodeReply("{\"hash\": \"00\"}"), WireError);
}

}  // namespace
}  // namespace twindex::pipeline
