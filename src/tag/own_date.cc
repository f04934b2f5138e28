#include "tag/own_date.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "tag/date_tagger.h"
#include "text/tokenizer.h"

namespace twindex::tag {
namespace {

// How far into the first page, or back from the end of the last, the own date is looked for.
constexpr size_t kOwnDateReach = 600;
// A dateline is among the first lines of a text.
constexpr int kDatelineLines = 3;
// A line of at least this many characters fills a scanned page's width: OCR wraps there.
constexpr size_t kFullLineChars = 60;
constexpr size_t kPlaceWords = 3;  // "Biała Podlaska," "Sankt Peterburgas,"
constexpr size_t kDatelineWordsAfter = 4;
// How many words before a date a signing or legal-act word may stand.
constexpr size_t kCueWords = 8;
constexpr size_t kCueBytes = 160;

// Word beginnings (case-folded) that lead to the date a document was signed or published.
constexpr std::string_view kSigningWords[] = {
    "sporządzon", "podpisan", "zawart", "opublikowan", "dodano", "publikacj", "составлен",
    "совершен", "подписан", "заключен", "опубликован", "публикаци", "складзен", "учынен",
    "падпісан", "заключан", "апублікаван", "публікацы", "sudaryt", "pasirašyt", "paskelbt",
    "publikuot", "done", "signed", "published", "dated",
    // prepared: a report's closing line ("Ataskaita parengta: Jurbarkas, 2013.10.15")
    "przygotowan", "sporządził", "подготовлен", "падрыхтаван", "parengt"};
// Word beginnings that lead to the date of a legal act the document cites.
constexpr std::string_view kLegalActWords[] = {
    "uchwał",  "ustaw",        "rozporządz", "zarządzen",   "decyzj", "postanowien",
    "решени",  "постановлени", "приказ",     "распоряжени", "рашэнн", "пастанов",
    "загад",   "распараджэнн", "sprendim",   "nutarim",     "įsakym", "potvark",
    "įstatym", "resolution",   "decision"};

enum class Cue { kNone, kSigning, kLegalAct };

// The characters (code points) of UTF-8 text.
size_t CodePoints(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool StartsWithAny(std::string_view word, std::span<const std::string_view> beginnings) {
  return std::any_of(beginnings.begin(), beginnings.end(),
                     [&](std::string_view b) { return word.starts_with(b); });
}

// The nearest signing or legal-act word among the few before `begin` in `text`.
Cue CueBefore(std::string_view text, size_t begin) {
  const size_t from = begin > kCueBytes ? begin - kCueBytes : 0;
  std::vector<text::Token> words = text::WordSpans(text.substr(from, begin - from));
  // The window may start inside a word: its first word is not trusted unless it is the text's.
  const size_t first = from > 0 && !words.empty() ? 1 : 0;
  size_t seen = 0;
  for (size_t i = words.size(); i > first && seen < kCueWords; --i, ++seen) {
    const std::string word = text::FoldCase(
        text.substr(from + words[i - 1].begin, words[i - 1].end - words[i - 1].begin));
    if (StartsWithAny(word, kLegalActWords)) return Cue::kLegalAct;
    if (StartsWithAny(word, kSigningWords)) return Cue::kSigning;
  }
  return Cue::kNone;
}

// Whether the date at [begin, end) of `page` is its line's "Place, date" or starts its line
// ("Słonim, 20 lipca 2016 r.", "20.07.2016 | Aktualności"), with little after it; or ends a line
// that starts with a town's mark and its name, as an agreement's head has them ("г. Ліда 3 мая
// 2016 г.", "m. Sejny 4 marca 2014 r.": the column's gap between them is a space once the text is
// cleaned). A heading that merely contains a date ("Fest w dniu 15 lipca 2016 r.") is not a
// dateline.
bool OnDatelineAt(std::string_view page, size_t begin, size_t end) {
  // "town", "city" abbreviated: г. (ru, be), м. (be), m. (pl "miasto", lt "miestas").
  static constexpr std::string_view kTownMarks[] = {"г.", "м.", "m.", "М.", "Г.", "M."};
  const size_t newline = page.rfind('\n', begin);
  const size_t line_begin = newline == std::string_view::npos ? 0 : newline + 1;
  const size_t line_end = std::min(page.find('\n', end), page.size());
  std::string_view before = page.substr(line_begin, begin - line_begin);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
    before.remove_suffix(1);
  const size_t words_before = text::WordSpans(before).size();
  const std::string_view after = page.substr(end, line_end - end);
  const size_t words_after = text::WordSpans(after).size();
  const bool place_comma = words_before <= kPlaceWords && !before.empty() && before.back() == ',';
  const bool marked_town =
      words_before >= 2 && words_before <= kPlaceWords && words_after == 0 &&
      std::any_of(std::begin(kTownMarks), std::end(kTownMarks), [&](std::string_view mark) {
        return before.starts_with(mark) && before.size() > mark.size() &&
               before[mark.size()] == ' ';
      });
  return (words_before == 0 || place_comma || marked_town) && words_after <= kDatelineWordsAfter;
}

struct Candidate {
  std::string iso;
  Cue cue = Cue::kNone;
  bool dateline = false;  // on its own line among the first lines
  bool own_line = false;  // on its own line anywhere ("Przemyśl, 14 marca 2018 r." at the end)
  bool first_lines = false;  // among the first lines ("Советск, 12 августа 2016 года. Пресс-...")
};

// The full dates of `text` (a page's first or last kOwnDateReach bytes, starting at `offset` in
// the page), with what leads to each.
std::vector<Candidate> Candidates(std::string_view page, size_t offset, size_t length) {
  std::string_view text = page.substr(offset, length);
  // The byte where the first kDatelineLines non-empty lines of the page end. A line right under
  // a full-width one continues it (OCR breaks a long title where the scan's line ended: "аб
  // устанаўленні ... паміж горадам Глуск (Рэспубліка Беларусь) і\nгорадам Кокшэтаў ..."), so it
  // does not count: the dateline under a wrapped title is still among the first lines.
  size_t dateline_end = 0;
  if (offset == 0) {
    int lines = 0;
    bool after_full_line = false;  // the line before is full-width, with no blank line between
    for (size_t at = 0; at < page.size() && at < kOwnDateReach && lines < kDatelineLines;) {
      size_t eol = page.find('\n', at);
      if (eol == std::string_view::npos) eol = page.size();
      const std::string_view line = page.substr(at, eol - at);
      const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
      if (!blank && !after_full_line) ++lines;
      after_full_line = !blank && CodePoints(line) >= kFullLineChars;
      dateline_end = eol;
      at = eol + 1;
    }
  }
  std::vector<Candidate> out;
  for (const DateMention& d : TagDates(text)) {
    if (d.iso.size() != 10 || d.iso[0] == '-' || d.year_inferred) continue;
    const size_t begin = offset + d.begin, end = offset + d.end;
    Candidate c{d.iso, CueBefore(page, begin), false};
    if (c.cue == Cue::kLegalAct) continue;  // another document's date
    c.own_line = OnDatelineAt(page, begin, end);
    c.first_lines = end <= dateline_end;
    c.dateline = c.own_line && c.first_lines;
    out.push_back(std::move(c));
  }
  return out;
}

template <typename Range, typename Pred>
std::optional<std::string> FirstWhere(const Range& candidates, Pred pred) {
  for (const Candidate& c : candidates)
    if (pred(c)) return c.iso;
  return std::nullopt;
}

}  // namespace

std::string OwnDate(const Document& doc, bool* stated) {
  if (stated != nullptr) *stated = false;
  if (!doc.pages.empty()) {
    const std::string& first = doc.pages.front().text;
    const std::string& last = doc.pages.back().text;
    const size_t tail_from = last.size() > kOwnDateReach ? last.size() - kOwnDateReach : 0;
    const std::vector<Candidate> head = Candidates(first, 0, kOwnDateReach);
    std::vector<Candidate> tail = Candidates(last, tail_from, std::string_view::npos);
    std::reverse(tail.begin(), tail.end());  // the last date first
    auto dateline = [](const Candidate& c) { return c.dateline; };
    auto signing = [](const Candidate& c) { return c.cue == Cue::kSigning; };
    auto any = [](const Candidate&) { return true; };
    for (auto found : {FirstWhere(head, dateline), FirstWhere(tail, signing),
                       FirstWhere(head, signing), FirstWhere(head, any), FirstWhere(tail, any)}) {
      if (!found) continue;
      // Stated: a signing or publication word leads to it, or it stands on its own line or among
      // the first lines.
      auto states = [&](const Candidate& c) {
        return c.iso == *found && (c.own_line || c.first_lines || c.cue == Cue::kSigning);
      };
      if (stated != nullptr)
        *stated = std::any_of(head.begin(), head.end(), states) ||
                  std::any_of(tail.begin(), tail.end(), states);
      return *found;
    }
  }
  if (doc.created.size() >= 10) return doc.created.substr(0, 10);
  return "";
}

}  // namespace twindex::tag
