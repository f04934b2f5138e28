// Parsing Xapian stub files (stub_file.h).
#include "index/stub_file.h"

#include <gtest/gtest.h>

#include "index/errors.h"

namespace twindex::index {
namespace {

TEST(StubFile, LocalPathsAreRelativeToTheStub) {
  const auto entries = ParseStub("auto shard-00\nglass sub/shard 01\n", "/idx");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].kind, StubEntry::Kind::kLocal);
  EXPECT_EQ(entries[0].path, "/idx/shard-00");
  EXPECT_EQ(entries[1].path, "/idx/sub/shard 01") << "the rest of the line is the path";
}

TEST(StubFile, AbsolutePathsStay) {
  const auto entries = ParseStub("auto /elsewhere/db", "/idx");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].path, "/elsewhere/db");
}

TEST(StubFile, SkipsCommentsAndBlankLinesAndReadsCrlf) {
  const auto entries = ParseStub("# shards\n\nauto a\r\n\nauto b", "/i");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].path, "/i/a");
  EXPECT_EQ(entries[1].path, "/i/b");
}

TEST(StubFile, RemoteHostAndPort) {
  const auto entries = ParseStub("remote search1.example:33333\nremote [::1]:8100\n", "/i");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].kind, StubEntry::Kind::kRemote);
  EXPECT_EQ(entries[0].host, "search1.example");
  EXPECT_EQ(entries[0].port, 33333u);
  EXPECT_EQ(entries[1].host, "::1");
  EXPECT_EQ(entries[1].port, 8100u);
}

TEST(StubFile, RefusesWhatItCannotOpen) {
  for (const char* bad : {"inmemory", "chert old", "auto", "remote host", "remote host:0",
                          "remote host:99999", "remote host:12x", "remote :xapian-progsrv db"})
    EXPECT_THROW(ParseStub(bad, "/i"), IndexError) << bad;
}

TEST(StubFile, ErrorNamesTheLine) {
  try {
    ParseStub("auto a\nbogus b\n", "/i");
    FAIL();
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(StubFile, WrittenStubParsesBack) {
  const auto entries = ParseStub(StubText({"shard-00", "shard-01"}), "/i");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].path, "/i/shard-00");
  EXPECT_EQ(entries[1].path, "/i/shard-01");
}

}  // namespace
}  // namespace twindex::index
