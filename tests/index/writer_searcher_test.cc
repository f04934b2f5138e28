// IndexWriter and Searcher together on a real index directory.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/document.h"
#include "core/path_name.h"
#include "index/date_bound.h"
#include "index/query_parser.h"
#include "index/schema.h"
#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "index/writer.h"
#include "test_support.h"

namespace twindex::index {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;
using twindex::testing::TempDir;

Document MakeDoc(const std::string& path, const std::string& title,
                 const std::vector<std::string>& pages, const std::string& language = "pl",
                 const std::string& created = "") {
  Document doc;
  doc.path = path;
  doc.format = Format::kPdf;
  doc.title = title;
  doc.language = language;
  doc.created = created;
  for (size_t i = 0; i < pages.size(); ++i)
    doc.pages.push_back({static_cast<int>(i + 1), pages[i], false});
  return doc;
}

std::string ToUpper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

SearchRequest Query(const std::string& query) {
  SearchRequest request;
  request.query = query;
  return request;
}

FileRecord RecordFor(const Document& doc) {
  FileRecord r;
  r.path = doc.path;
  r.size = 1000 + doc.pages.size();
  r.mtime_ns = 1'700'000'000'123'456'789;
  r.content_hash = "00112233445566778899aabbccddeeff";
  r.pages = static_cast<int>(doc.pages.size());
  r.format = std::string(FormatName(doc.format));
  r.indexed_at = 1'700'000'100;
  return r;
}

class WriterSearcherTest : public ::testing::Test {
 protected:
  // Adds documents and commits.
  void Index(const std::vector<Document>& docs) {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    for (const Document& d : docs) writer.AddFile(d, RecordFor(d));
    writer.Commit();
  }

  SearchResults Search(const SearchRequest& request) const {
    return Searcher(dir_.path()).Search(request);
  }
  SearchResults Search(const std::string& query) const { return Search(Query(query)); }

  std::set<std::string> Paths(const SearchRequest& request) const {
    std::set<std::string> paths;
    for (const Hit& h : Search(request).hits) paths.insert(h.path);
    return paths;
  }

  TempDir dir_;
};

TEST_F(WriterSearcherTest, FindsThePageThatHoldsTheWord) {
  Index({MakeDoc("/a/umowa.pdf", "Umowa partnerska",
                 {"Strona pierwsza, wstęp.", "Miasta Sokółka i Druskininkai.", "Podpisy."}, "pl",
                 "2017-04-27T10:00:00Z")});
  const SearchResults r = Search("druskininkai");
  ASSERT_EQ(r.hits.size(), 1u);
  const Hit& hit = r.hits[0];
  EXPECT_EQ(hit.rank, 1);
  EXPECT_GT(hit.score, 0);
  EXPECT_EQ(hit.path, "/a/umowa.pdf");
  EXPECT_EQ(hit.title, "Umowa partnerska");
  EXPECT_EQ(hit.language, "pl");
  EXPECT_EQ(hit.format, "pdf");
  EXPECT_EQ(hit.page, 2);
  EXPECT_EQ(hit.pages, 3);
  EXPECT_THAT(hit.dates, ElementsAre("2017-04-27"));
  EXPECT_EQ(hit.snippet.text, "Miasta Sokółka i Druskininkai.");
  ASSERT_EQ(hit.snippet.highlights.size(), 1u);
  EXPECT_EQ(
      hit.snippet.text.substr(hit.snippet.highlights[0].first,
                              hit.snippet.highlights[0].second - hit.snippet.highlights[0].first),
      "Druskininkai");
}

TEST_F(WriterSearcherTest, FileCountIsExactBeyondTheHitsShown) {
  // Many pages per file: Xapian's own estimate, from pages, would overcount the files.
  std::vector<Document> docs;
  for (int i = 0; i < 40; ++i)
    docs.push_back(MakeDoc("/f" + std::to_string(i) + ".pdf", "F",
                           {"miasto partnerskie", "miasto", "miasto i gmina", "inne miasto"}));
  docs.push_back(MakeDoc("/other.pdf", "O", {"nic"}));
  Index(docs);
  SearchRequest request = Query("miasto");
  request.limit = 3;
  const SearchResults r = Search(request);
  EXPECT_EQ(r.hits.size(), 3u);
  EXPECT_EQ(r.estimated_total, 40u);
}

TEST_F(WriterSearcherTest, TitleFallsBackToFileName) {
  Index({MakeDoc("/a/raport-2023.pdf", "", {"Kaunas"})});
  const SearchResults r = Search("kaunas");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].title, "raport-2023.pdf");
}

TEST_F(WriterSearcherTest, OneHitPerFileAtItsBestPage) {
  Index({MakeDoc("/a.pdf", "A", {"grodno", "grodno grodno grodno inne", "grodno"}),
         MakeDoc("/b.pdf", "B", {"nic", "grodno"})});
  const SearchResults r = Search("grodno");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.estimated_total, 2u);
  std::set<std::string> paths;
  for (const Hit& h : r.hits) paths.insert(h.path);
  EXPECT_EQ(paths, (std::set<std::string>{"/a.pdf", "/b.pdf"}));
  const Hit& a = r.hits[0].path == "/a.pdf" ? r.hits[0] : r.hits[1];
  EXPECT_EQ(a.page, 2);
  EXPECT_EQ(r.hits[0].rank, 1);
  EXPECT_EQ(r.hits[1].rank, 2);
}

TEST_F(WriterSearcherTest, LimitCapsHits) {
  Index({MakeDoc("/a.pdf", "A", {"lida"}), MakeDoc("/b.pdf", "B", {"lida"}),
         MakeDoc("/c.pdf", "C", {"lida"})});
  SearchRequest request = Query("lida");
  request.limit = 2;
  EXPECT_EQ(Search(request).hits.size(), 2u);
}

TEST_F(WriterSearcherTest, TitleWordOutranksBodyWord) {
  // Same length, the word once each: in the title of one file, in the body of the other.
  const std::string filler = "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć";
  Index({MakeDoc("/body.pdf", "Raport", {"grodno " + filler}),
         MakeDoc("/title.pdf", "Grodno", {"słowo " + filler})});
  const SearchResults r = Search("grodno");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].path, "/title.pdf");
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

TEST_F(WriterSearcherTest, RemoveFileDropsPagesAndRecord) {
  Index({MakeDoc("/a.pdf", "A", {"augustów", "augustów"}), MakeDoc("/b.pdf", "B", {"augustów"})});
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.RemoveFile("/a.pdf");
    writer.Commit();
    EXPECT_THAT(writer.LoadRecords(), UnorderedElementsAre(Pair("/b.pdf", ::testing::_)));
  }
  EXPECT_EQ(Paths(Query("augustów")), (std::set<std::string>{"/b.pdf"}));
  const IndexStats stats = Searcher(dir_.path()).Stats();
  EXPECT_EQ(stats.files, 1u);
  EXPECT_EQ(stats.pages, 1u);
}

TEST_F(WriterSearcherTest, AddingAFileAgainReplacesItsPages) {
  Index({MakeDoc("/a.pdf", "A", {"alfa", "alfa", "alfa"})});
  Index({MakeDoc("/a.pdf", "A", {"beta"})});
  EXPECT_THAT(Search("alfa").hits, IsEmpty());
  const SearchResults r = Search("beta");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].pages, 1);
  const IndexStats stats = Searcher(dir_.path()).Stats();
  EXPECT_EQ(stats.pages, 1u);
  EXPECT_EQ(stats.files, 1u);
}

TEST_F(WriterSearcherTest, AddingAFileTwiceInOneCommitLeavesOneCopy) {
  const Document doc = MakeDoc("/a.pdf", "A", {"alfa", "beta"});
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.AddFile(doc, RecordFor(doc));
    writer.AddFile(doc, RecordFor(doc));
    writer.Commit();
  }
  EXPECT_EQ(Searcher(dir_.path()).Stats().pages, 2u);
  EXPECT_EQ(Search("alfa").estimated_total, 1u);
}

TEST_F(WriterSearcherTest, RecordFailureDropsPagesAndListsTheFailure) {
  const Document doc = MakeDoc("/a.pdf", "A", {"suwałki"});
  Index({doc, MakeDoc("/b.pdf", "B", {"inne"})});
  FileRecord failed = RecordFor(doc);
  failed.failed = true;
  failed.error = "encrypted PDF";
  failed.pages = 0;
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.RecordFailure(failed);
    writer.Commit();
  }
  EXPECT_THAT(Search("suwałki").hits, IsEmpty());
  const IndexStats stats = Searcher(dir_.path()).Stats();
  EXPECT_EQ(stats.files, 1u);
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_EQ(stats.pages, 1u);
  EXPECT_THAT(stats.failures, ElementsAre(Pair("/a.pdf", "encrypted PDF")));
}

TEST_F(WriterSearcherTest, UpdateRecordKeepsPages) {
  const Document doc = MakeDoc("/a.pdf", "A", {"wilno"});
  Index({doc});
  FileRecord touched = RecordFor(doc);
  touched.mtime_ns += 5;
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.UpdateRecord(touched);
    writer.Commit();
    EXPECT_EQ(writer.LoadRecords().at("/a.pdf").mtime_ns, touched.mtime_ns);
  }
  EXPECT_EQ(Search("wilno").hits.size(), 1u);
}

TEST_F(WriterSearcherTest, LoadRecordsRoundTripsEveryField) {
  FileRecord r;
  r.path = "/archiwum/Sokółka umowa.pdf";
  r.size = 123456789012ull;
  r.mtime_ns = -1'234'567'890;  // before the epoch
  r.content_hash = "ffeeddccbbaa99887766554433221100";
  r.pages = 7;
  r.failed = true;
  r.error = "uszkodzony plik: \"xref\"";
  r.format = "pdf";
  r.indexed_at = 1'712'345'678;
  auto expect_same = [&](const FileRecord& b) {
    EXPECT_EQ(b.path, r.path);
    EXPECT_EQ(b.size, r.size);
    EXPECT_EQ(b.mtime_ns, r.mtime_ns);
    EXPECT_EQ(b.content_hash, r.content_hash);
    EXPECT_EQ(b.pages, r.pages);
    EXPECT_EQ(b.failed, r.failed);
    EXPECT_EQ(b.error, r.error);
    EXPECT_EQ(b.format, r.format);
    EXPECT_EQ(b.indexed_at, r.indexed_at);
  };
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.RecordFailure(r);
    auto pending = writer.LoadRecords();  // pending changes are included
    ASSERT_EQ(pending.count(r.path), 1u);
    expect_same(pending.at(r.path));
    writer.Commit();
  }
  IndexWriter reopened(dir_.path(), IndexWriter::LockMode::kFail);
  const auto records = reopened.LoadRecords();
  ASSERT_EQ(records.size(), 1u);
  expect_same(records.at(r.path));
  // One at a time, and by key.
  int seen = 0;
  reopened.ForEachRecord([&](FileRecord&& b) {
    ++seen;
    expect_same(b);
  });
  EXPECT_EQ(seen, 1);
  const std::optional<FileRecord> by_key = reopened.RecordOf(schema::FileKey(r.path));
  ASSERT_TRUE(by_key.has_value());
  expect_same(*by_key);
  EXPECT_EQ(reopened.RecordOf(schema::FileKey("/archiwum/inny.pdf")), std::nullopt);
}

TEST_F(WriterSearcherTest, NewIndexHasCurrentSchema) {
  IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
  EXPECT_EQ(writer.emptied_old_schema(), "");
  EXPECT_THAT(writer.LoadRecords(), IsEmpty());
}

// A page holds its exact words; its other forms are linked in the same commit, also when the
// writer is closed without Commit() (Xapian then commits what is pending).
TEST_F(WriterSearcherTest, OtherFormsFindAFileOnceItIsCommitted) {
  const Document doc = MakeDoc("/a.pdf", "Umowa", {"Podpisano w Gdańsku."});
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.AddFile(doc, RecordFor(doc));
  }
  EXPECT_EQ(Paths(Query("gdańsk")), (std::set<std::string>{"/a.pdf"}));
  EXPECT_EQ(Paths(Query("gdansku")), (std::set<std::string>{"/a.pdf"}));
  EXPECT_EQ(Paths(Query("\"w gdansku\"")), (std::set<std::string>{"/a.pdf"}));
}

// Issue 16, class 8: a quoted phrase (or a hyphenated word) matches its words adjacent and in
// order, each in any inflection, and not the same words further apart or reversed.
TEST_F(WriterSearcherTest, PhraseMatchesInflectedAdjacentWordsOnly) {
  Index(
      {MakeDoc("/pl-1.pdf", "Sesja", {"Radni omówili projekt umowy partnerskiej z Grodnem."}),
       MakeDoc("/pl-2.pdf", "Sesja", {"Miasto jest związane umowami partnerskimi z Lidą."}),
       MakeDoc("/pl-apart.pdf", "Sesja", {"Umowa o budowie drogi nie jest partnerska."}),
       MakeDoc("/pl-reversed.pdf", "Sesja", {"To była partnerska umowa dwóch gmin."}),
       MakeDoc("/lt-1.pdf", "Taryba", {"Taryba pritarė bendradarbiavimo sutarties projektui."},
               "lt"),
       MakeDoc("/lt-2.pdf", "Taryba", {"Miestus sieja bendradarbiavimo sutartimi ryšiai."}, "lt"),
       MakeDoc("/lt-apart.pdf", "Taryba",
               {"Bendradarbiavimo planas aptartas, o statybos sutartis pasirašyta vėliau."}, "lt"),
       MakeDoc("/ru-1.pdf", "Совет", {"Делегации городов-побратимов приехали на праздник."}, "ru"),
       MakeDoc("/ru-2.pdf", "Совет", {"Совет назвал Гродно городом-побратимом."}, "ru"),
       MakeDoc("/ru-apart.pdf", "Совет",
               {"Город принял гостей, а побратимом хора стал ансамбль из Минска."}, "ru"),
       MakeDoc("/be-1.pdf", "Савет", {"Савет назваў Гродна горадам-пабрацімам."}, "be"),
       MakeDoc("/be-2.pdf", "Савет", {"Прыехалі дэлегацыі гарадоў-пабрацімаў."}, "be"),
       MakeDoc("/be-apart.pdf", "Савет",
               {"Горад прыняў гасцей, а пабрацімам хору стаў ансамбль з Мінска."}, "be")});
  using Files = std::set<std::string>;
  for (const char* q :
       {"\"umowa partnerska\"", "\"umowy partnerskiej\"", "\"umowami partnerskimi\""})
    EXPECT_EQ(Paths(Query(q)), (Files{"/pl-1.pdf", "/pl-2.pdf"})) << q;
  EXPECT_EQ(Paths(Query("umowa partnerska")),
            (Files{"/pl-1.pdf", "/pl-2.pdf", "/pl-apart.pdf", "/pl-reversed.pdf"}));
  for (const char* q : {"\"bendradarbiavimo sutartis\"", "\"bendradarbiavimo sutarčiai\""})
    EXPECT_EQ(Paths(Query(q)), (Files{"/lt-1.pdf", "/lt-2.pdf"})) << q;
  for (const char* q : {"город-побратим", "\"город побратим\"", "\"городами-побратимами\""})
    EXPECT_EQ(Paths(Query(q)), (Files{"/ru-1.pdf", "/ru-2.pdf"})) << q;
  for (const char* q : {"горад-пабрацім", "\"горад пабрацім\"", "гарады-пабрацімы"})
    EXPECT_EQ(Paths(Query(q)), (Files{"/be-1.pdf", "/be-2.pdf"})) << q;
}

// The links of an index written by another schema go with its pages.
TEST_F(WriterSearcherTest, AnOldSchemasIndexIsEmptiedOfPagesAndLinks) {
  const Document doc = MakeDoc("/a.pdf", "Umowa", {"Podpisano w Gdańsku."});
  Index({doc});
  {
    Xapian::WritableDatabase db(dir_.path().string(), Xapian::DB_OPEN);
    ASSERT_NE(db.synonym_keys_begin(), db.synonym_keys_end());
    db.set_metadata(std::string(schema::kSchemaVersionKey), "1");
    db.commit();
  }
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    EXPECT_EQ(writer.emptied_old_schema(), "1");
    writer.Commit();
  }
  Xapian::Database db(dir_.path().string());
  EXPECT_EQ(db.get_doccount(), 0u);
  EXPECT_EQ(db.synonym_keys_begin(), db.synonym_keys_end());
}

TEST_F(WriterSearcherTest, SecondWriterIsRefused) {
  IndexWriter first(dir_.path(), IndexWriter::LockMode::kFail);
  EXPECT_THROW(IndexWriter(dir_.path(), IndexWriter::LockMode::kFail), IndexLockedError);
}

TEST_F(WriterSearcherTest, LockIsReleasedWithTheWriter) {
  { IndexWriter first(dir_.path(), IndexWriter::LockMode::kFail); }
  EXPECT_NO_THROW(IndexWriter(dir_.path(), IndexWriter::LockMode::kFail));
}

TEST_F(WriterSearcherTest, LanguageFilter) {
  Index({MakeDoc("/pl.pdf", "pl", {"Sokółka Druskininkai"}, "pl"),
         MakeDoc("/lt.pdf", "lt", {"Sokółka Druskininkai"}, "lt"),
         MakeDoc("/xx.pdf", "xx", {"Sokółka Druskininkai"}, "")});
  SearchRequest request = Query("druskininkai");
  request.language = "lt";
  EXPECT_EQ(Paths(request), (std::set<std::string>{"/lt.pdf"}));
  request.language = "be";
  EXPECT_THAT(Paths(request), IsEmpty());
  request.query = "";
  request.language = "pl";
  EXPECT_EQ(Paths(request), (std::set<std::string>{"/pl.pdf"}));
  request.language = "";
  EXPECT_EQ(Paths(request).size(), 3u);
}

TEST_F(WriterSearcherTest, FilterOnlyQueryScoresZero) {
  Index({MakeDoc("/pl.pdf", "pl", {"Sokółka"}, "pl")});
  SearchRequest request;
  request.language = "pl";
  const SearchResults r = Search(request);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].score, 0);
}

class DateFilterTest : public WriterSearcherTest {
 protected:
  void SetUp() override {
    Index({MakeDoc("/2016.pdf", "", {"umowa"}, "pl", "2016-12-31T23:59:59Z"),
           MakeDoc("/2017a.pdf", "", {"umowa"}, "pl", "2017-01-01"),
           MakeDoc("/2017b.pdf", "", {"umowa"}, "pl", "2017-04-27T08:00:00+02:00"),
           MakeDoc("/2018.pdf", "", {"umowa"}, "pl", "2018-01-01"),
           MakeDoc("/undated.pdf", "", {"umowa"}, "pl", "")});
  }
  // Files matching "umowa" with --from/--to as a user writes them ("" = open).
  std::set<std::string> Between(const std::string& from, const std::string& to) {
    SearchRequest request = Query("umowa");
    if (!from.empty()) request.date_from = ParseDateBound(from, /*upper=*/false).value();
    if (!to.empty()) request.date_to = ParseDateBound(to, /*upper=*/true).value();
    return Paths(request);
  }
};

TEST_F(DateFilterTest, SameYearBoundsGiveTheWholeYear) {
  EXPECT_EQ(Between("2017", "2017"), (std::set<std::string>{"/2017a.pdf", "/2017b.pdf"}));
}

TEST_F(DateFilterTest, BoundsAreInclusive) {
  EXPECT_EQ(Between("2016-12-31", "2017-01-01"),
            (std::set<std::string>{"/2016.pdf", "/2017a.pdf"}));
  EXPECT_EQ(Between("2017-04-27", "2017-04-27"), (std::set<std::string>{"/2017b.pdf"}));
}

TEST_F(DateFilterTest, OpenEnds) {
  EXPECT_EQ(Between("2017-02", ""), (std::set<std::string>{"/2017b.pdf", "/2018.pdf"}));
  EXPECT_EQ(Between("", "2016"), (std::set<std::string>{"/2016.pdf"}));
}

TEST_F(DateFilterTest, NoDateInRangeMatchesNothing) {
  EXPECT_THAT(Between("2019", ""), IsEmpty());
  EXPECT_THAT(Between("2017-05", "2017-12"), IsEmpty());
}

TEST_F(DateFilterTest, NoFilterIncludesUndated) { EXPECT_EQ(Between("", "").size(), 5u); }

// "14–16 IX 2014" is tagged as its two ends; a filter on the 15th finds the event too, a pair
// ("3 i 6 maja") is its two days only.
TEST_F(DateFilterTest, ARangeIsFoundOnEveryDayInsideIt) {
  Document range = MakeDoc("/range.pdf", "", {"umowa"});
  range.dates = {{"2014-09-14", "14", false, "2014-09-16"}, {"2014-09-16", "16 IX 2014"}};
  Document pair = MakeDoc("/pair.pdf", "", {"umowa"});
  pair.dates = {{"2019-05-03", "3"}, {"2019-05-06", "6 maja 2019"}};
  Index({range, pair});
  EXPECT_EQ(Between("2014-09-15", "2014-09-15"), (std::set<std::string>{"/range.pdf"}));
  EXPECT_EQ(Between("2014-09-14", "2014-09-14"), (std::set<std::string>{"/range.pdf"}));
  EXPECT_THAT(Between("2014-09-17", "2014-09-30"), IsEmpty());
  EXPECT_THAT(Between("2019-05-04", "2019-05-05"), IsEmpty());
  EXPECT_EQ(Between("2019-05-06", "2019-05-06"), (std::set<std::string>{"/pair.pdf"}));
}

TEST_F(WriterSearcherTest, UncommittedChangesAreInvisible) {
  IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
  writer.Commit();  // an empty index a Searcher can open
  const Document doc = MakeDoc("/a.pdf", "A", {"połock"});
  writer.AddFile(doc, RecordFor(doc));
  EXPECT_THAT(Search("połock").hits, IsEmpty());
  EXPECT_EQ(Searcher(dir_.path()).Stats().files, 0u);
  writer.Commit();
  EXPECT_EQ(Search("połock").hits.size(), 1u);
  EXPECT_EQ(Searcher(dir_.path()).Stats().files, 1u);
}

TEST_F(WriterSearcherTest, StatsCountByLanguageAndFormat) {
  Document html = MakeDoc("/c.html", "C", {"x"}, "");
  html.format = Format::kHtml;
  Index({MakeDoc("/a.pdf", "A", {"x", "y"}, "pl"), MakeDoc("/b.pdf", "B", {"x"}, "lt"), html});
  const IndexStats stats = Searcher(dir_.path()).Stats();
  EXPECT_EQ(stats.files, 3u);
  EXPECT_EQ(stats.failed, 0u);
  EXPECT_EQ(stats.pages, 4u);
  EXPECT_THAT(stats.pages_by_language,
              UnorderedElementsAre(Pair("pl", 2u), Pair("lt", 1u), Pair("", 1u)));
  EXPECT_THAT(stats.files_by_format, UnorderedElementsAre(Pair("pdf", 2u), Pair("html", 1u)));
  EXPECT_GT(stats.bytes_on_disk, 0u);
}

TEST_F(WriterSearcherTest, StatsCountOcrPagesTopCitiesAndDateSpan) {
  Document scan = MakeDoc("/scan.tiff", "S", {"skan", "skan"}, "lt");
  scan.pages[1].ocr = true;
  scan.cities = {{598316, 2}};  // Kaunas
  scan.dates = {{"2019-05", "2019 m. gegužės"}};
  Document a = MakeDoc("/a.pdf", "A", {"x"}, "pl", "2017-04-27");
  a.cities = {{598316, 1}, {776069, 3}};  // Kaunas, Białystok
  a.dates = {{"2003-11-05", "5 listopada 2003"}, {"--06-01", "1 czerwca"}};
  Index({scan, a, MakeDoc("/b.pdf", "B", {"y"}, "pl")});
  const IndexStats stats = Searcher(dir_.path()).Stats();
  EXPECT_EQ(stats.ocr_pages, 1u);
  EXPECT_TRUE(stats.top.exact);
  EXPECT_THAT(stats.top.cities, ElementsAre(Pair(598316u, 2u), Pair(776069u, 1u)));
  EXPECT_THAT(stats.top.languages, ElementsAre(Pair("pl", 2u), Pair("lt", 1u)));
  EXPECT_THAT(stats.top.years,
              UnorderedElementsAre(Pair(2003, 1u), Pair(2017, 1u), Pair(2019, 1u)));
  EXPECT_EQ(stats.first_date, "2003-11-05");  // "--06-01" has no year: not in the span
  EXPECT_EQ(stats.last_date, "2019-05");
}

// 600 files of 1 to 3 pages, all with "umowa" on the first and "strona" on the others, drawn at
// random: a dominant city (Kaunas, 3 files in 4, else Białystok), languages pl/lt/ru in 3:2:1
// and a year from 2000 to 2006.
class FacetsTest : public WriterSearcherTest {
 protected:
  void SetUp() override {
    std::mt19937 rng(3);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<Document> docs;
    for (int i = 0; i < 600; ++i) {
      const int lang = pick(0, 5);
      Document doc = MakeDoc("/f" + std::to_string(i) + ".pdf", "", {"umowa"},
                             lang < 3   ? "pl"
                             : lang < 5 ? "lt"
                                        : "ru");
      const int pages = pick(1, 3);
      for (int p = 2; p <= pages; ++p) doc.pages.push_back({p, "strona", false});
      const uint32_t city = pick(0, 3) == 0 ? 776069u : 598316u;  // Białystok, Kaunas
      doc.cities = {{city, 1}};
      if (pages > 1) ++files_with_city_and_strona_[city];
      doc.dates = {{std::to_string(pick(2000, 2006)) + "-03-01", "1 III"}};
      docs.push_back(doc);
    }
    Index(docs);
    docs_ = docs;
  }
  SearchResults Facets(const std::string& query, size_t exact_up_to) const {
    SearchRequest request = Query(query);
    request.facets = 10;
    request.facets_exact_up_to = exact_up_to;
    return Search(request);
  }
  std::map<uint32_t, size_t> files_with_city_and_strona_;
  std::vector<Document> docs_;
};

TEST_F(FacetsTest, BelowTheBoundTheyAreAFullCount) {
  const SearchResults full = Facets("strona", SIZE_MAX);
  const SearchResults bounded = Facets("strona", 700);  // fewer than 600 * 2 pages hold it
  EXPECT_TRUE(full.facets.exact);
  EXPECT_TRUE(bounded.facets.exact);
  EXPECT_EQ(bounded.facets.cities, full.facets.cities);
  EXPECT_EQ(bounded.facets.languages, full.facets.languages);
  EXPECT_EQ(bounded.facets.years, full.facets.years);
  EXPECT_THAT(full.facets.cities, ElementsAre(Pair(598316u, files_with_city_and_strona_[598316u]),
                                              Pair(776069u, files_with_city_and_strona_[776069u])));
}

TEST_F(FacetsTest, AboveTheBoundTheyAreAScaledSample) {
  const SearchResults exact = Facets("umowa", SIZE_MAX);
  // 600 files, "umowa" on their first pages: the first 200 counted, the rest sampled.
  const SearchResults sampled = Facets("umowa", 200);
  ASSERT_TRUE(exact.facets.exact);
  ASSERT_EQ(exact.facets.cities.size(), 2u);
  ASSERT_EQ(exact.facets.languages.size(), 3u);
  EXPECT_FALSE(sampled.facets.exact);
  EXPECT_EQ(sampled.estimated_total, 600u);
  // The dominant facets keep their order and their counts are near the full ones (a sample of
  // about 200 of the 400 other pages: within a third); as every file has one language, the
  // languages add up to near the number of files.
  ASSERT_EQ(sampled.facets.cities.size(), 2u);
  EXPECT_EQ(sampled.facets.cities[0].first, exact.facets.cities[0].first);
  for (size_t i = 0; i < 2; ++i)
    EXPECT_NEAR(static_cast<double>(sampled.facets.cities[i].second),
                static_cast<double>(exact.facets.cities[i].second),
                static_cast<double>(exact.facets.cities[i].second) / 3);
  ASSERT_FALSE(sampled.facets.languages.empty());
  EXPECT_EQ(sampled.facets.languages[0].first, exact.facets.languages[0].first);
  size_t languages = 0;
  for (const auto& [lang, files] : sampled.facets.languages) languages += files;
  EXPECT_NEAR(static_cast<double>(languages), 600, 100);
  EXPECT_LE(sampled.facets.years.size(), 7u);
}

TEST_F(FacetsTest, JustAboveTheBoundTheRestIsCountedInFull) {
  const SearchResults exact = Facets("umowa", SIZE_MAX);
  const SearchResults counted = Facets("umowa", 400);  // 400 pages by the search, 200 after
  EXPECT_TRUE(counted.facets.exact);
  EXPECT_EQ(counted.facets.cities, exact.facets.cities);
  EXPECT_EQ(counted.facets.languages, exact.facets.languages);
  EXPECT_EQ(counted.facets.years, exact.facets.years);
}

TEST_F(WriterSearcherTest, FacetsCountedInFullMakeTheFileCountExact) {
  // 1500 one-page files, a third with "alfa", the others "beta": more pages than the search
  // counts exactly (1000), so Xapian's count of files is an estimate (of an OR: rough); the
  // facets count every page, and so every file.
  std::vector<Document> docs;
  for (int i = 0; i < 1500; ++i)
    docs.push_back(MakeDoc("/f" + std::to_string(i) + ".txt", "", {i % 3 ? "beta" : "alfa"}));
  Index(docs);
  SearchRequest request = Query("alfa OR beta");
  request.facets = 10;
  const SearchResults all = Search(request);
  EXPECT_TRUE(all.facets.exact);
  EXPECT_EQ(all.estimated_total, 1500u);
}

TEST_F(FacetsTest, InShardsJustAboveTheBoundTheyAreAFullCountToo) {
  // The same files in three shards: the search meets their pages shard after shard and counts
  // the first 400; the other 200 are counted after it, from where it stopped, each file once,
  // so the counts are exact as in one database (not a sample of all 600).
  TempDir sharded;
  {
    ShardedWriter writer(sharded.path(), 3, IndexWriter::LockMode::kFail);
    for (const Document& d : docs_) writer.AddFile(PrepareFile(d, RecordFor(d)));
    writer.Commit();
  }
  SearchRequest request = Query("umowa");
  request.facets = 10;
  request.facets_exact_up_to = 400;
  const SearchResults counted = Searcher(sharded.path()).Search(request);
  const SearchResults exact = Facets("umowa", SIZE_MAX);
  EXPECT_TRUE(counted.facets.exact);
  EXPECT_EQ(counted.facets.cities, exact.facets.cities);
  EXPECT_EQ(counted.facets.languages, exact.facets.languages);
  EXPECT_EQ(counted.facets.years, exact.facets.years);
}

TEST_F(WriterSearcherTest, FileByPathOrIdHoldsWhatWasIndexed) {
  Document doc = MakeDoc("/archive/umowa.pdf", "Umowa", {"strona pierwsza\n\ndruga linia", "dwa"});
  doc.author = "Urząd";
  doc.pages[1].ocr = true;
  doc.pages[1].ocr_confidence = 88;
  doc.pages[1].ocr_languages = "pol";
  doc.cities = {{776069, 3}};
  doc.dates = {{"2017-04-27", "27 kwietnia 2017 r."}};
  Index({doc});
  const Searcher searcher(dir_.path());
  const std::vector<std::string> ids = searcher.FileIds("/archive/umowa.pdf");
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0], Search("dwa").hits.at(0).id);
  EXPECT_EQ(searcher.FileIds(ids[0].substr(0, 6)), ids);
  EXPECT_EQ(searcher.FileIds(ToUpper(ids[0].substr(0, 6))), ids);
  EXPECT_THAT(searcher.FileIds("/archive/other.pdf"), IsEmpty());
  EXPECT_THAT(searcher.FileIds(ids[0].substr(0, 3)), IsEmpty()) << "too short to be an id";

  const std::optional<StoredFile> file = searcher.File(ids[0]);
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->record.path, "/archive/umowa.pdf");
  EXPECT_EQ(file->document.author, "Urząd");
  ASSERT_EQ(file->document.pages.size(), 2u);
  EXPECT_EQ(file->document.pages[0].text, "strona pierwsza\n\ndruga linia");
  EXPECT_EQ(file->document.pages[1].text, "dwa");
  EXPECT_TRUE(file->document.pages[1].ocr);
  EXPECT_EQ(file->document.pages[1].ocr_confidence, 88);
  EXPECT_EQ(file->document.pages[1].ocr_languages, "pol");
  ASSERT_EQ(file->document.cities.size(), 1u);
  EXPECT_EQ(file->document.cities[0].mentions, 3);
  ASSERT_EQ(file->document.dates.size(), 1u);
  EXPECT_EQ(file->document.dates[0].text, "27 kwietnia 2017 r.");
  EXPECT_FALSE(searcher.File("0123456789abcdef0123456789abcdef").has_value());
}

TEST_F(WriterSearcherTest, RemovedOrFailedFileKeepsNoStoredDocument) {
  const Document doc = MakeDoc("/a.pdf", "A", {"x"});
  Index({doc});
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    FileRecord failed = RecordFor(doc);
    failed.failed = true;
    failed.error = "encrypted";
    writer.RecordFailure(failed);
    writer.Commit();
  }
  const Searcher searcher(dir_.path());
  const std::vector<std::string> ids = searcher.FileIds("/a.pdf");
  ASSERT_EQ(ids.size(), 1u);
  const std::optional<StoredFile> file = searcher.File(ids[0]);
  ASSERT_TRUE(file.has_value());
  EXPECT_TRUE(file->record.failed);
  EXPECT_EQ(file->record.error, "encrypted");
  EXPECT_THAT(file->document.pages, IsEmpty());
  {
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    writer.RemoveFile("/a.pdf");
    writer.Commit();
  }
  EXPECT_FALSE(Searcher(dir_.path()).File(ids[0]).has_value());
}

// A Searcher kept open (as the web server keeps one) while a writer commits again and again:
// Xapian discards all but the last two revisions, so one that read only the revision it opened
// would fail; each call reads the newest commit instead.
TEST_F(WriterSearcherTest, LongLivedSearcherFollowsCommits) {
  Index({MakeDoc("/a/0.pdf", "", {"słowo zero"})});
  const Searcher searcher(dir_.path());
  ASSERT_EQ(searcher.Search(Query("zero")).hits.size(), 1u);
  IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
  for (int i = 1; i <= 4; ++i) {
    const Document doc = MakeDoc("/a/" + std::to_string(i) + ".pdf", "", {"słowo wiele"});
    writer.AddFile(doc, RecordFor(doc));
    writer.RemoveFile("/a/" + std::to_string(i - 1) + ".pdf");
    writer.Commit();
    const SearchResults r = searcher.Search(Query("słowo"));
    ASSERT_EQ(r.hits.size(), 1u) << "after commit " << i;
    EXPECT_EQ(r.hits[0].path, "/a/" + std::to_string(i) + ".pdf");
    EXPECT_EQ(searcher.Stats().files, 1u);
  }
  ASSERT_EQ(searcher.Search(Query("wiele")).hits.size(), 1u);
  EXPECT_EQ(searcher.Search(Query("wiele")).hits[0].path, "/a/4.pdf");
}

// Paths are bytes: a name in windows-1250 or with a newline is stored and found as it is.
TEST_F(WriterSearcherTest, PathsThatAreNotUtf8RoundTrip) {
  const std::string latin = "/a/Umowa Gda\xf1sk.txt", newline = "/a/dwie\nlinie.txt";
  Index({MakeDoc(latin, "", {"pierwszy dokument"}), MakeDoc(newline, "", {"drugi dokument"})});
  const Searcher searcher(dir_.path());
  EXPECT_EQ(searcher.Search(Query("pierwszy")).hits.at(0).path, latin);
  EXPECT_EQ(searcher.Search(Query("pierwszy")).hits.at(0).title, "Umowa Gda\\xF1sk.txt");
  EXPECT_EQ(searcher.Search(Query("drugi")).hits.at(0).path, newline);
  for (const std::string& path : {latin, newline}) {
    const std::vector<std::string> ids = searcher.FileIds(path);
    ASSERT_EQ(ids.size(), 1u) << path;
    EXPECT_EQ(searcher.File(ids[0])->record.path, path);
    EXPECT_EQ(searcher.File(ids[0])->document.path, path);
    EXPECT_EQ(searcher.FileIds(PathName(path)), ids) << "found by its name too";
  }
}

// --sort date: newest own date first, files without one last; the relevance order otherwise.
TEST_F(WriterSearcherTest, SortByDateIsNewestOwnDateFirst) {
  std::vector<Document> docs = {MakeDoc("/a/old.pdf", "", {"umowa partnerska umowa umowa"}),
                                MakeDoc("/a/new.pdf", "", {"umowa"}),
                                MakeDoc("/a/none.pdf", "", {"umowa partnerska"}),
                                MakeDoc("/a/mid.pdf", "", {"umowa"})};
  docs[0].date = "2001-05-03";
  docs[1].date = "2024-11-20";
  docs[3].date = "2017-04-27";
  Index(docs);
  for (const std::string& words : {std::string("umowa"), std::string()}) {
    SearchRequest request = Query(words);
    request.sort = SearchRequest::Sort::kDate;
    std::vector<std::string> order;
    for (const Hit& h : Search(request).hits) order.push_back(h.path);
    EXPECT_THAT(order, ElementsAre("/a/new.pdf", "/a/mid.pdf", "/a/old.pdf", "/a/none.pdf"))
        << "query '" << words << "'";
  }
  EXPECT_EQ(Search("umowa").hits.at(0).path, "/a/old.pdf") << "relevance stays the default";
}

TEST_F(WriterSearcherTest, SearcherWithoutIndexThrows) {
  EXPECT_THROW(Searcher(dir_ / "missing"), IndexError);
}

TEST_F(WriterSearcherTest, BadQuerySyntaxThrows) {
  Index({MakeDoc("/a.pdf", "A", {"x"})});
  EXPECT_THROW(Search("\"unbalanced"), QuerySyntaxError);
}

// One Searcher per thread is the contract (searcher.h), and nothing they share may break when
// threads search at once: Xapian::Query::MatchAll, a static whose reference count is not
// atomic, crashed the web server when its threads ran filter-only searches together.
TEST_F(WriterSearcherTest, SearchersOnSeveralThreadsAnswerFilterOnlyQueriesAtOnce) {
  Index({MakeDoc("/a.pdf", "A", {"lida"}), MakeDoc("/b.pdf", "B", {"grodno"})});
  constexpr int kThreads = 8, kSearches = 20000;
  std::atomic<int> answered{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&] {
      const Searcher searcher(dir_.path());
      SearchRequest everything;  // no words: every file
      for (int i = 0; i < kSearches; ++i)
        if (searcher.Search(everything).hits.size() == 2) ++answered;
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(answered.load(), kThreads * kSearches);
}

}  // namespace
}  // namespace twindex::index
