// A range of days across two months, in the four languages, each end with its own month name and
// the year from the text: "30 stycznia – 2 lutego", "с 30 января по 2 февраля", "з 30 студзеня па
// 2 лютага", "sausio 30 – vasario 2 d.". One mention: the first end runs `through` the last. The
// sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

// The mentions as "iso..through@text" ("iso@text" for a single day), "~" where the year was
// inferred.
std::vector<std::string> Spans(std::string_view text, int reference_year) {
  std::vector<std::string> out;
  for (const DateMention& m : TagDates(text, reference_year))
    out.push_back(m.iso + (m.through.empty() ? "" : ".." + m.through) +
                  (m.year_inferred ? "~@" : "@") + m.text);
  return out;
}

using V = std::vector<std::string>;

TEST(DateRangeAcrossMonths, Polish) {
  EXPECT_EQ(Spans("W 2025 roku goście z Gyuli byli u nas od 30 stycznia – 2 lutego.", 2025),
            (V{"2025-01-30..2025-02-02~@30 stycznia", "2025-02-02~@2 lutego"}));
}

TEST(DateRangeAcrossMonths, Russian) {
  EXPECT_EQ(Spans("В 2025 году делегация гостила у нас с 30 января по 2 февраля.", 2025),
            (V{"2025-01-30..2025-02-02~@30 января", "2025-02-02~@2 февраля"}));
}

TEST(DateRangeAcrossMonths, Belarusian) {
  EXPECT_EQ(Spans("У 2025 годзе сябры былі ў нас з 30 студзеня па 2 лютага.", 2025),
            (V{"2025-01-30..2025-02-02~@30 студзеня", "2025-02-02~@2 лютага"}));
}

TEST(DateRangeAcrossMonths, Lithuanian) {
  EXPECT_EQ(Spans("2025 m. svečiai lankėsi sausio 30 – vasario 2 d. Akmenėje.", 2025),
            (V{"2025-01-30..2025-02-02~@sausio 30", "2025-02-02~@vasario 2 d."}));
}

}  // namespace
}  // namespace twindex::tag
