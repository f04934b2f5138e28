#include "index/metadata_codec.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/document_json.h"
#include "index/errors.h"
#include "index/file_record.h"

namespace twindex::index {
namespace {

// A record and a document the way an ingest makes them (not copied from any index).
FileRecord SampleRecord() {
  FileRecord r;
  r.path = "/archiwum/Sokółka/umowa o współpracy 2017.txt";
  r.size = 48213;
  r.mtime_ns = 1496230000123456789;
  r.content_hash = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  r.pages = 2;
  r.format = "text";
  r.indexed_at = 1700000000;
  return r;
}

Document SampleDocument() {
  Document doc;
  doc.path = "/archiwum/Гродна/дагавор аб пабрацімстве.txt";
  doc.format = Format::kText;
  doc.title = "Дагавор аб пабрацімстве Гродна і Аўгустова";
  doc.encoding = "UTF-8";
  doc.language = "be";
  doc.pages = {{1, "", false, "be", "", 0, 0, 0.0, ""}, {2, "", false, "be", "", 0, 0, 0.0, ""}};
  doc.cities = {{627904, 3}, {776029, 1}};
  doc.dates = {{"1994-05-12", "12 мая 1994 г.", false, ""}};
  return doc;
}

std::string Json(const nlohmann::json& json) { return json.dump(); }

TEST(MetadataCodecTest, ARecordComesBackAsItWent) {
  const std::string json = Json(ToJson(SampleRecord()));
  EXPECT_EQ(
      DecodeMetadata(MetadataKind::kFileRecord, EncodeMetadata(MetadataKind::kFileRecord, json)),
      json);
}

TEST(MetadataCodecTest, ADocumentComesBackAsItWent) {
  const std::string json = Json(ToJson(SampleDocument()));
  EXPECT_EQ(DecodeMetadata(MetadataKind::kDocument, EncodeMetadata(MetadataKind::kDocument, json)),
            json);
}

TEST(MetadataCodecTest, AValueLongerThanTheDeflateWindowComesBack) {
  std::string json = "{\"title\":\"";
  for (int i = 0; json.size() < 100000; ++i) json += std::to_string(i * 7919 % 100003) + " ";
  json += "\"}";
  EXPECT_EQ(DecodeMetadata(MetadataKind::kDocument, EncodeMetadata(MetadataKind::kDocument, json)),
            json);
}

TEST(MetadataCodecTest, TheEmptyValueIsNotStoredAsEmpty) {
  // An empty metadata value deletes its key in Xapian.
  EXPECT_FALSE(EncodeMetadata(MetadataKind::kFileRecord, "").empty());
  EXPECT_EQ(
      DecodeMetadata(MetadataKind::kFileRecord, EncodeMetadata(MetadataKind::kFileRecord, "")), "");
}

TEST(MetadataCodecTest, TheDictionaryMakesShortValuesSmaller) {
  // The point of the dictionaries: a record or document of a few hundred bytes shrinks far
  // more than deflate alone would make it (which cannot yet know the key names).
  const std::string record = Json(ToJson(SampleRecord()));
  const std::string document = Json(ToJson(SampleDocument()));
  EXPECT_LT(EncodeMetadata(MetadataKind::kFileRecord, record).size() * 3, record.size() * 2);
  EXPECT_LT(EncodeMetadata(MetadataKind::kDocument, document).size() * 2, document.size());
}

TEST(MetadataCodecTest, EachDictionaryNamesEveryKeyOfItsJson) {
  // A key missing from its dictionary is stored in full in every value.
  FileRecord failed = SampleRecord();
  failed.failed = true;
  failed.error = "x";
  const nlohmann::json record = ToJson(failed);
  for (const auto& [key, value] : record.items())
    EXPECT_NE(MetadataDictionary(MetadataKind::kFileRecord).find("\"" + key + "\":"),
              std::string_view::npos)
        << key;
  Document doc = SampleDocument();
  doc.dates.front().through = "1994-05-13";
  const nlohmann::json json = ToJson(doc);
  auto expect_named = [](const nlohmann::json& object) {
    for (const auto& [key, value] : object.items())
      EXPECT_NE(MetadataDictionary(MetadataKind::kDocument).find("\"" + key + "\":"),
                std::string_view::npos)
          << key;
  };
  expect_named(json);
  expect_named(json.at("pages").front());
  expect_named(json.at("cities").front());
  expect_named(json.at("dates").front());
}

TEST(MetadataCodecTest, AValueThatIsNotEncodedIsAnError) {
  EXPECT_THROW(DecodeMetadata(MetadataKind::kFileRecord, "{\"path\":\"/a.txt\"}"), IndexError);
  const std::string stored =
      EncodeMetadata(MetadataKind::kDocument, Json(ToJson(SampleDocument())));
  EXPECT_THROW(DecodeMetadata(MetadataKind::kDocument, stored.substr(0, stored.size() / 2)),
               IndexError);
}

TEST(FileRecordTest, StoredRecordComesBack) {
  const FileRecord r = SampleRecord();
  const FileRecord back = FileRecordFromStored(StoredFileRecord(r));
  EXPECT_EQ(back.path, r.path);
  EXPECT_EQ(back.size, r.size);
  EXPECT_EQ(back.mtime_ns, r.mtime_ns);
  EXPECT_EQ(back.content_hash, r.content_hash);
  EXPECT_EQ(back.pages, r.pages);
  EXPECT_EQ(back.format, r.format);
  EXPECT_EQ(back.indexed_at, r.indexed_at);
  EXPECT_FALSE(back.failed);
}

}  // namespace
}  // namespace twindex::index
