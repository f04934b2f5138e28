#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace twindex::text {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// Creating a BreakIterator loads rules and costs far more than using one; keep one per thread.
icu::BreakIterator& WordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
    return bi;
  }();
  return *it;
}

// ICU keeps ' ’ ʼ inside a word but breaks at the other marks typed for the Belarusian and
// Ukrainian apostrophe (` ′ ´): "з`езд" would be two words. Join them back.
void JoinApostropheSplits(std::string_view utf8, std::vector<Token>& tokens) {
  constexpr std::string_view kMarks[] = {"`", "\u2032", "\u00B4"};
  size_t out = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (out > 0) {
      Token& last = tokens[out - 1];
      std::string_view gap = utf8.substr(last.end, tokens[i].begin - last.end);
      if (std::find(std::begin(kMarks), std::end(kMarks), gap) != std::end(kMarks) &&
          tokens[i].end - last.begin <= kMaxTermBytes) {
        last.end = tokens[i].end;
        continue;
      }
    }
    if (out != i) tokens[out] = std::move(tokens[i]);
    ++out;
  }
  tokens.resize(out);
}

}  // namespace

std::string FoldCase(std::string_view utf8_word) {
  // Most words of Latin-script text are plain ASCII: fold those without a trip through UTF-16.
  if (std::all_of(utf8_word.begin(), utf8_word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(utf8_word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8_word.data(), utf8_word.size()))
      .foldCase()
      .toUTF8String(out);
  return out;
}

std::vector<Token> WordSpans(std::string_view utf8) {
  std::vector<Token> tokens;
  if (utf8.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  // UText over UTF-8 lets the iterator report native (byte) offsets with no UTF-16 copy.
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return tokens;
  icu::BreakIterator& it = WordIterator();
  it.setText(ut.get(), status);
  if (U_FAILURE(status)) return tokens;
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
    if (it.getRuleStatus() == UBRK_WORD_NONE) continue;  // spaces, punctuation
    size_t len = static_cast<size_t>(end - begin);
    if (len > kMaxTermBytes) continue;
    tokens.push_back({{}, static_cast<size_t>(begin), static_cast<size_t>(end)});
  }
  // The iterator keeps a pointer to the UText; detach before it is closed.
  it.setText(icu::UnicodeString());
  JoinApostropheSplits(utf8, tokens);
  return tokens;
}

std::vector<Token> Tokenize(std::string_view utf8) {
  std::vector<Token> tokens = WordSpans(utf8);
  for (Token& t : tokens) t.term = FoldCase(utf8.substr(t.begin, t.end - t.begin));
  return tokens;
}

}  // namespace twindex::text
