#include "index/word_term.h"

#include <cstdint>

namespace twindex::index::schema {
namespace {

constexpr char32_t kCyrillicFirst = 0x400;
constexpr char32_t kCyrillicEnd = 0x480;  // 128 letters, one byte each with the high bit set

// The code point of the 2-byte UTF-8 sequence at `s[i]` if it is one in the Cyrillic range.
bool CyrillicAt(std::string_view s, size_t i, char32_t& cp) {
  if (i + 1 >= s.size()) return false;
  const auto lead = static_cast<uint8_t>(s[i]), next = static_cast<uint8_t>(s[i + 1]);
  if ((lead & 0xE0) != 0xC0 || (next & 0xC0) != 0x80) return false;
  cp = (char32_t{lead} & 0x1F) << 6 | (next & 0x3F);
  return cp >= kCyrillicFirst && cp < kCyrillicEnd;
}

}  // namespace

std::string WordTerm(std::string_view word) {
  std::string term(1, kCyrillicMark);
  bool cyrillic = false;
  for (size_t i = 0; i < word.size();) {
    const auto byte = static_cast<uint8_t>(word[i]);
    char32_t cp = 0;
    if (byte < 0x80) {
      term += static_cast<char>(byte);
      ++i;
    } else if (CyrillicAt(word, i, cp)) {
      term += static_cast<char>(0x80 + (cp - kCyrillicFirst));
      cyrillic = true;
      i += 2;
    } else {
      return std::string(word);  // another script, or not UTF-8
    }
  }
  return cyrillic ? term : std::string(word);
}

std::string WordOfTerm(std::string_view term) {
  if (term.empty() || term[0] != kCyrillicMark) return std::string(term);
  std::string word;
  for (const char c : term.substr(1)) {
    const auto byte = static_cast<uint8_t>(c);
    if (byte < 0x80) {
      word += c;
      continue;
    }
    const char32_t cp = kCyrillicFirst + (byte - 0x80);
    word += static_cast<char>(0xC0 | (cp >> 6));
    word += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return word;
}

}  // namespace twindex::index::schema
