// File names that are not UTF-8 (archives copied from old Windows shares) or hold a newline:
// indexed by their bytes, shown by their escaped name (core/path_name.h), found again by it,
// and removed when the file goes.
#include <gtest/gtest.h>

#include "e2e_util.h"

namespace twindex::testing {
namespace {

namespace fs = std::filesystem;

struct Named {
  std::string file_name;  // bytes
  std::string shown;      // its name as twindex prints it
  std::string word;       // found only in this file
};

const std::vector<Named> kFiles = {
    {"umowa-\xe9t\xe9.txt", "umowa-\\xE9t\\xE9.txt", "latinjeden"},  // Latin-1 "été"
    {"Gda\xf1sk-\xb3\xf3"
     "d\xbc.txt",
     "Gda\\xF1sk-\\xB3\\xF3d\\xBC.txt", "cpzachod"},  // windows-1250
    {"\xc3\xf0\xee\xe4\xed\xe0.txt", "\\xC3\\xF0\\xEE\\xE4\\xED\\xE0.txt", "cpwschod"},  // 1251
    {"dwie\nlinie.txt", "dwie\\x0Alinie.txt", "nowalinia"},
};

class FileNames : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const Named& f : kFiles)
      WriteFile(docs_ / f.file_name, "Notatka ze spotkania partnerskiego, hasło " + f.word + ".\n");
    WriteFile(docs_ / "zwykly.txt", "Zwykły plik, hasło zwyczajne.\n");
  }
  CommandResult Ingest() {
    return Twindex({"ingest", docs_.string(), "--index", index_.string(), "--report",
                    (dir_ / "report.json").string()});
  }
  nlohmann::json Search(const std::string& word) {
    CommandResult r = Twindex({"search", "--json", "--index", index_.string(), word});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(r.out);
  }

  TempDir dir_;
  fs::path docs_ = dir_ / "docs";
  fs::path index_ = dir_ / "index";
};

TEST_F(FileNames, AreIndexedFoundShownAndRemoved) {
  CommandResult first = Ingest();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(ParseJson(ReadFile(dir_ / "report.json"))["counts"]["new"], kFiles.size() + 1);

  for (const Named& f : kFiles) {
    const nlohmann::json hits = Search(f.word)["hits"];
    ASSERT_EQ(hits.size(), 1u) << f.shown;
    const std::string shown_path = (fs::canonical(docs_) / "").string() + f.shown;
    EXPECT_EQ(hits[0]["path"], shown_path);
    EXPECT_EQ(hits[0]["title"], "Notatka ze spotkania partnerskiego, hasło " + f.word + ".");

    CommandResult text = Twindex({"search", "--index", index_.string(), f.word});
    EXPECT_NE(text.out.find(shown_path + "  page 1"), std::string::npos) << text.out;

    // show finds it by the name it printed, by its bytes, and by its id.
    for (const std::string& arg :
         {shown_path, (docs_ / f.file_name).string(), hits[0]["id"].get<std::string>()}) {
      CommandResult show = Twindex({"show", "--json", "--index", index_.string(), arg});
      ASSERT_EQ(show.exit_code, 0) << show.err;
      EXPECT_EQ(ParseJson(show.out)["path"], shown_path);
    }
    CommandResult show_text = Twindex({"show", "--index", index_.string(), shown_path});
    EXPECT_NE(show_text.out.find("path: " + shown_path + "\n"), std::string::npos);
  }

  // Unchanged, nothing is read again (the stored names match the files' bytes).
  ASSERT_EQ(Ingest().exit_code, 0);
  const nlohmann::json counts = ParseJson(ReadFile(dir_ / "report.json"))["counts"];
  EXPECT_EQ(counts["unchanged"], kFiles.size() + 1);
  EXPECT_EQ(counts["new"], 0);
  EXPECT_EQ(counts["removed"], 0);

  for (const Named& f : kFiles) fs::remove(docs_ / f.file_name);
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_EQ(ParseJson(ReadFile(dir_ / "report.json"))["counts"]["removed"], kFiles.size());
  for (const Named& f : kFiles) EXPECT_TRUE(Search(f.word)["hits"].empty()) << f.shown;
  EXPECT_EQ(Search("zwyczajne")["hits"].size(), 1u);
}

TEST_F(FileNames, AFailureNamesTheFileReadably) {
  const Named& f = kFiles[1];
  WriteFile(docs_ / f.file_name, std::string("%PDF-1.4\n") + std::string(100, '\x01'));
  CommandResult r = Ingest();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const nlohmann::json failures = ParseJson(ReadFile(dir_ / "report.json"))["failures"];
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0]["path"], (fs::canonical(docs_) / "").string() + f.shown);
  EXPECT_NE(r.err.find(f.shown), std::string::npos) << r.err;
}

}  // namespace
}  // namespace twindex::testing
