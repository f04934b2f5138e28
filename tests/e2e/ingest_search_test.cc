// Ingest sample-docs with the real binary, then search it: the whole path from folder to hits.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

class SampleDocs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    docs_ = CopySampleDocs(dir_->path());
    index_ = dir_->path() / "index";
    ingest_ = new CommandResult(Twindex({"ingest", docs_.string(), "--index", index_.string(),
                                         "--report", (*dir_ / "r.json").string()}));
  }
  static void TearDownTestSuite() {
    delete ingest_;
    delete dir_;
  }
  static nlohmann::json Search(std::vector<std::string> args) {
    args.insert(args.begin(), {"search", "--index", index_.string(), "--json", "--limit", "50"});
    CommandResult r = Twindex(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(r.out);
  }

  static TempDir* dir_;
  static fs::path docs_, index_;
  static CommandResult* ingest_;
};

TempDir* SampleDocs::dir_;
fs::path SampleDocs::docs_, SampleDocs::index_;
CommandResult* SampleDocs::ingest_;

TEST_F(SampleDocs, IngestSucceedsAndReportsEveryFileAsNew) {
  ASSERT_EQ(ingest_->exit_code, 0) << ingest_->err;
  auto report = ParseJson(ReadFile(*dir_ / "r.json"));
  size_t files = 0;
  for (auto& e : fs::recursive_directory_iterator(docs_))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') ++files;
  EXPECT_EQ(report["counts"]["found"], files);
  EXPECT_EQ(report["counts"]["new"], files - 0u) << "every sample file is readable";
  EXPECT_EQ(report["counts"]["failed"], 0);
}

TEST_F(SampleDocs, PageWordsFindTheirFileAtTheirPage) {
  auto manifest = ReadPdfManifest();
  ASSERT_GE(manifest.size(), 8u);
  for (const auto& entry : manifest) {
    for (const auto& [page, word] : entry.page_words) {
      auto result = Search({word});
      bool found = false;
      for (const auto& hit : result["hits"]) {
        if (fs::path(hit["path"].get<std::string>()).filename() != entry.file) continue;
        found = true;
        EXPECT_EQ(hit["page"], page) << word << " in " << entry.file;
        EXPECT_EQ(hit["pages"], entry.pages) << entry.file;
      }
      EXPECT_TRUE(found) << word << " should find " << entry.file;
    }
  }
}

TEST_F(SampleDocs, JsonHasEveryContractField) {
  auto result = Search({"Grodno"});
  ASSERT_TRUE(result.contains("query"));
  EXPECT_EQ(result["query"], "Grodno");
  ASSERT_TRUE(result["estimated_total"].is_number_unsigned());
  ASSERT_FALSE(result["hits"].empty());
  int expected_rank = 1;
  for (const auto& hit : result["hits"]) {
    for (const char* field :
         {"rank", "path", "title", "lang", "cities", "date", "dates", "page", "snippet"})
      EXPECT_TRUE(hit.contains(field)) << field;
    EXPECT_EQ(hit["rank"], expected_rank++);
    EXPECT_TRUE(fs::path(hit["path"].get<std::string>()).is_absolute());
    EXPECT_TRUE(hit["cities"].is_array());
    EXPECT_TRUE(hit["dates"].is_array());
    EXPECT_GE(hit["page"].get<int>(), 1);
    EXPECT_FALSE(hit["title"].get<std::string>().empty());
  }
}

TEST_F(SampleDocs, SnippetShowsTheMatchedWord) {
  auto result = Search({"rekultywacji"});
  ASSERT_EQ(result["hits"].size(), 1u);
  EXPECT_NE(result["hits"][0]["snippet"].get<std::string>().find("rekultywacji"),
            std::string::npos);
}

TEST_F(SampleDocs, PdfMetadataTitleIsTheHitTitle) {
  auto manifest = ReadPdfManifest();
  const auto& entry = manifest.front();
  auto result = Search({entry.page_words.front().second});
  ASSERT_FALSE(result["hits"].empty());
  EXPECT_EQ(result["hits"][0]["title"], entry.title);
}

TEST_F(SampleDocs, WordsAreCaseInsensitive) {
  auto lower = Search({"gdańsku"});
  auto upper = Search({"GDAŃSKU"});
  ASSERT_FALSE(lower["hits"].empty());
  EXPECT_EQ(lower["hits"].size(), upper["hits"].size());
}

TEST_F(SampleDocs, PhraseNeedsAdjacentWords) {
  auto phrase = Search({"\"Forum Miast Partnerskich\""});
  ASSERT_FALSE(phrase["hits"].empty());
  for (const auto& hit : phrase["hits"])
    EXPECT_NE(hit["snippet"].get<std::string>().find("Forum Miast Partnerskich"),
              std::string::npos);
  auto reversed = Search({"\"Partnerskich Miast Forum\""});
  EXPECT_TRUE(reversed["hits"].empty());
}

// The longest word of `text` that has a non-ASCII letter: one that only decodes right when
// the file's charset was detected right.
std::string LongestNonAsciiWord(const std::string& text) {
  std::string best, word;
  auto consider = [&] {
    bool non_ascii = std::any_of(word.begin(), word.end(), [](char c) { return c & 0x80; });
    if (non_ascii && word.size() > best.size()) best = word;
    word.clear();
  };
  for (char c : text) {
    if ((c & 0x80) || std::isalpha(static_cast<unsigned char>(c)))
      word += c;
    else
      consider();
  }
  consider();
  return best;
}

TEST_F(SampleDocs, LegacyEncodedTextIsSearchable) {
  const fs::path sources = TestDataDir() / "legacy-encodings";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(docs_ / "legacy-encodings")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string word = LongestNonAsciiWord(ReadFile(sources / entry.path().filename()));
    ASSERT_FALSE(word.empty()) << entry.path();
    bool found = false;
    const auto result = Search({word});
    for (const auto& hit : result["hits"])
      found |= fs::path(hit["path"].get<std::string>()).filename() == entry.path().filename();
    EXPECT_TRUE(found) << word << " should find " << entry.path().filename();
    ++checked;
  }
  EXPECT_GE(checked, 21u);
}

TEST_F(SampleDocs, EveryFormatIsIndexed) {
  CommandResult r = Twindex({"stats", "--index", index_.string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto stats = ParseJson(r.out);
  for (const char* format : {"pdf", "text", "docx", "odt", "html"})
    EXPECT_GE(stats["files_by_format"].value(format, 0), 1) << format;
}

// --- stats and show: what the index holds, against the samples' manifests and search --------

nlohmann::json StatsJson(const fs::path& index) {
  CommandResult r = Twindex({"stats", "--index", index.string(), "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return ParseJson(r.out);
}

nlohmann::json ShowJson(const fs::path& index, const std::string& file) {
  CommandResult r = Twindex({"show", file, "--index", index.string(), "--json", "--lines", "3"});
  EXPECT_EQ(r.exit_code, 0) << file << ": " << r.err;
  return r.exit_code == 0 ? ParseJson(r.out) : nlohmann::json::object();
}

TEST_F(SampleDocs, StatsCountFilesPagesAndOcrPages) {
  const nlohmann::json stats = StatsJson(index_);
  size_t files = 0;
  for (auto& e : fs::recursive_directory_iterator(docs_)) files += e.is_regular_file();
  EXPECT_EQ(stats["files"], files);
  EXPECT_EQ(stats["failed"], 0);
  EXPECT_TRUE(stats["failures"].empty());
  size_t scanned = 0;
  for (const ScanPage& p : ReadScanManifest()) scanned += p.scan;
  EXPECT_EQ(stats["ocr_pages"], scanned) << "the scan pages of tests/data/scan-src/manifest.tsv";
  size_t pages = 0;
  for (auto& [lang, n] : stats["pages_by_language"].items()) pages += n.get<size_t>();
  EXPECT_EQ(stats["pages"], pages);
  EXPECT_GT(stats["bytes_on_disk"], 0);
  ASSERT_EQ(stats["last_runs"].size(), 1u);
  EXPECT_EQ(stats["last_runs"][0]["counts"]["new"], files);
}

TEST_F(SampleDocs, StatsTopCitiesYearsAndDateSpanAgreeWithSearch) {
  const nlohmann::json stats = StatsJson(index_);
  CommandResult every_file =
      Twindex({"search", "--index", index_.string(), "--json", "-n", "1000"});
  ASSERT_EQ(every_file.exit_code, 0) << every_file.err;
  const nlohmann::json all = ParseJson(every_file.out);  // no words: every file
  ASSERT_EQ(all["hits"].size(), stats["files"].get<size_t>());
  // Each top city's file count is the number of files whose hit carries its id.
  ASSERT_FALSE(stats["top"]["cities"].empty());
  std::set<std::string> top_names;
  for (const auto& city : stats["top"]["cities"]) {
    size_t files = 0;
    for (const auto& hit : all["hits"])
      for (const auto& c : hit["cities"]) files += c["id"] == city["id"];
    EXPECT_EQ(city["files"], files) << city.dump();
    top_names.insert(city["name"].get<std::string>());
  }
  // The seeds and most samples are about Białystok and Grodno.
  EXPECT_TRUE(top_names.count("Hrodna") && top_names.count("Bialystok")) << stats["top"].dump();
  // The date span is the earliest and latest date any file carries.
  std::string first = "9999", last;
  for (const auto& hit : all["hits"])
    for (const auto& d : hit["dates"]) {
      first = std::min(first, d.get<std::string>());
      last = std::max(last, d.get<std::string>());
    }
  EXPECT_EQ(stats["date_span"]["first"], first);
  EXPECT_EQ(stats["date_span"]["last"], last);
  size_t in_years = 0;
  for (const auto& y : stats["top"]["years"]) in_years += y["files"].get<size_t>();
  EXPECT_GT(in_years, 0u);
  // Every sample language has files, and no more than the index holds.
  std::map<std::string, size_t> languages;
  for (const auto& l : stats["top"]["languages"]) languages[l["lang"]] = l["files"];
  for (const char* lang : {"pl", "be", "lt", "ru"}) EXPECT_GE(languages[lang], 4u) << lang;
}

TEST_F(SampleDocs, ShowGivesEachPdfsMetadataAsItsManifestSays) {
  for (const ManifestEntry& entry : ReadPdfManifest()) {
    const nlohmann::json show = ShowJson(index_, (docs_ / "pdf" / entry.file).string());
    EXPECT_EQ(show["title"], entry.title) << entry.file;
    EXPECT_EQ(show["lang"], entry.language) << entry.file;
    EXPECT_EQ(show["pages"], entry.pages) << entry.file;
    ASSERT_EQ(show["page_info"].size(), static_cast<size_t>(entry.pages)) << entry.file;
    for (const auto& page : show["page_info"]) {
      EXPECT_FALSE(page["ocr"].get<bool>()) << entry.file;
      EXPECT_GT(page["chars"], 100) << entry.file;
    }
    EXPECT_EQ(show["first_lines"].size(), 3u);
    EXPECT_FALSE(show["failed"].get<bool>());
  }
}

TEST_F(SampleDocs, ShowGivesEachScanPagesOcrDetails) {
  for (const ScanPage& p : ReadScanManifest()) {
    const nlohmann::json show = ShowJson(index_, (docs_ / "scans" / p.file).string());
    ASSERT_GE(show["page_info"].size(), static_cast<size_t>(p.page)) << p.file;
    const nlohmann::json& page = show["page_info"][p.page - 1];
    EXPECT_EQ(page["ocr"], p.scan) << p.file << " page " << p.page;
    if (!p.scan) continue;
    EXPECT_GE(page["ocr_confidence"], 50) << p.file << " page " << p.page;
    EXPECT_LE(page["ocr_confidence"], 100);
    EXPECT_FALSE(page["ocr_languages"].get<std::string>().empty());
  }
}

TEST_F(SampleDocs, ShowFindsAFileByTheIdSearchGives) {
  const nlohmann::json hit = Search({"rekultywacji"})["hits"][0];
  const std::string id = hit["id"];
  ASSERT_EQ(id.size(), 32u);
  const nlohmann::json show = ShowJson(index_, id.substr(0, 8));
  EXPECT_EQ(show["id"], id);
  EXPECT_EQ(show["path"], hit["path"]);
  EXPECT_EQ(show["date"], hit["date"]);
  std::set<uint32_t> shown, hit_cities;
  for (const auto& c : show["cities"]) shown.insert(c["id"].get<uint32_t>());
  for (const auto& c : hit["cities"]) hit_cities.insert(c["id"].get<uint32_t>());
  EXPECT_EQ(shown, hit_cities);
  // The first line the index holds is the document's first line.
  CommandResult extract = Twindex({"extract", hit["path"], "--json"});
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  const std::string text = ParseJson(extract.out)["text"];
  EXPECT_EQ(show["first_lines"][0], text.substr(0, text.find('\n')));

  CommandResult as_text = Twindex({"show", id, "--index", index_.string()});
  ASSERT_EQ(as_text.exit_code, 0) << as_text.err;
  for (const char* part : {"pages:", "text layer", "cities: ", "text:"})
    EXPECT_NE(as_text.out.find(part), std::string::npos) << part << " in\n" << as_text.out;
}

TEST_F(SampleDocs, ShowOfAFileNotIndexedIsAUsageError) {
  for (const std::string& what : {(docs_ / "nonexistent.pdf").string(), std::string("0000ffff")}) {
    CommandResult r = Twindex({"show", what, "--index", index_.string()});
    EXPECT_EQ(r.exit_code, 2) << what;
    EXPECT_NE(r.err.find("not in the index"), std::string::npos) << r.err;
  }
}

TEST_F(SampleDocs, TextOutputNamesPathAndPage) {
  CommandResult r = Twindex({"search", "--index", index_.string(), "rekultywacji"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("pl-bialystok-grodno-umowa.pdf"), std::string::npos);
  EXPECT_NE(r.out.find("page 3 of 4"), std::string::npos) << r.out;
}

TEST_F(SampleDocs, BadQuerySyntaxIsAUsageError) {
  CommandResult r = Twindex({"search", "--index", index_.string(), "\"unclosed"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("quote"), std::string::npos) << r.err;
}

TEST_F(SampleDocs, MalformedDateIsAUsageError) {
  for (const char* bad : {"2017-13", "2017-02-30", "17-04-2017", "yesterday"}) {
    CommandResult r = Twindex({"search", "--index", index_.string(), "--from", bad, "umowa"});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("not a valid date"), std::string::npos) << r.err;
  }
}

TEST_F(SampleDocs, DateRangeFiltersOnDocumentDates) {
  // The Białystok–Grodno agreement PDF was created on 2017-04-27.
  auto in = Search({"rekultywacji", "--from", "2017-04", "--to", "2017-04-27"});
  EXPECT_EQ(in["hits"].size(), 1u);
  auto out = Search({"rekultywacji", "--from", "2017-04-28"});
  EXPECT_TRUE(out["hits"].empty());
}

TEST_F(SampleDocs, ExtractJsonDescribesOneFile) {
  CommandResult r =
      Twindex({"extract", "--json", (docs_ / "pdf" / "pl-bialystok-grodno-umowa.pdf").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = ParseJson(r.out);
  for (const char* field :
       {"path", "lang", "pages", "ocr_pages", "text", "cities", "dates", "date"})
    EXPECT_TRUE(doc.contains(field)) << field;
  // "Białystok, 27 kwietnia 2017 r." under the title: the agreement's own date.
  EXPECT_EQ(doc["date"], "2017-04-27");
  EXPECT_EQ(doc["pages"], 4);
  EXPECT_EQ(doc["ocr_pages"], 0);
  EXPECT_NE(doc["text"].get<std::string>().find("rekultywacji"), std::string::npos);
}

TEST_F(SampleDocs, ExactFormsRankAboveOtherForms) {
  // The files that have the word exactly as typed come first, then those with other forms.
  for (const char* word : {"Grodnie", "Gdańska", "Sokółce", "Полацку", "сотрудничестве"}) {
    auto exact = Search({word, "--exact"});
    auto all = Search({word});
    const size_t n = exact["hits"].size();
    ASSERT_GT(n, 0u) << word;
    ASSERT_GE(all["hits"].size(), n) << word;
    std::set<std::string> exact_paths, top_paths;
    for (const auto& hit : exact["hits"]) exact_paths.insert(hit["path"]);
    for (size_t i = 0; i < n; ++i) top_paths.insert(all["hits"][i]["path"]);
    EXPECT_EQ(top_paths, exact_paths) << word;
  }
}

TEST_F(SampleDocs, LanguagesAreIdentifiedPerFile) {
  for (const auto& entry : ReadPdfManifest()) {
    auto result = Search({entry.page_words.front().second});
    ASSERT_FALSE(result["hits"].empty()) << entry.file;
    EXPECT_EQ(result["hits"][0]["lang"], entry.language) << entry.file;
  }
  auto be = Search({"--lang", "be", "Полацк"});
  ASSERT_FALSE(be["hits"].empty());
  for (const auto& hit : be["hits"]) EXPECT_EQ(hit["lang"], "be");
}

TEST_F(SampleDocs, CityFilterTakesAnyNameOfTheCity) {
  const auto grodno = Search({"--city", "Grodno"});
  std::set<std::string> reference, languages;
  for (const auto& hit : grodno["hits"]) {
    reference.insert(hit["path"]);
    languages.insert(hit["lang"]);
  }
  // Polish, Belarusian and Russian files about Grodno.
  EXPECT_TRUE(languages.count("pl") && languages.count("be") && languages.count("ru"));
  for (const char* name : {"Гродна", "Gardinas", "Hrodna", "Гродно", "grodnie", "GRODNO"}) {
    const auto result = Search({"--city", name});
    std::set<std::string> paths;
    for (const auto& hit : result["hits"]) paths.insert(hit["path"]);
    EXPECT_EQ(paths, reference) << name;
  }
  // A keyword that names a city finds the files tagged with it too.
  EXPECT_GE(Search({"Гродна"})["hits"].size(), reference.size());
}

// Hits carry their cities by id and name (never bare ids), and the plain output names them in
// the language the user named a city in.
TEST_F(SampleDocs, HitsNameTheirCitiesInTheLanguageOfTheCityFilter) {
  // Kept in a variable: a range-for over a member of a temporary uses it after it is destroyed
  // (AddressSanitizer: heap-use-after-free).
  const auto result = Search({"--city", "Grodno"});
  for (const auto& hit : result["hits"]) {
    bool grodno = false;
    for (const auto& c : hit["cities"]) {
      ASSERT_TRUE(c["id"].is_number()) << c.dump();
      ASSERT_TRUE(c["names"].is_object()) << c.dump();
      grodno |= c["names"]["en"] == "Hrodna" && c["names"]["be"] == "Гродна";
    }
    EXPECT_TRUE(grodno) << hit["path"] << hit["cities"].dump();
  }
  for (const auto& [name, shown] : std::vector<std::pair<std::string, std::string>>{
           {"Гродна", "Гродна"}, {"Gardinas", "Gardinas"}, {"Grodno", "Grodno"}}) {
    CommandResult r = Twindex({"search", "--index", index_.string(), "--city", name});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Each hit's block ends with its cities and dates.
    size_t blocks = 0;
    for (size_t at = 0, end; (end = r.out.find("\n\n", at)) != std::string::npos; at = end + 2) {
      const std::string block = r.out.substr(at, end - at);
      const std::string last_line = block.substr(block.rfind('\n') + 1);
      EXPECT_NE(last_line.find(shown), std::string::npos) << name << "\n" << block;
      ++blocks;
    }
    EXPECT_GT(blocks, 0u) << r.out;
  }
}

TEST_F(SampleDocs, SeveralCitiesMeanAllOfThem) {
  const size_t gdansk = Search({"--city", "Gdańsk"})["hits"].size();
  const auto both = Search({"--city", "Gdańsk", "--city", "Połock"});
  EXPECT_GT(both["hits"].size(), 0u);
  EXPECT_LT(both["hits"].size(), gdansk);
  for (const auto& hit : both["hits"]) EXPECT_GE(hit["cities"].size(), 2u);
}

// --city takes one value: the query words after it stay query words (the filter repeats instead).
TEST_F(SampleDocs, CityTakesOneValueAndLeavesTheQueryWords) {
  const auto before = Search({"umowa", "--city", "Sokółka"});
  const auto after = Search({"--city", "Sokółka", "umowa"});
  ASSERT_GT(before["hits"].size(), 0u);
  EXPECT_EQ(after["hits"], before["hits"]);
  EXPECT_LT(after["hits"].size(), Search({"--city", "Sokółka"})["hits"].size());
}

TEST_F(SampleDocs, UnknownCityIsAUsageErrorWithSuggestions) {
  CommandResult r = Twindex({"search", "--index", index_.string(), "--city", "Grodnno"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Grodno"), std::string::npos) << r.err;
}

// `extract --json` names the charset it found and the language of the text it decoded. A few
// files (each run of the binary loads its dictionaries); extract_test's TextExtractorTest checks
// the encoding of every sample in sample-docs/legacy-encodings/<lang>-<charset>.txt.
TEST_F(SampleDocs, ExtractJsonNamesTheEncodingOfLegacyText) {
  for (const std::string name : {"ru-ibm866", "pl-iso-8859-16", "lt-x-mac-centraleurroman"}) {
    CommandResult r =
        Twindex({"extract", "--json", (docs_ / "legacy-encodings" / (name + ".txt")).string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto doc = ParseJson(r.out);
    std::string encoding = doc["encoding"];
    std::transform(encoding.begin(), encoding.end(), encoding.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_EQ(encoding, name.substr(name.find('-') + 1));
    EXPECT_EQ(doc["lang"], name.substr(0, name.find('-')));
  }
}

TEST_F(SampleDocs, ExtractListsCitiesAndDates) {
  CommandResult r =
      Twindex({"extract", "--json", (docs_ / "seeds" / "001_d90a736770457ca3.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = ParseJson(r.out);
  bool gdansk = false;
  for (const auto& c : doc["cities"]) {
    for (const char* lang : {"en", "pl", "be", "lt", "ru"}) EXPECT_TRUE(c["names"].contains(lang));
    gdansk |= c["names"]["pl"] == "Gdańsk" && c["mentions"].get<int>() >= 3;
  }
  EXPECT_TRUE(gdansk) << doc["cities"].dump();
  ASSERT_FALSE(doc["dates"].empty());
  EXPECT_EQ(doc["dates"][0]["iso"], "--04-27");  // "w czwartek, 27 kwietnia": no year given
  EXPECT_EQ(doc["dates"][0]["text"], "27 kwietnia");
}

TEST_F(SampleDocs, DateRangeUsesDatesInTheText) {
  // The Belarusian windows-1251 agreement is dated "12 чэрвеня 2015 г." in its text.
  const auto result = Search({"--from", "2015-06-12", "--to", "2015-06-12"});
  bool found = false;
  for (const auto& hit : result["hits"])
    found |= hit["path"].get<std::string>().ends_with("be-windows-1251.txt");
  EXPECT_TRUE(found);
}

TEST_F(SampleDocs, FacetsCountFilesPerCityAndYear) {
  const auto result = Search({"--facets", "--city", "Grodno"});
  const size_t files = result["hits"].size();
  ASSERT_TRUE(result.contains("facets"));
  EXPECT_EQ(result["facets_exact"], true) << "a few files: counted, not sampled";
  const auto& cities = result["facets"]["cities"];
  ASSERT_FALSE(cities.empty());
  // Every file of the result mentions Grodno, so it is the top city with all of them.
  EXPECT_EQ(cities[0]["files"], files);
  EXPECT_EQ(cities[0]["name"], "Hrodna");
  for (const auto& y : result["facets"]["years"]) {
    EXPECT_GE(y["year"].get<int>(), 1000);
    EXPECT_LE(y["files"].get<size_t>(), files);
  }
  EXPECT_FALSE(Search({"Grodno"}).contains("facets")) << "only when asked";
}

TEST(Search, MissingIndexIsFatal) {
  TempDir dir;
  CommandResult r = Twindex({"search", "--index", (dir / "none").string(), "x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no index"), std::string::npos) << r.err;
}

TEST(Ingest, MissingPathIsAUsageError) {
  TempDir dir;
  CommandResult r = Twindex({"ingest", (dir / "nope").string(), "--index", (dir / "i").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no such file"), std::string::npos) << r.err;
}

TEST(Cli, UnknownOptionIsAUsageError) {
  EXPECT_EQ(Twindex({"search", "--bogus"}).exit_code, 2);
  EXPECT_EQ(Twindex({}).exit_code, 2);
}

TEST(Cli, IndexDirectoryComesFromEnvironment) {
  TempDir dir;
  WriteFile(dir / "docs" / "a.txt", "Współpraca miast partnerskich Sopot i Klaipėda.\n");
  auto env = std::vector<std::string>{"TWINDEX_INDEX=" + (dir / "envindex").string()};
  ASSERT_EQ(Twindex({"ingest", (dir / "docs").string()}, env).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir / "envindex"));
  CommandResult r = Twindex({"search", "--json", "Klaipėda"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ParseJson(r.out)["hits"].size(), 1u);
}

}  // namespace
}  // namespace twindex::testing
