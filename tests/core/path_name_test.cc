#include "core/path_name.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace twindex {
namespace {

TEST(PathNameTest, Utf8NamesAreTheirOwnNames) {
  for (const std::string path : {"/archiwum/Umowa Gdańsk.pdf", "/архіў/Гродна.txt", "/a b/c.txt"})
    EXPECT_EQ(PathName(path), path);
}

TEST(PathNameTest, BytesThatAreNotUtf8AreEscaped) {
  EXPECT_EQ(PathName("/a/Gda\xf1sk.txt"), "/a/Gda\\xF1sk.txt");          // windows-1250
  EXPECT_EQ(PathName("/a/\xc3\xa9t\xe9.txt"), "/a/\xc3\xa9t\\xE9.txt");  // Latin-1 é after UTF-8 é
  EXPECT_EQ(PathName("/a/\xc3\xe0\xf0\xe0.txt"), "/a/\\xC3\\xE0\\xF0\\xE0.txt");  // windows-1251
}

TEST(PathNameTest, ControlCharactersAndBackslashesAreEscaped) {
  EXPECT_EQ(PathName("/a/two\nlines.txt"), "/a/two\\x0Alines.txt");
  EXPECT_EQ(PathName("/a/tab\there"), "/a/tab\\x09here");
  EXPECT_EQ(PathName("/a/back\\slash"), "/a/back\\\\slash");
  EXPECT_EQ(PathName("/a/\\xF1"), "/a/\\\\xF1") << "a name that looks like an escape stays itself";
}

TEST(PathNameTest, EveryByteStringRoundTrips) {
  std::mt19937 random(42);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 40);
  for (int i = 0; i < 20000; ++i) {
    std::string path;
    for (int n = length(random); n > 0; --n) path += static_cast<char>(byte(random));
    const std::string name = PathName(path);
    ASSERT_EQ(PathFromName(name), path) << name;
    for (char c : name) ASSERT_FALSE(c == '\n' || c == '\0') << name;
  }
}

TEST(PathNameTest, ALoneBackslashTypedByHandIsItself) {
  EXPECT_EQ(PathFromName("C:\\dokumenty"), "C:\\dokumenty");
  EXPECT_EQ(PathFromName("end\\"), "end\\");
  EXPECT_EQ(PathFromName("\\x4"), "\\x4");
  EXPECT_EQ(PathFromName("\\xf1"), "\xf1") << "lower-case hex digits are read too";
}

}  // namespace
}  // namespace twindex
