// CommonWords: whether a case-folded word is a common word of a language — one its Hunspell
// dictionary spells in lower case (Stemmer::IsCommonWord) — without loading the dictionary.
//
// The build reads Debian's dictionaries (/usr/share/hunspell, packages hunspell-ru and hunspell-lt)
// with the common_words_image tool and links the result into the binary as read-only data
// (common_words_default.cc), the way the gazetteer's image is: opening it is checking a header.
// The dictionaries' forms cannot be listed (lt_LT's prefixes and suffixes make 36 million), so
// the image holds what the dictionary file holds, its roots with their affix flags and its
// affix rules, and a word is checked the way Hunspell 1.7 checks a lower-case word of a
// dictionary without compounding: it is a root, or a root with one suffix, or one prefix, or a
// prefix and a suffix that both allow the cross product (with each rule's strip and condition).
// A number (digits with single '.', ',', '-' between) counts as spelled, as Hunspell has it.
// Dictionaries that use other Hunspell features (compounding, continuation classes, NEEDAFFIX,
// FORBIDDENWORD, ICONV, IGNORE, BREAK, two-character flags) are refused by the tool, not
// approximated. Words with a hyphen are answered without Hunspell's BREAK splitting (tokens
// never hold one).
//
// Layout (native byte order; offsets from the image's start; every section 4-byte aligned):
//   Header                     magic, version, size, the languages' places
//   per language: Root roots[] (open addressing, at most half full), Affix affixes[]
//   char pool[]                strings, each once: a length byte, then the UTF-8 bytes
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::text::common_words {

inline constexpr char kMagic[8] = {'T', 'W', 'C', 'O', 'M', 'M', 'O', 'N'};
inline constexpr uint32_t kVersion = 1;
inline constexpr size_t kMaxLanguages = 4;

struct Section {
  uint32_t offset, count;
};

struct LanguageEntry {
  char code[4];  // "ru", NUL-padded; empty: unused
  Section roots, affixes;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t size;
  LanguageEntry languages[kMaxLanguages];
};

struct Root {
  uint32_t hash;   // Hash(word); slots with word 0 are free
  uint32_t word;   // string offset
  uint32_t flags;  // string offset: its affix flags, one byte each
};

struct Affix {
  uint8_t suffix;  // 1: SFX, 0: PFX
  uint8_t cross;   // may combine with an affix of the other kind
  uint8_t flag;
  uint8_t reserved;
  uint32_t strip, append, condition;  // string offsets; condition as the .aff writes it
};

// FNV-1a over the bytes: fixed, as images outlive the process that made them.
uint32_t Hash(std::string_view bytes);

// One dictionary: its rules and roots, read from Hunspell's .aff and .dic files (converted to
// UTF-8 from the encoding the .aff names). Throws std::runtime_error on what it cannot read or
// on a feature the checker does not implement (see above).
struct Dictionary {
  struct Rule {
    bool suffix, cross;
    char flag;
    std::string strip, append, condition;
  };
  std::vector<Rule> rules;
  std::vector<std::pair<std::string, std::string>> roots;  // word, flags (homonyms apart)
};
Dictionary ReadDictionary(const std::string& aff_path, const std::string& dic_path);

// The image of dictionaries by language code (at most kMaxLanguages; codes of up to 3 bytes).
std::string MakeImage(const std::vector<std::pair<std::string, Dictionary>>& dictionaries);

// An image read in place; the bytes must outlive the View and start 4-byte aligned.
class View {
 public:
  View() = default;  // no languages
  // Throws std::runtime_error if `bytes` is not an image of kVersion.
  explicit View(std::string_view bytes);

  bool HasLanguage(std::string_view language) const { return Find(language) != nullptr; }
  // Whether the dictionary of `language` spells the case-folded word (false for a language the
  // image lacks, or an empty word).
  bool Spells(std::string_view language, std::string_view word) const;

  // The image the build made (common_words_default.cc).
  static const View& Default();

 private:
  const LanguageEntry* Find(std::string_view language) const;
  bool IsRoot(const LanguageEntry& l, std::string_view word, char flag1, char flag2) const;
  std::string_view String(uint32_t offset) const;

  std::string_view bytes_;
};

}  // namespace twindex::text::common_words
