#include "extract/text_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/cleanup.h"

namespace twindex::extract {
namespace {

namespace fs = std::filesystem;

TEST(TextExtractorTest, MakesOneTextPageWithTheEncoding) {
  const Document doc =
      TextExtractor().Extract("Bia\xB3ystok i Grodno, 27 kwietnia 2017 r.", "x.txt");
  EXPECT_EQ(doc.format, Format::kText);
  EXPECT_EQ(doc.encoding, "windows-1250");
  EXPECT_EQ(doc.title, "Białystok i Grodno, 27 kwietnia 2017 r.");  // its first line
  EXPECT_EQ(doc.author, "");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_EQ(doc.pages[0].text, "Białystok i Grodno, 27 kwietnia 2017 r.");
  EXPECT_FALSE(doc.pages[0].ocr);
}

TEST(TextExtractorTest, KeepsTextAsWrittenForCleanupToDo) {
  const Document doc = TextExtractor().Extract("\xEF\xBB\xBF  Kaunas\r\nVilnius  \n", "x.txt");
  EXPECT_EQ(doc.encoding, "UTF-8");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "  Kaunas\r\nVilnius  \n");
}

TEST(TextExtractorTest, EmptyFileIsOneEmptyPage) {
  const Document doc = TextExtractor().Extract("", "empty.txt");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "");
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// sample-docs/legacy-encodings/<lang>-<charset>.txt is made by tests/tools/make-legacy-samples.sh
// (iconv) from the UTF-8 text of the same name in tests/data/legacy-encodings; each must decode
// back to it.
TEST(TextExtractorTest, DecodesEveryLegacyEncodedSample) {
  const fs::path samples = testing::SourceDir() / "sample-docs" / "legacy-encodings";
  const fs::path sources = testing::TestDataDir() / "legacy-encodings";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(samples)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  ASSERT_GE(files.size(), 21u) << "samples missing in " << samples;

  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    const std::string name = file.stem().string();
    const std::string charset = name.substr(name.find('-') + 1);
    const Document doc = TextExtractor().Extract(testing::ReadFile(file), file.string());
    ASSERT_EQ(doc.pages.size(), 1u);
    EXPECT_EQ(Lower(doc.encoding), charset);
    EXPECT_EQ(text::CleanText(doc.pages[0].text),
              text::CleanText(testing::ReadFile(sources / file.filename())));
  }
}

}  // namespace
}  // namespace twindex::extract

namespace twindex::extract {
namespace {

TEST(TextExtractorPagesTest, FormFeedsSeparatePages) {
  Document doc = TextExtractor().Extract("Strona pierwsza\n\fStrona druga\n\f", "x.txt");
  ASSERT_EQ(doc.pages.size(), 2u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_EQ(doc.pages[1].number, 2);
  EXPECT_EQ(doc.pages[1].text, "Strona druga\n");
}

TEST(TextExtractorTitleTest, FirstShortLineIsTheTitle) {
  EXPECT_EQ(TextExtractor().Extract("\n  Umowa o współpracy  \nTreść umowy.", "x").title,
            "Umowa o współpracy");
  EXPECT_EQ(TextExtractor().Extract(std::string(200, 'a') + "\nb", "x").title, "");
}

}  // namespace
}  // namespace twindex::extract
