// End-to-end OCR: the sample scans (sample-docs/scans, ground truth in tests/data/scan-src) are
// found by their words at their pages, a mixed PDF is OCR'd only where it has no text, a
// re-index takes every page from the OCR cache, and the limits give clear errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

// The words of a text: runs of letters (ASCII letters or any non-ASCII byte), hyphens and
// punctuation splitting them.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (unsigned char c : text + " ") {
    if (c >= 0x80 || std::isalpha(c)) {
      w.push_back(static_cast<char>(c));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  return words;
}

// The sample scans' pages, each with its three longest words that no other page of the same
// file has: a search for them must land on this page.
std::vector<ScanPage> ScanPagesWithWords() {
  std::vector<ScanPage> pages = ReadScanManifest();
  std::vector<std::vector<std::string>> texts;
  for (const ScanPage& p : pages)
    texts.push_back(Words(ReadFile(TestDataDir() / "scan-src" / p.source)));
  for (size_t i = 0; i < pages.size(); ++i) {
    std::vector<std::string> candidates = texts[i];
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const std::string& w : candidates) {
      if (pages[i].words.size() == 3) break;
      bool elsewhere = false;
      for (size_t j = 0; j < pages.size(); ++j)
        if (j != i && pages[j].file == pages[i].file)
          elsewhere |= std::find(texts[j].begin(), texts[j].end(), w) != texts[j].end();
      if (!elsewhere &&
          std::find(pages[i].words.begin(), pages[i].words.end(), w) == pages[i].words.end())
        pages[i].words.push_back(w);
    }
  }
  return pages;
}

TEST(Ocr, ScansAreSearchableAtTheirPagesAndReindexUsesTheCache) {
  TempDir dir;
  const fs::path docs = dir / "scans";
  fs::copy(SourceDir() / "sample-docs/scans", docs);
  const fs::path index = dir / "index", cache = dir / "cache", report = dir / "report.json";
  auto ingest = [&](std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"ingest",   docs.string(),   "--index",     index.string(),
                                  "--report", report.string(), "--ocr-cache", cache.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    CommandResult r = Twindex(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(ReadFile(report));
  };
  const std::vector<ScanPage> pages = ScanPagesWithWords();
  size_t scan_pages = 0;
  for (const ScanPage& p : pages) scan_pages += p.scan;

  nlohmann::json first = ingest();
  EXPECT_EQ(first["counts"]["ocr_pages"], scan_pages);
  EXPECT_GT(first["ocr_seconds"].get<double>(), 0);

  for (const ScanPage& p : pages) {
    for (const std::string& word : p.words) {
      CommandResult r = Twindex(
          {"search", "--index", index.string(), "--json", "--limit", "20", "--exact", word});
      ASSERT_EQ(r.exit_code, 0) << r.err;
      const nlohmann::json result = ParseJson(r.out);
      bool found = false;
      for (const auto& hit : result["hits"])
        found |=
            fs::path(hit["path"].get<std::string>()).filename() == p.file && hit["page"] == p.page;
      EXPECT_TRUE(found) << word << " not found on " << p.file << " page " << p.page;
    }
  }

  // Everything again (--full), and a renamed copy: every page comes from the cache, no OCR runs.
  fs::copy(docs / pages.front().file, docs / ("renamed-" + pages.front().file));
  nlohmann::json again = ingest({"--full"});
  EXPECT_GE(again["counts"]["ocr_pages"].get<size_t>(), scan_pages);
  EXPECT_EQ(again["ocr_seconds"].get<double>(), 0.0);
}

TEST(Ocr, MixedPdfIsReadOnlyWhereItHasNoText) {
  CommandResult r = Twindex(
      {"extract", "--json",
       (SourceDir() / "sample-docs/scans/ru-grodno-druskininkai-protokol-mixed.pdf").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = ParseJson(r.out);
  ASSERT_EQ(doc["pages"], 3);
  EXPECT_EQ(doc["ocr_pages"], 1);
  EXPECT_FALSE(doc["page_info"][0]["ocr"]);
  EXPECT_TRUE(doc["page_info"][1]["ocr"]);
  EXPECT_FALSE(doc["page_info"][2]["ocr"]);
  // The document is Russian: its OCR'd page is read in Russian alone.
  EXPECT_EQ(doc["page_info"][1]["ocr_languages"], "rus");
  EXPECT_GT(doc["page_info"][1]["ocr_confidence"].get<int>(), 80);
  // The text-layer threshold is the archive's to set: asked for more letters than any page
  // has, every page is OCR'd.
  CommandResult all = Twindex(
      {"extract", "--json", "--text-layer-min-letters", "100000",
       (SourceDir() / "sample-docs/scans/ru-grodno-druskininkai-protokol-mixed.pdf").string()});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(ParseJson(all.out)["ocr_pages"], 3);
}

TEST(Ocr, LimitsGiveClearErrors) {
  const std::string png =
      (SourceDir() / "sample-docs/scans/ru-brest-biala-podlaska-novosti-scan.png").string();
  CommandResult big = Twindex({"extract", "--max-pixels", "1", png});
  EXPECT_EQ(big.exit_code, 1);
  EXPECT_NE(big.err.find("exceeds the limit of 1 million pixels (--max-pixels)"), std::string::npos)
      << big.err;
  // Without a cache, so that OCR runs.
  CommandResult slow = Twindex({"extract", "--ocr-timeout", "0.001", png}, {"TWINDEX_OCR_CACHE="});
  EXPECT_EQ(slow.exit_code, 1);
  EXPECT_NE(slow.err.find("OCR took longer than"), std::string::npos) << slow.err;
  CommandResult lang = Twindex({"extract", "--ocr-lang", "xyz", png});
  EXPECT_EQ(lang.exit_code, 2);
  EXPECT_NE(lang.err.find("OCR language 'xyz' is not installed"), std::string::npos) << lang.err;
}

}  // namespace
}  // namespace twindex::testing
