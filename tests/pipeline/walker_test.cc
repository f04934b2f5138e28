#include "pipeline/walker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/shard_key.h"
#include "scoped_euid.h"
#include "test_support.h"

namespace twindex::pipeline {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

std::vector<std::string> Paths(const WalkResult& r) {
  std::vector<std::string> paths;
  for (const FoundFile& f : r.files) paths.push_back(f.path);
  return paths;
}

// The failure reported for `path`, or "" if none.
std::string FailureFor(const WalkResult& r, const fs::path& path) {
  for (const WalkFailure& f : r.failures)
    if (f.path == path.string()) return f.reason;
  return "";
}

class WalkerTest : public ::testing::Test {
 protected:
  // The canonical form of a path below the scratch directory.
  std::string C(const std::string& name) const { return (root_ / name).string(); }

  TempDir dir_;
  const fs::path root_ = fs::canonical(dir_.path());
};

TEST_F(WalkerTest, FindsFilesSortedWithCanonicalPaths) {
  WriteFile(root_ / "b.txt", "bb");
  WriteFile(root_ / "a" / "z.txt", "zzz");
  WriteFile(root_ / "a" / "c.txt", "c");
  WriteFile(root_ / "a" / "b" / "d.txt", "dddd");
  // Reached through a non-canonical spelling of the root.
  const WalkResult r = Walk({root_ / "a" / ".." / "."}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a/b/d.txt"), C("a/c.txt"), C("a/z.txt"), C("b.txt")));
  EXPECT_THAT(r.roots, ElementsAre(root_.string()));
  EXPECT_THAT(r.failures, IsEmpty());
  EXPECT_THAT(r.unlisted_dirs, IsEmpty());
}

TEST_F(WalkerTest, ReportsSizeAndMtime) {
  WriteFile(root_ / "a.txt", "12345");
  struct stat st;
  ASSERT_EQ(::stat((root_ / "a.txt").c_str(), &st), 0);
  const WalkResult r = Walk({root_}, {});
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].size, 5u);
  EXPECT_EQ(r.files[0].mtime_ns, int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec);
}

TEST_F(WalkerTest, RootMayBeAFile) {
  WriteFile(root_ / "a.txt", "a");
  WriteFile(root_ / "b.txt", "b");
  const WalkResult r = Walk({root_ / "a.txt"}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a.txt")));
  EXPECT_THAT(r.roots, ElementsAre(C("a.txt")));
}

TEST_F(WalkerTest, MissingRootIsAFailure) {
  WriteFile(root_ / "a.txt", "a");
  const WalkResult r = Walk({root_ / "missing", root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a.txt")));
  EXPECT_NE(FailureFor(r, root_ / "missing"), "");
  EXPECT_THAT(r.roots, ElementsAre(root_.string()));
}

TEST_F(WalkerTest, OverlappingRootsGiveEachFileOnce) {
  WriteFile(root_ / "sub" / "a.txt", "a");
  const WalkResult r = Walk({root_, root_ / "sub", root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("sub/a.txt")));
}

TEST_F(WalkerTest, SkipsHiddenEntries) {
  WriteFile(root_ / ".hidden.txt", "h");
  WriteFile(root_ / ".git" / "config", "g");
  WriteFile(root_ / "sub" / ".cache" / "x.txt", "x");
  WriteFile(root_ / "sub" / "visible.txt", "v");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("sub/visible.txt")));
}

TEST_F(WalkerTest, HiddenRootIsWalked) {
  WriteFile(root_ / ".archive" / "a.txt", "a");
  EXPECT_THAT(Paths(Walk({root_ / ".archive"}, {})), ElementsAre(C(".archive/a.txt")));
}

TEST_F(WalkerTest, SkipsExcludedDirectory) {
  WriteFile(root_ / "index" / "postlist.glass", "x");
  WriteFile(root_ / "index-notes.txt", "not under the excluded dir");
  WriteFile(root_ / "docs" / "a.txt", "a");
  // The exclusion may be spelled non-canonically too.
  const WalkResult r = Walk({root_}, {root_ / "docs" / ".." / "index"});
  EXPECT_THAT(Paths(r), ElementsAre(C("docs/a.txt"), C("index-notes.txt")));
  EXPECT_THAT(r.failures, IsEmpty());
}

TEST_F(WalkerTest, HardLinkAndSymlinkToTheSameFileCountOnce) {
  WriteFile(root_ / "a.txt", "same bytes");
  fs::create_hard_link(root_ / "a.txt", root_ / "b-hard.txt");
  fs::create_symlink(root_ / "a.txt", root_ / "c-sym.txt");
  fs::create_symlink("a.txt", root_ / "0-relative-sym.txt");
  const WalkResult r = Walk({root_}, {});
  ASSERT_EQ(r.files.size(), 1u) << ::testing::PrintToString(Paths(r));
  EXPECT_EQ(r.files[0].path, C("a.txt"));  // a symlink's canonical path is its target
  EXPECT_THAT(r.failures, IsEmpty());
}

// Without a hard link the walk keeps no id of the file: its symbolic links still count once.
TEST_F(WalkerTest, SymlinksToAFileOfOneLinkCountOnce) {
  WriteFile(root_ / "m.txt", "one link");
  fs::create_symlink(root_ / "m.txt", root_ / "n-sym.txt");
  fs::create_symlink("m.txt", root_ / "a-relative-sym.txt");
  const WalkResult r = Walk({root_, root_ / "n-sym.txt"}, {});
  ASSERT_EQ(r.files.size(), 1u) << ::testing::PrintToString(Paths(r));
  EXPECT_EQ(r.files[0].path, C("m.txt"));
}

TEST_F(WalkerTest, FollowsSymlinkToDirectoryElsewhere) {
  TempDir other;
  const fs::path target = fs::canonical(other.path());
  WriteFile(target / "far.txt", "far");
  fs::create_symlink(target, root_ / "link");
  EXPECT_THAT(Paths(Walk({root_}, {})), ElementsAre((target / "far.txt").string()));
}

TEST_F(WalkerTest, SymlinkLoopIsReported) {
  WriteFile(root_ / "a.txt", "a");
  fs::create_symlink(root_ / "loop2", root_ / "loop1");
  fs::create_symlink(root_ / "loop1", root_ / "loop2");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a.txt")));
  EXPECT_THAT(FailureFor(r, root_ / "loop1"), HasSubstr("loop"));
  EXPECT_THAT(FailureFor(r, root_ / "loop2"), HasSubstr("loop"));
}

TEST_F(WalkerTest, DirectoryCycleIsReported) {
  WriteFile(root_ / "sub" / "a.txt", "a");
  fs::create_symlink("..", root_ / "sub" / "up");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("sub/a.txt")));
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].path, C("sub/up"));
  EXPECT_THAT(r.failures[0].reason, HasSubstr("loop"));
}

TEST_F(WalkerTest, SecondPathToADirectoryIsNotACycle) {
  WriteFile(root_ / "real" / "a.txt", "a");
  fs::create_directory_symlink(root_ / "real", root_ / "alias");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("real/a.txt")));
  EXPECT_THAT(r.failures, IsEmpty());
}

TEST_F(WalkerTest, BrokenSymlinkIsReported) {
  WriteFile(root_ / "a.txt", "a");
  fs::create_symlink(root_ / "gone.txt", root_ / "broken.txt");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a.txt")));
  EXPECT_THAT(FailureFor(r, root_ / "broken.txt"), HasSubstr("broken"));
}

TEST_F(WalkerTest, SkipsFifos) {
  WriteFile(root_ / "a.txt", "a");
  ASSERT_EQ(::mkfifo((root_ / "pipe").c_str(), 0600), 0);
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("a.txt")));
  EXPECT_THAT(r.failures, IsEmpty());
}

TEST_F(WalkerTest, UnreadableDirectoryIsReportedAndRecorded) {
  WriteFile(root_ / "open" / "a.txt", "a");
  WriteFile(root_ / "locked" / "b.txt", "b");
  fs::permissions(root_ / "locked", fs::perms::none);
  WalkResult r;
  {
    twindex::testing::ScopedUnprivileged nobody;
    if (!nobody.ok()) GTEST_SKIP() << "cannot drop privileges to test an unreadable directory";
    r = Walk({root_}, {});
  }
  EXPECT_THAT(Paths(r), ElementsAre(C("open/a.txt")));
  EXPECT_THAT(FailureFor(r, root_ / "locked"), HasSubstr("cannot list directory"));
  EXPECT_THAT(r.unlisted_dirs, ElementsAre(C("locked")));
}

std::vector<uint64_t> ShardKeys(const WalkResult& r) {
  std::vector<uint64_t> keys;
  for (const FoundFile& f : r.files) keys.push_back(f.shard_key);
  return keys;
}

// Machines that mount the tree at different points agree on every file's key.
TEST_F(WalkerTest, ShardKeyIsOfThePathBelowTheRoot) {
  const fs::path one = root_ / "one" / "archive", two = root_ / "two" / "mnt" / "archive";
  for (const fs::path& tree : {one, two}) {
    WriteFile(tree / "a.txt", "a");
    WriteFile(tree / "letters" / "b.txt", "b");
  }
  const WalkResult r = Walk({one}, {});
  EXPECT_THAT(ShardKeys(r), ElementsAre(ShardKey("a.txt"), ShardKey("letters/b.txt")));
  EXPECT_EQ(ShardKeys(Walk({two}, {})), ShardKeys(r));
  fs::create_directory_symlink(one, root_ / "alias");
  EXPECT_EQ(ShardKeys(Walk({root_ / "alias"}, {})), ShardKeys(r));
}

TEST_F(WalkerTest, ARootFilesShardKeyIsItsName) {
  WriteFile(root_ / "deep" / "er" / "umowa.pdf", "u");
  EXPECT_THAT(ShardKeys(Walk({root_ / "deep" / "er" / "umowa.pdf"}, {})),
              ElementsAre(ShardKey("umowa.pdf")));
}

// A file reached by two paths is taken by the first in the walk's (sorted) order, on every
// machine: its key is that path's, through a link to a folder or to the file itself.
TEST_F(WalkerTest, AFileReachedByTwoPathsHasTheFirstPathsShardKey) {
  WriteFile(root_ / "z-real" / "x.txt", "x");
  fs::create_directory_symlink(root_ / "z-real", root_ / "a-link");
  WriteFile(root_ / "y.txt", "y");
  fs::create_symlink(root_ / "y.txt", root_ / "b-sym.txt");
  const WalkResult r = Walk({root_}, {});
  EXPECT_THAT(Paths(r), ElementsAre(C("y.txt"), C("z-real/x.txt")));
  EXPECT_THAT(ShardKeys(r), ElementsAre(ShardKey("b-sym.txt"), ShardKey("a-link/x.txt")));
}

// A sharded ingest reports an unreadable entry in the shard it would belong to.
TEST_F(WalkerTest, AnUnreadableEntryHasItsShardKeyAndAMissingRootNone) {
  WriteFile(root_ / "a.txt", "a");
  fs::create_directories(root_ / "sub");
  fs::create_symlink(root_ / "gone.txt", root_ / "sub" / "broken.txt");
  const WalkResult r = Walk({root_, root_ / "missing"}, {});
  ASSERT_EQ(r.failures.size(), 2u);
  for (const WalkFailure& f : r.failures) {
    if (f.path == (root_ / "missing").string())
      EXPECT_EQ(f.shard_key, std::nullopt);
    else
      EXPECT_EQ(f.shard_key, ShardKey("sub/broken.txt")) << f.path;
  }
}

TEST(IsUnderTest, PathsAtAndBelowADirectory) {
  EXPECT_TRUE(IsUnder("/a/b", "/a/b"));
  EXPECT_TRUE(IsUnder("/a/b/c.txt", "/a/b"));
  EXPECT_TRUE(IsUnder("/a/b/c/d.txt", "/a/b"));
  EXPECT_TRUE(IsUnder("/a/b/c.txt", "/a/b/"));
  EXPECT_TRUE(IsUnder("/a", "/"));
  EXPECT_FALSE(IsUnder("/a/bc", "/a/b"));
  EXPECT_FALSE(IsUnder("/a/b.txt", "/a/b"));
  EXPECT_FALSE(IsUnder("/a", "/a/b"));
  EXPECT_FALSE(IsUnder("/x/a/b", "/a/b"));
}

}  // namespace
}  // namespace twindex::pipeline

namespace twindex::pipeline {
namespace {

TEST_F(WalkerTest, IncludeExcludeAndSymlinkFilters) {
  WriteFile(root_ / "a.pdf", "a");
  WriteFile(root_ / "notes.log", "n");
  WriteFile(root_ / "drafts" / "b.pdf", "b");
  WriteFile(root_ / "deep" / "c.pdf", "c");
  WriteFile(root_ / "elsewhere" / "d.pdf", "d");
  fs::create_directory_symlink(root_ / "elsewhere", root_ / "deep" / "link");
  const std::vector<fs::path> roots{root_};
  EXPECT_THAT(Paths(Walk(roots, {}, {{"*.pdf"}, {"drafts", "elsewhere"}, true})),
              ElementsAre(C("a.pdf"), C("deep/c.pdf"), C("elsewhere/d.pdf")))
      << "* crosses folders; an excluded folder is pruned, but reached by a link it is not";
  EXPECT_THAT(Paths(Walk(roots, {}, {{"*.pdf"}, {"drafts", "elsewhere"}, false})),
              ElementsAre(C("a.pdf"), C("deep/c.pdf")))
      << "links skipped";
  EXPECT_THAT(Paths(Walk(roots, {}, {{}, {"*.log", "drafts/*"}, true})),
              ElementsAre(C("a.pdf"), C("deep/c.pdf"), C("elsewhere/d.pdf")));
}

}  // namespace
}  // namespace twindex::pipeline
