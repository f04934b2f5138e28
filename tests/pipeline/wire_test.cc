#include "pipeline/wire.h"

#include <gtest/gtest.h>

#include "document_testing.h"

namespace twindex::pipeline {
namespace {

using testing::ExpectSameDocument;
using testing::FullDocument;

TEST(WireTest, EveryFieldRoundTripsByteForByte) {
  Document doc = FullDocument();
  doc.pages[1].text = std::string("Пагадненне\0\xff bytes as they are", 31);  // not UTF-8
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

// A worker's document travels with its analyzed words (index/document_words.h): the stems
// and forms computed there arrive as they were, so the writer needs no dictionary.
TEST(WireTest, AnExtractedFileRoundTripsWithItsWords) {
  Document doc = FullDocument();
  const index::DocumentWords words = index::AnalyzeDocumentWords(doc);
  ASSERT_FALSE(words.form_links.empty());
  const Extracted back = DecodeExtracted(EncodeExtracted(doc, words));
  ExpectSameDocument(back.document, doc);
  EXPECT_EQ(back.words, words);
}

TEST(WireTest, AnExtractedFileTruncatedOrWithBadIdsIsAnError) {
  Document doc;
  doc.pages = {{1, "Umowa o współpracy Gdańska z Grodnem", false}};
  index::DocumentWords words = index::AnalyzeDocumentWords(doc);
  const std::string bytes = EncodeExtracted(doc, words);
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_THROW(DecodeExtracted(std::string_view(bytes).substr(0, n)), WireError) << n;
  words.pages[0].push_back(static_cast<uint32_t>(words.terms.size()));  // names no term
  EXPECT_THROW(DecodeExtracted(EncodeExtracted(doc, words)), WireError);
  words = index::AnalyzeDocumentWords(doc);
  words.pages.push_back({});  // a page the document does not have
  EXPECT_THROW(DecodeExtracted(EncodeExtracted(doc, words)), WireError);
}

}  // namespace
}  // namespace twindex::pipeline
