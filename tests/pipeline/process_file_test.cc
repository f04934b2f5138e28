#include "pipeline/process_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "test_support.h"

namespace twindex::pipeline {
namespace {

using ::testing::HasSubstr;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

// The ExtractError message ProcessFile gives for `path`, or "" if it succeeds.
std::string ErrorFor(const std::string& path, const ProcessLimits& limits = {}) {
  try {
    ProcessFile(path, limits);
  } catch (const extract::ExtractError& e) {
    return e.what();
  }
  return "";
}

TEST(ProcessFileTest, ExtractsAndCleansATextFile) {
  TempDir dir;
  const std::string path = (dir / "umowa.txt").string();
  WriteFile(path, "  Umowa   o współ\u00ADpracy\r\n\r\n\r\nSokółka \t– Druskininkai  \n");
  const Document doc = ProcessFile(path, {});
  EXPECT_EQ(doc.path, path);
  EXPECT_EQ(doc.format, Format::kText);
  EXPECT_EQ(doc.title, "Umowa o współpracy");  // the first line, cleaned like the text
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_FALSE(doc.pages[0].ocr);
  EXPECT_EQ(doc.pages[0].text, "Umowa o współpracy\n\nSokółka – Druskininkai");
  EXPECT_FALSE(doc.encoding.empty());
}

TEST(ProcessFileTest, FormatComesFromContentNotName) {
  TempDir dir;
  const std::string path = (dir / "page.txt").string();
  WriteFile(path,
            "<!DOCTYPE html><html><head><title>Połock</title></head>"
            "<body><p>Druskininkai</p></body></html>");
  const Document doc = ProcessFile(path, {});
  EXPECT_EQ(doc.format, Format::kHtml);
  EXPECT_EQ(doc.path, path);
}

TEST(ProcessFileTest, EmptyFileIsAnError) {
  TempDir dir;
  WriteFile(dir / "empty.txt", "");
  EXPECT_EQ(ErrorFor((dir / "empty.txt").string()), "empty file");
}

TEST(ProcessFileTest, FileOverTheLimitIsRefused) {
  TempDir dir;
  WriteFile(dir / "big.txt", std::string((2 << 20) + 1, 'a'));
  ProcessLimits limits;
  limits.max_file_size = 2 << 20;
  const std::string error = ErrorFor((dir / "big.txt").string(), limits);
  EXPECT_THAT(error, HasSubstr("file too large"));
  EXPECT_THAT(error, HasSubstr("limit is 2 MiB"));
}

TEST(ProcessFileTest, FileAtTheLimitIsRead) {
  TempDir dir;
  WriteFile(dir / "exact.txt", std::string(100, 'a'));
  ProcessLimits limits;
  limits.max_file_size = 100;
  EXPECT_EQ(ErrorFor((dir / "exact.txt").string(), limits), "");
}

TEST(ProcessFileTest, UnsupportedBinaryIsAnError) {
  TempDir dir;
  // A GIF signature and NUL bytes: not a format any extractor reads.
  WriteFile(dir / "scan.pdf", std::string("GIF89a\x10\0\x10\0\0\0\0\0", 14));
  EXPECT_THAT(ErrorFor((dir / "scan.pdf").string()), HasSubstr("unsupported format"));
}

TEST(ProcessFileTest, MissingFileIsAnError) {
  TempDir dir;
  EXPECT_THAT(ErrorFor((dir / "missing.txt").string()), HasSubstr("cannot open"));
}

}  // namespace
}  // namespace twindex::pipeline
