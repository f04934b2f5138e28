// Tokenizer: splits UTF-8 text into words with ICU's word BreakIterator (not ad-hoc splitting)
// and case-folds each word into a term. Both the indexer and the query parser use it, so a
// document and a query are turned into terms the same way by construction.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::text {

struct Token {
  std::string term;  // case-folded word, UTF-8
  size_t begin = 0;  // byte range of the word in the input
  size_t end = 0;
};

// Words (letters or digits) in order; punctuation and spaces are dropped. Words longer than
// kMaxTermBytes are skipped: they are noise (base64, hashes) and Xapian limits term length.
std::vector<Token> Tokenize(std::string_view utf8);

// As Tokenize, without the case-folded terms (Token::term stays empty): for callers that analyze
// each word themselves, on every page (the indexer, the city tagger).
std::vector<Token> WordSpans(std::string_view utf8);

// The term for one word as Tokenize would produce it (case-folded), for callers that already
// have a word.
std::string FoldCase(std::string_view utf8_word);

inline constexpr size_t kMaxTermBytes = 64;

}  // namespace twindex::text
