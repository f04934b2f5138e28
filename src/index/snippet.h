// Snippet: the part of a page that best shows why it matched — the window of words holding the
// most distinct query terms — with the byte ranges of those terms for highlighting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twindex::index {

struct Snippet {
  std::string text;                                   // one line: newlines become spaces
  std::vector<std::pair<size_t, size_t>> highlights;  // [begin, end) byte ranges in text
};

// `terms` are the exact words the query matched (ParsedQuery::terms): a page word is a hit when
// its exact form (text::ExactForm, the term the page holds for it) is one of them. A page with
// no hit gives its opening words.
Snippet MakeSnippet(std::string_view page_text, const std::vector<std::string>& terms,
                    size_t max_words = 30);

// The [begin, end) byte ranges of the words of `text` that a snippet would highlight for
// `terms` (as MakeSnippet): for highlighting a whole page.
std::vector<std::pair<size_t, size_t>> MatchedWords(std::string_view text,
                                                    const std::vector<std::string>& terms);

}  // namespace twindex::index
