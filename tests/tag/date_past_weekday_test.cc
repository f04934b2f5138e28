// "Last Friday" in the four languages: the latest such weekday before the time of writing, which
// the text states in a dateline; without a dateline it is no date. The sentences are our own; the
// weekdays were checked with a calendar (Tuesday 11 and Wednesday 12 March 2025, Thursday 6
// November 2025).
#include <gtest/gtest.h>

#include "found_dates.h"
#include "tag/date_tagger.h"

namespace twindex::tag {
namespace {

using found_dates::Found;
using found_dates::V;

TEST(PastWeekday, CountsBackFromTheDateline) {
  EXPECT_EQ(Found("Płock, 11 marca 2025 r.\n\nW ubiegły piątek goście przyjechali z Gyuli.", 2025),
            (V{"2025-03-11@11 marca 2025 r.", "2025-03-07~@ubiegły piątek"}));
  EXPECT_EQ(Found("Тверь, 11 марта 2025 г.\n\nВ прошлую среду пришло письмо из Дубны.", 2025),
            (V{"2025-03-11@11 марта 2025 г.", "2025-03-05~@прошлую среду"}));
  EXPECT_EQ(Found("Гродна, 6 лістапада 2025 г.\n\nУ мінулую нядзелю госці наведалі музей.", 2025),
            (V{"2025-11-06@6 лістапада 2025 г.", "2025-11-02~@мінулую нядзелю"}));
  // The same weekday as the time of writing: a week before.
  EXPECT_EQ(Found("Alytus, 2025 m. lapkričio 6 d.\n\nPraėjusį ketvirtadienį atvyko svečiai.", 2025),
            (V{"2025-11-06@2025 m. lapkričio 6 d.", "2025-10-30~@Praėjusį ketvirtadienį"}));
}

TEST(PastWeekday, AnOfficialPapersDateWithItsRegisterNumberIsTheTimeOfWriting) {
  // Wednesday 12 March 2025, Thursday 6 November 2025.
  EXPECT_EQ(
      Found("Protokół komisji\n\n12.03.2025 nr 3/2025\n\nW ubiegłą sobotę wrócili goście.", 2025),
      (V{"2025-03-12@12.03.2025", "2025-03-08~@ubiegłą sobotę"}));
  EXPECT_EQ(Found("Komisijos posėdžio protokolas\n\n2025-11-06 Nr. K-2\nAlytus\n\nPirmininkas "
                  "pranešė, kad praėjusį pirmadienį gautas laiškas.",
                  2025),
            (V{"2025-11-06@2025-11-06", "2025-11-03~@praėjusį pirmadienį"}));
}

TEST(PastWeekday, NoDatelineNoDate) {
  EXPECT_EQ(Found("W ubiegły piątek goście przyjechali z Gyuli.", 2025), V{});
  // A date inside the story is no time of writing.
  EXPECT_EQ(Found("Goście byli u nas 11 marca 2025 r., a w ubiegły piątek wyjechali.", 2025),
            (V{"2025-03-11@11 marca 2025 r."}));
}

}  // namespace
}  // namespace twindex::tag
