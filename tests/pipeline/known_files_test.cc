#include "pipeline/known_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/schema.h"

namespace twindex::pipeline {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

index::FileRecord Record(std::string path, uint64_t size, std::string content_hash = "",
                         bool failed = false) {
  index::FileRecord r;
  r.path = std::move(path);
  r.size = size;
  r.mtime_ns = static_cast<int64_t>(size) * 1000;
  r.content_hash = std::move(content_hash);
  r.failed = failed;
  r.pages = 3;
  r.error = failed ? "broken" : "";
  return r;
}

TEST(KnownFilesTest, FindsWhatTheRecordsSayByPath) {
  const std::string hash = "0123456789abcdef0011223344556677";
  KnownFiles known;
  known.Add(Record("/a/x.pdf", 10, hash));
  known.Add(Record("/a/y.pdf", 20, "", /*failed=*/true));
  known.Seal();

  KnownFiles::Entry* x = known.Find("/a/x.pdf");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(x->size, 10u);
  EXPECT_EQ(x->mtime_ns, 10000);
  EXPECT_EQ(x->ContentHashHex(), hash);
  EXPECT_FALSE(x->failed);

  KnownFiles::Entry* y = known.Find("/a/y.pdf");
  ASSERT_NE(y, nullptr);
  EXPECT_TRUE(y->failed);
  EXPECT_FALSE(y->has_content_hash);
  EXPECT_EQ(y->ContentHashHex(), "");

  EXPECT_EQ(known.Find("/a/z.pdf"), nullptr);
  EXPECT_EQ(known.Find("/a/x.pdf "), nullptr);
}

TEST(KnownFilesTest, UnfoundKeysAreTheIndexKeysOfFilesNoWalkFound) {
  KnownFiles known;
  for (const char* path : {"/d/1", "/d/2", "/d/3"}) known.Add(Record(path, 1));
  known.Seal();
  known.Find("/d/1")->found = true;
  known.Find("/d/3")->found = true;
  EXPECT_THAT(known.UnfoundKeys(), ElementsAre(index::schema::FileKey("/d/2")));
  known.Find("/d/2")->found = true;
  EXPECT_THAT(known.UnfoundKeys(), IsEmpty());
}

TEST(KnownFilesTest, AnUnreadableHashCountsAsNone) {
  KnownFiles known;
  known.Add(Record("/x", 1, "not-a-hash"));
  known.Seal();
  EXPECT_FALSE(known.Find("/x")->has_content_hash);
}

}  // namespace
}  // namespace twindex::pipeline
