// Helpers for the end-to-end tests: run the twindex binary, copy the samples, read manifests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace twindex::testing {

// The OCR cache the end-to-end tests share (in the build tree), so that the sample scans are
// OCR'd once per build, not once per test; a test about the cache names its own.
inline std::string SharedOcrCache() {
  return "TWINDEX_OCR_CACHE=" + (TwindexBinary().parent_path() / "e2e-ocr-cache").string();
}

// Runs `twindex ARGS...`.
inline CommandResult Twindex(const std::vector<std::string>& args,
                             std::vector<std::string> env = {}) {
  std::vector<std::string> argv{TwindexBinary().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  if (std::none_of(env.begin(), env.end(),
                   [](const std::string& e) { return e.starts_with("TWINDEX_OCR_CACHE="); }))
    env.push_back(SharedOcrCache());
  return RunCommand(argv, env);
}

inline nlohmann::json ParseJson(const std::string& text) { return nlohmann::json::parse(text); }

// A word found nowhere else, one for each `i`, so that a search counts copies of a file.
inline std::string UniqueWord(int i) {
  std::string word = "unikat";
  for (int n = i; n > 0 || word.size() == 6; n /= 26) word += static_cast<char>('a' + n % 26);
  return word;
}

// `count` text files docs/file-NNNN.txt under `dir`, each holding its UniqueWord; returns docs/.
inline std::filesystem::path MakeNumberedFiles(const std::filesystem::path& dir, int count) {
  for (int i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "file-%04d.txt", i);
    WriteFile(dir / "docs" / name,
              "Sprawozdanie numer " + UniqueWord(i) + " z wizyty w Tczewie.\n");
  }
  return dir / "docs";
}

// A copy of sample-docs/ under `dir`, so tests may change it.
inline std::filesystem::path CopySampleDocs(const std::filesystem::path& dir) {
  const auto dest = dir / "sample-docs";
  std::filesystem::copy(SourceDir() / "sample-docs", dest,
                        std::filesystem::copy_options::recursive);
  return dest;
}

// The rows of a tab-separated manifest under tests/data, without its header line.
inline std::vector<std::vector<std::string>> ReadManifestRows(const std::string& name) {
  std::ifstream in(TestDataDir() / name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string>& cols = rows.emplace_back();
    std::stringstream s(line);
    for (std::string col; std::getline(s, col, '\t');) cols.push_back(col);
  }
  return rows;
}

// One line of tests/data/pdf-src/manifest.tsv: a sample PDF and words found on one page only.
struct ManifestEntry {
  std::string file, title, language;
  int pages = 0;
  std::vector<std::pair<int, std::string>> page_words;  // page, word
};

inline std::vector<ManifestEntry> ReadPdfManifest() {
  std::vector<ManifestEntry> entries;
  for (const std::vector<std::string>& cols : ReadManifestRows("pdf-src/manifest.tsv")) {
    if (cols.size() < 7) continue;
    ManifestEntry e{cols[0], cols[1], cols[4], std::stoi(cols[5]), {}};
    std::stringstream words(cols[6]);
    for (std::string item; std::getline(words, item, ';');) {
      auto colon = item.find(':');
      e.page_words.emplace_back(std::stoi(item.substr(0, colon)), item.substr(colon + 1));
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

// One line of tests/data/scan-src/manifest.tsv: a page of a sample scan (sample-docs/scans).
struct ScanPage {
  std::string file;
  int page = 0;
  std::string source;                // its ground truth, a file in tests/data/scan-src
  bool scan = false;                 // an image to OCR, not a text layer
  std::vector<std::string> words{};  // for tests that pick words of the ground truth
};

inline std::vector<ScanPage> ReadScanManifest() {
  std::vector<ScanPage> pages;
  for (const std::vector<std::string>& f : ReadManifestRows("scan-src/manifest.tsv")) {
    if (f.size() < 6) continue;
    pages.push_back({f[0], std::stoi(f[1]), f[2], f[5].find("scan") != std::string::npos});
  }
  return pages;
}

}  // namespace twindex::testing
