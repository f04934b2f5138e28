// WordTerm: the term a page's exact word is indexed under (schema.h, unprefixed and S terms).
//
// Terms are keys: each (word, page) position entry repeats its term in the position table's
// B-tree key, which glass does not compress, and positions are most of the index. In UTF-8
// every Cyrillic letter takes two bytes, so a Russian or Belarusian word's key was twice its
// length. A word written only in ASCII and the Cyrillic block U+0400-U+047F (every letter of
// ru and be) is stored as kCyrillicMark and a byte a letter: ASCII as itself, U+0400 + n as
// 0x80 + n. Any other word stays as it is. The mark never occurs in UTF-8, so the two kinds
// cannot meet, and a term decodes to exactly one word.
//
// Words elsewhere (the synonym table's values and keys, snippets, the query's highlighted
// terms) stay UTF-8: only a Xapian term is a WordTerm.
#pragma once

#include <string>
#include <string_view>

namespace twindex::index::schema {

inline constexpr char kCyrillicMark = '\xF8';

std::string WordTerm(std::string_view word);
// The word of a term WordTerm made (a term without the mark is the word itself).
std::string WordOfTerm(std::string_view term);

}  // namespace twindex::index::schema
