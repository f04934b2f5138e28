// DateFilter (years, months and end days) finds exactly what the OR of every day term in the
// range finds, on a generated collection with dates everywhere.
#include "index/date_filter.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/document.h"
#include "index/date_bound.h"
#include "index/writer.h"
#include "test_support.h"

namespace twindex::index {
namespace {

std::string Iso(int y, int m, int d) {
  char buf[40];
  if (d == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

class DayTermsTest : public ::testing::Test {
 protected:
  // 400 one-page files, each with a few dates from 1990 to 2025: whole days, months without a
  // day (day 00), creation dates, ranges of days written in the text; some without any.
  void SetUp() override {
    std::mt19937 rng(17);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    IndexWriter writer(dir_.path(), IndexWriter::LockMode::kFail);
    for (int i = 0; i < 400; ++i) {
      Document doc;
      doc.path = "/docs/" + std::to_string(i) + ".pdf";
      doc.format = Format::kPdf;
      doc.language = "pl";
      doc.pages.push_back({1, "umowa o współpracy", false});
      if (i % 5 == 0) doc.created = Iso(pick(1990, 2025), pick(1, 12), pick(1, 28)) + "T10:00:00Z";
      for (int n = pick(0, 3); n > 0; --n) {
        const int y = pick(1990, 2025), m = pick(1, 12), d = pick(0, 28);
        DateRef date{Iso(y, m, d), "text"};
        if (d > 0 && d < 20 && pick(0, 3) == 0) date.through = Iso(y, m, d + pick(1, 8));
        doc.dates.push_back(date);
      }
      FileRecord record;
      record.path = doc.path;
      record.pages = 1;
      record.format = "pdf";
      writer.AddFile(doc, record);
    }
    writer.Commit();
  }

  std::set<Xapian::docid> Matches(const Xapian::Query& filter) const {
    Xapian::Database db(dir_.path().string());
    Xapian::Enquire enquire(db);
    enquire.set_query(filter);
    std::set<Xapian::docid> docids;
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.insert(*it);
    return docids;
  }

  void ExpectSameAsDayTerms(const std::string& from_text, const std::string& to_text) {
    const std::string from = from_text.empty() ? "" : *ParseDateBound(from_text, false);
    const std::string to = to_text.empty() ? "" : *ParseDateBound(to_text, true);
    Xapian::Database db(dir_.path().string());
    const std::set<Xapian::docid> days = Matches(DayTermFilter(db, from, to));
    EXPECT_EQ(Matches(DateFilter(db, from, to)), days) << from_text << " .. " << to_text;
    ++ranges_;
    if (!days.empty()) ++found_;
  }

  twindex::testing::TempDir dir_;
  int ranges_ = 0, found_ = 0;
};

TEST_F(DayTermsTest, YearsMonthsAndDaysFindWhatTheDayTermsFind) {
  // Bounds as users write them: years, months, days; open ends; bounds in and out of the span.
  ExpectSameAsDayTerms("", "");
  ExpectSameAsDayTerms("2000", "");
  ExpectSameAsDayTerms("", "2005");
  ExpectSameAsDayTerms("1980", "2030");
  ExpectSameAsDayTerms("2026", "");
  ExpectSameAsDayTerms("2010", "2010");
  ExpectSameAsDayTerms("2019-05", "2019-06");
  ExpectSameAsDayTerms("2019-05", "2019-05");
  ExpectSameAsDayTerms("2010-01-01", "2012-12-31");
  ExpectSameAsDayTerms("2003-02-14", "2003-02-14");
  std::mt19937 rng(5);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int i = 0; i < 200; ++i) {
    auto bound = [&] {
      const int y = pick(1988, 2027);
      switch (pick(0, 3)) {
        case 0:
          return std::to_string(y);
        case 1:
          return Iso(y, pick(1, 12), 0);
        case 2:
          return Iso(y, pick(1, 12), pick(1, 28));
        default:
          return std::string();
      }
    };
    std::string from = bound(), to = bound();
    if (!from.empty() && !to.empty() && from > to) std::swap(from, to);
    ExpectSameAsDayTerms(from, to);
  }
  EXPECT_GT(found_, ranges_ / 2) << "most ranges should find something";
}

TEST_F(DayTermsTest, AWideRangeIsFewTerms) {
  Xapian::Database db(dir_.path().string());
  const Xapian::Query filter = DateFilter(db, "19900101", "20251231");
  // 36 years at most, not the thousands of days the collection carries.
  EXPECT_LE(std::distance(filter.get_unique_terms_begin(), filter.get_unique_terms_end()), 36);
  EXPECT_GT(std::distance(DayTermFilter(db, "19900101", "20251231").get_unique_terms_begin(),
                          DayTermFilter(db, "19900101", "20251231").get_unique_terms_end()),
            400);
}

}  // namespace
}  // namespace twindex::index
