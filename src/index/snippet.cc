#include "index/snippet.h"

#include <algorithm>
#include <unordered_map>

#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::index {
namespace {

// term_of[i]: 1 + the index in `terms` of the exact form of word i, 0 if it is none of them.
// A page repeats its words, so each distinct word is looked up once (ExactForm is an ICU pass).
std::vector<size_t> TermOfWords(std::string_view text, const std::vector<text::Token>& tokens,
                                const std::vector<std::string>& terms) {
  std::vector<size_t> term_of(tokens.size());
  if (terms.empty()) return term_of;
  std::unordered_map<std::string_view, size_t> term_of_word;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    auto [known, fresh] = term_of_word.try_emplace(word, 0);
    if (fresh) {
      const auto term = std::find(terms.begin(), terms.end(), text::ExactForm(word));
      if (term != terms.end()) known->second = 1 + static_cast<size_t>(term - terms.begin());
    }
    term_of[i] = known->second;
  }
  return term_of;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> MatchedWords(std::string_view text,
                                                    const std::vector<std::string>& terms) {
  const std::vector<text::Token> tokens = text::WordSpans(text);
  const std::vector<size_t> term_of = TermOfWords(text, tokens, terms);
  std::vector<std::pair<size_t, size_t>> matched;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (term_of[i] != 0) matched.emplace_back(tokens[i].begin, tokens[i].end);
  return matched;
}

Snippet MakeSnippet(std::string_view page_text, const std::vector<std::string>& terms,
                    size_t max_words) {
  Snippet snippet;
  // Word spans alone: a word's exact form decides whether it is a hit.
  const std::vector<text::Token> tokens = text::WordSpans(page_text);
  if (tokens.empty() || max_words == 0) return snippet;
  const std::vector<size_t> term_of = TermOfWords(page_text, tokens, terms);
  auto hit = [&](size_t i) { return term_of[i] != 0; };

  // Slide a window of max_words tokens; score = distinct terms, then total hits.
  size_t best_start = 0;
  std::pair<size_t, size_t> best_score{0, 0};
  std::vector<size_t> in_window(terms.size() + 1);  // hits of each term in the window
  size_t terms_in_window = 0, hits_in_window = 0;
  for (size_t end = 0; end < tokens.size(); ++end) {
    if (hit(end)) {
      terms_in_window += in_window[term_of[end]]++ == 0;
      ++hits_in_window;
    }
    if (end >= max_words) {
      size_t out = end - max_words;
      if (hit(out)) {
        --hits_in_window;
        terms_in_window -= --in_window[term_of[out]] == 0;
      }
    }
    std::pair<size_t, size_t> score{terms_in_window, hits_in_window};
    if (score > best_score) {
      best_score = score;
      best_start = end + 1 >= max_words ? end + 1 - max_words : 0;
    }
  }
  // Start a little before the first hit so it is read in context.
  if (best_score.first > 0) {
    size_t first_hit = best_start;
    while (!hit(first_hit)) ++first_hit;
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
    if (next <= last && hit(next) && tokens[next].begin == i) hit_begin = snippet.text.size();
    const char c = page_text[i];
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space)
      snippet.text += c;
    else if (!in_space)
      snippet.text += ' ';
    in_space = space;
    if (next <= last && hit(next) && tokens[next].end == i + 1)
      snippet.highlights.emplace_back(hit_begin, snippet.text.size());
  }
  if (last + 1 < tokens.size()) snippet.text += " …";
  return snippet;
}

}  // namespace twindex::index
