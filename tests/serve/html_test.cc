#include "serve/html.h"

#include <gtest/gtest.h>

namespace twindex::serve {
namespace {

TEST(Escape, MarkupAndQuotesBecomeCharacterReferences) {
  EXPECT_EQ(Escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(Escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(Escape("a & b"), "a &amp; b");
  EXPECT_EQ(Escape("Гродна — Białystok"), "Гродна — Białystok");
}

TEST(Escape, BidiControlsShowAsTheirCodePoints) {
  EXPECT_EQ(Escape("abc\u202Efdp.exe"), "abc[U+202E]fdp.exe");
  EXPECT_EQ(Escape("\u2066x\u2069"), "[U+2066]x[U+2069]");
}

TEST(Escape, InvalidUtf8BecomesTheReplacementCharacter) {
  EXPECT_EQ(Escape("a\xFF"
                   "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Escape("\xC0\xBC"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // an overlong '<'
}

TEST(UrlEncode, LeavesOnlyUnreservedBytes) {
  EXPECT_EQ(UrlEncode("a b&c=d/e"), "a%20b%26c%3Dd%2Fe");
  EXPECT_EQ(UrlEncode("javascript:alert(1)"), "javascript%3Aalert%281%29");
  EXPECT_EQ(UrlEncode("Гр"), "%D0%93%D1%80");
  EXPECT_EQ(UrlEncode("A-z_0.9~"), "A-z_0.9~");
}

TEST(IsValidUtf8, TellsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("Łódź, Гродна, 𝄞"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));      // cut short
}

TEST(AppendJoined, SeparatesOnlyBetweenItems) {
  std::string list;
  AppendJoined(list, ", ", "a");
  AppendJoined(list, ", ", "b");
  EXPECT_EQ(list, "a, b");
}

}  // namespace
}  // namespace twindex::serve
