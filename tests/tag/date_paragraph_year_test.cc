// A mention of a year after the document's that opens its paragraph ("W 2026 roku …", "В 2027
// году …", "У наступным годзе …") is a plan, the paragraph's topic: its year dates the year-less
// days of the paragraph's later sentences, not only of its own. A year mentioned inside a sentence
// still holds only to the sentence's end, an earlier year opening a paragraph is an aside, and the
// next paragraph returns to the document's year. The sentences are our own.
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(ParagraphYear, ALaterYearOpeningTheParagraphDatesItsLaterSentences) {
  EXPECT_EQ(Found("Опочка, 2 марта 2026 г.\n\nВ 2027 году город отметит юбилей. Гостей ждут 14 "
                  "июля; заявки принимаются до 1 апреля.",
                  2026),
            (V{"2026-03-02@2 марта 2026 г.", "2027-07-14~@14 июля", "2027-04-01~@1 апреля"}));
  EXPECT_EQ(Found("Zielona Góra, 5 listopada 2025 r.\n\nW 2026 roku zespół pojedzie na festiwal. "
                  "Próby zaczną się 12 stycznia.",
                  2025),
            (V{"2025-11-05@5 listopada 2025 r.", "2026-01-12~@12 stycznia"}));
}

TEST(ParagraphYear, NextYearOpeningTheParagraphDatesItsLaterSentences) {
  EXPECT_EQ(Found("Лёзна, 10 кастрычніка 2025 г.\n\nУ наступным годзе моладзь паедзе ў Польшчу. "
                  "Паездка запланавана на 5–7 мая.",
                  2025),
            (V{"2025-10-10@10 кастрычніка 2025 г.", "2026-05-05~@5", "2026-05-07~@7 мая"}));
}

TEST(ParagraphYear, AYearInsideASentenceAnEarlierYearOrAnotherParagraphDoesNot) {
  // Inside the sentence, after other words: the year is that sentence's only.
  EXPECT_EQ(
      Found("Гости, 2 марта 2026 г.\n\nМы планируем в 2027 году юбилей. Встреча 14 июля.", 2026),
      (V{"2026-03-02@2 марта 2026 г.", "2026-07-14~@14 июля"}));
  // An earlier year opening a paragraph is an aside about the past.
  EXPECT_EQ(Found("Kupiškis, 2025 m. kovo 3 d.\n\n2024 m. pasirašyta sutartis. Šventė vyks "
                  "birželio 6 d.",
                  2025),
            (V{"2025-03-03@2025 m. kovo 3 d.", "2025-06-06~@birželio 6 d."}));
  // The next paragraph returns to the document's year.
  EXPECT_EQ(Found("Sejny, 3 lutego 2025 r.\n\nW 2026 roku planujemy wymianę.\n\nSpotkanie "
                  "odbędzie się 20 marca.",
                  2025),
            (V{"2025-02-03@3 lutego 2025 r.", "2025-03-20~@20 marca"}));
}

}  // namespace
}  // namespace twindex::tag
