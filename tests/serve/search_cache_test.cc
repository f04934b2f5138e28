// SearchCache over a real index: an answer asked again is found, not matched; a commit makes the
// next search match again and see it; the bytes stay within the bound, the least recently used
// answer first out. And the two keys it stands on, index::RequestKey and Searcher::Revision.
#include "serve/search_cache.h"

#include <gtest/gtest.h>

#include <set>

#include "core/document.h"
#include "index/writer.h"
#include "test_support.h"

namespace twindex::serve {
namespace {

namespace fs = std::filesystem;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

class SearchCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add({{"umowa.txt", "Umowa partnerska Grodno i Białystok."},
         {"wymiana.txt", "Wymiana młodzieży w Grodnie."},
         {"kultura.txt", "Dni kultury w Białymstoku."}});
  }

  // Indexes each (file name, text) as a one-page Polish text file, and commits.
  void Add(const std::vector<std::pair<std::string, std::string>>& files) {
    index::IndexWriter writer(dir_.path() / "index", index::IndexWriter::LockMode::kFail);
    for (const auto& [name, text] : files) {
      Document doc;
      doc.path = (dir_.path() / name).string();
      doc.format = Format::kText;
      doc.encoding = "UTF-8";
      doc.title = name;
      doc.language = "pl";
      doc.pages.push_back({1, text, false});
      WriteFile(doc.path, text);
      index::FileRecord r;
      r.path = doc.path;
      r.size = fs::file_size(doc.path);
      r.mtime_ns = 1'700'000'000'000'000'000;
      r.content_hash = "00112233445566778899aabbccddeeff";
      r.pages = 1;
      r.format = "text";
      r.indexed_at = 1'700'000'100;
      writer.AddFile(doc, r);
    }
    writer.Commit();
  }

  static index::SearchRequest Asking(const std::string& query) {
    index::SearchRequest r;
    r.query = query;
    r.facets = 5;
    return r;
  }

  TempDir dir_;
};

TEST_F(SearchCacheTest, AnAnswerAskedAgainIsFoundNotMatched) {
  index::Searcher searcher(dir_.path() / "index");
  SearchCache cache(1 << 20);
  const auto first = cache.Search(searcher, Asking("Grodno"));
  ASSERT_EQ(first->hits.size(), 2u);
  const auto again = cache.Search(searcher, Asking("Grodno"));
  EXPECT_EQ(again, first);  // the very answer kept
  EXPECT_EQ(cache.counts().found, 1u);
  EXPECT_EQ(cache.counts().searched, 1u);
  EXPECT_EQ(cache.counts().answers, 1u);
  // Another Searcher on the same index sees the same revision: found too.
  index::Searcher other(dir_.path() / "index");
  EXPECT_EQ(cache.Search(other, Asking("Grodno")), first);
  EXPECT_EQ(cache.counts().found, 2u);
}

TEST_F(SearchCacheTest, AnotherRequestIsMatchedOnItsOwn) {
  index::Searcher searcher(dir_.path() / "index");
  SearchCache cache(1 << 20);
  index::SearchRequest plain = Asking("Grodno"), more = Asking("Grodno"),
                       russian = Asking("Grodno");
  more.limit = 1;
  russian.language = "ru";
  EXPECT_EQ(cache.Search(searcher, plain)->hits.size(), 2u);
  EXPECT_EQ(cache.Search(searcher, more)->hits.size(), 1u);
  EXPECT_EQ(cache.Search(searcher, russian)->hits.size(), 0u);
  EXPECT_EQ(cache.counts().searched, 3u);
  EXPECT_EQ(cache.counts().found, 0u);
}

TEST_F(SearchCacheTest, ACommitMakesTheNextSearchMatchAgainAndSeeIt) {
  index::Searcher searcher(dir_.path() / "index");
  SearchCache cache(1 << 20);
  EXPECT_EQ(cache.Search(searcher, Asking("Grodno"))->hits.size(), 2u);
  Add({{"nowa.txt", "Nowa umowa z Grodnem."}});
  EXPECT_EQ(cache.Search(searcher, Asking("Grodno"))->hits.size(), 3u);
  EXPECT_EQ(cache.counts().searched, 2u);
  EXPECT_EQ(cache.counts().found, 0u);
  EXPECT_EQ(cache.Search(searcher, Asking("Grodno"))->hits.size(), 3u);
  EXPECT_EQ(cache.counts().found, 1u);
}

TEST_F(SearchCacheTest, TheBytesStayWithinTheBoundOldestOut) {
  index::Searcher searcher(dir_.path() / "index");
  const size_t one = ApproximateBytes(searcher.Search(Asking("Grodno")));
  ASSERT_GT(one, sizeof(index::SearchResults));
  // Room for about three answers like that one (keys included).
  SearchCache cache(3 * one + 600);
  const std::vector<std::string> queries = {"Grodno",  "umowa",     "wymiana",
                                            "kultury", "Białystok", "młodzieży"};
  for (const std::string& q : queries) {
    cache.Search(searcher, Asking(q));
    EXPECT_LE(cache.counts().bytes, 3 * one + 600) << q;
  }
  EXPECT_GE(cache.counts().answers, 1u);
  EXPECT_LT(cache.counts().answers, queries.size());
  // The newest is still there, the first one went first.
  const size_t searched = cache.counts().searched;
  cache.Search(searcher, Asking(queries.back()));
  EXPECT_EQ(cache.counts().searched, searched);
  cache.Search(searcher, Asking(queries.front()));
  EXPECT_EQ(cache.counts().searched, searched + 1);
}

TEST_F(SearchCacheTest, NoRoomKeepsNothing) {
  index::Searcher searcher(dir_.path() / "index");
  SearchCache cache(0);
  cache.Search(searcher, Asking("Grodno"));
  EXPECT_EQ(cache.Search(searcher, Asking("Grodno"))->hits.size(), 2u);
  EXPECT_EQ(cache.counts().searched, 2u);
  EXPECT_EQ(cache.counts().answers, 0u);
}

TEST(RequestKeyTest, EveryFieldThatChangesAnAnswerChangesTheKey) {
  std::vector<index::SearchRequest> requests(13);
  requests[1].query = "umowa";
  requests[2].language = "pl";
  requests[3].date_from = "20190101";
  requests[4].date_to = "20191231";
  requests[5].limit = 20;
  requests[6].exact = true;
  requests[7].cities = {{627904}};
  requests[8].cities = {{627904, 776069}};
  requests[9].cities = {{627904}, {776069}};
  requests[10].facets = 10;
  requests[11].facets_exact_up_to = 100;
  requests[12].sort = index::SearchRequest::Sort::kDate;
  std::set<std::string> keys;
  for (const index::SearchRequest& r : requests) keys.insert(index::RequestKey(r));
  EXPECT_EQ(keys.size(), requests.size());
  // Text that looks like the next field does not run into it.
  index::SearchRequest a, b;
  a.query = "x";
  a.language = "1:y";
  b.query = "x1:y";
  EXPECT_NE(index::RequestKey(a), index::RequestKey(b));
  EXPECT_EQ(index::RequestKey(requests[7]), index::RequestKey(requests[7]));
}

TEST_F(SearchCacheTest, TheRevisionChangesWithACommitOnly) {
  index::Searcher searcher(dir_.path() / "index");
  const std::string before = searcher.Revision();
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(searcher.Revision(), before);
  Add({{"nowa.txt", "Nowa umowa."}});
  EXPECT_NE(searcher.Revision(), before);
}

}  // namespace
}  // namespace twindex::serve
