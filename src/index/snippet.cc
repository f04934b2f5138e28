#include "index/snippet.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::index {

Snippet MakeSnippet(std::string_view page_text, const std::vector<std::string>& terms,
                    size_t max_words) {
  Snippet snippet;
  const std::vector<text::Token> tokens = text::Tokenize(page_text);
  if (tokens.empty() || max_words == 0) return snippet;
  const std::unordered_set<std::string_view> wanted(terms.begin(), terms.end());
  std::vector<bool> hit(tokens.size());
  for (size_t i = 0; i < tokens.size() && !wanted.empty(); ++i)
    hit[i] = wanted.count(text::ExactForm(
                 page_text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin))) > 0;

  // Slide a window of max_words tokens; score = distinct terms, then total hits.
  size_t best_start = 0;
  std::pair<size_t, size_t> best_score{0, 0};
  std::unordered_map<std::string_view, size_t> in_window;
  size_t hits_in_window = 0;
  for (size_t end = 0; end < tokens.size(); ++end) {
    if (hit[end]) {
      ++in_window[tokens[end].term];
      ++hits_in_window;
    }
    if (end >= max_words) {
      size_t out = end - max_words;
      if (hit[out]) {
        --hits_in_window;
        if (--in_window[tokens[out].term] == 0) in_window.erase(tokens[out].term);
      }
    }
    std::pair<size_t, size_t> score{in_window.size(), hits_in_window};
    if (score > best_score) {
      best_score = score;
      best_start = end + 1 >= max_words ? end + 1 - max_words : 0;
    }
  }
  // Start a little before the first hit so it is read in context.
  if (best_score.first > 0) {
    size_t first_hit = best_start;
    while (!hit[first_hit]) ++first_hit;
    best_start = first_hit > 3 ? std::max(best_start, first_hit - 3) : best_start;
    // Near the end of the page, start earlier so the window stays full.
    best_start = std::min(best_start, tokens.size() > max_words ? tokens.size() - max_words : 0);
  }
  const size_t last = std::min(tokens.size(), best_start + max_words) - 1;

  const size_t begin = tokens[best_start].begin;
  const size_t end = last + 1 < tokens.size() ? tokens[last].end : page_text.size();
  if (best_start > 0) snippet.text = "… ";
  // Copy the window with each run of white space (line ends included) as one space, keeping
  // track of where each hit lands in the copy.
  size_t next = best_start;
  bool in_space = false;
  size_t hit_begin = 0;
  for (size_t i = begin; i < end; ++i) {
    while (next <= last && tokens[next].end <= i) ++next;
    if (next <= last && hit[next] && tokens[next].begin == i) hit_begin = snippet.text.size();
    const char c = page_text[i];
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space)
      snippet.text += c;
    else if (!in_space)
      snippet.text += ' ';
    in_space = space;
    if (next <= last && hit[next] && tokens[next].end == i + 1)
      snippet.highlights.emplace_back(hit_begin, snippet.text.size());
  }
  if (last + 1 < tokens.size()) snippet.text += " …";
  return snippet;
}

}  // namespace twindex::index
