// langid_cuts: the language-by-length measurement shared by tests/eval/langid_eval (which prints
// the table) and tests/text/language_test (which holds its line).
//
// A labelled text file is TSV, "lang<TAB>text" per line, a header line first, '#' comments.
// CutAtLength splits a paragraph into consecutive pieces of at most `limit` characters, each
// ending on a word boundary (a note, a caption, a page with two lines): every piece of a text is
// scored, so a 500-character paragraph gives twenty-odd pieces at 20 characters and one at 500.
// Pieces shorter than 60% of the limit (a paragraph's tail) are dropped, so a row of the table
// measures texts of about that length.
#pragma once

#include <chrono>
#include <cstddef>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/language.h"

namespace twindex::langid_eval {

struct LabelledText {
  std::string lang;
  std::string text;
};

inline std::vector<LabelledText> ReadLabelledTexts(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<LabelledText> texts;
  std::string line;
  std::getline(in, line);  // header: lang, text
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    texts.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return texts;
}

// Byte offsets of the starts of UTF-8 characters, plus the end: a character index into bytes.
inline std::vector<size_t> CharStarts(std::string_view utf8) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(utf8.size());
  return starts;
}

inline std::vector<std::string> CutAtLength(std::string_view utf8, size_t limit) {
  const std::vector<size_t> at = CharStarts(utf8);
  const size_t chars = at.size() - 1;
  auto is_space = [&](size_t c) { return c < chars && utf8[at[c]] == ' '; };
  std::vector<std::string> pieces;
  size_t begin = 0;
  while (begin < chars) {
    while (is_space(begin)) ++begin;
    if (begin >= chars) break;
    size_t end = std::min(chars, begin + limit);
    if (end < chars && !is_space(end)) {
      // Back to the last space, so the piece ends with a whole word.
      size_t space = end;
      while (space > begin && !is_space(space)) --space;
      if (space > begin) end = space;
    }
    if ((end - begin) * 10 >= limit * 6) {
      pieces.emplace_back(utf8.substr(at[begin], at[end] - at[begin]));
    }
    begin = end;
  }
  return pieces;
}

// One cell of the table: pieces of one length in one language.
struct Outcome {
  int right = 0, wrong = 0, undetermined = 0;
  int total() const { return right + wrong + undetermined; }
  double Share(int count) const { return total() ? static_cast<double>(count) / total() : 0; }
};

inline const std::vector<size_t>& Lengths() {
  static const std::vector<size_t> lengths = {20, 50, 100, 200, 500};
  return lengths;
}

// Scores every piece of every text at `limit` characters; `on_piece` sees each answer. Returns
// the seconds spent in IdentifyLanguage.
template <typename OnPiece>
double ScoreAtLength(const std::vector<LabelledText>& texts, size_t limit, OnPiece&& on_piece) {
  double seconds = 0;
  for (const LabelledText& text : texts) {
    for (const std::string& piece : CutAtLength(text.text, limit)) {
      const auto start = std::chrono::steady_clock::now();
      const std::string code = twindex::text::IdentifyLanguage(piece).code;
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      on_piece(text.lang, piece, code);
    }
  }
  return seconds;
}

}  // namespace twindex::langid_eval
