#include "text/cleanup.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace twindex::text {
namespace {

constexpr UChar32 kSoftHyphen = 0x00AD;

bool IsSpace(UChar32 c) { return c == '\t' || u_charType(c) == U_SPACE_SEPARATOR; }

// A page break is already a page boundary, so inside a page it only separates paragraphs.
bool IsParagraphBreak(UChar32 c) { return c == '\f' || c == 0x2029; }

// Code units of the line break at s[i], 0 if there is none. CR LF is one break; VT is Word's
// manual line break, NEL and U+2028 are Unicode's.
int32_t LineBreakAt(const icu::UnicodeString& s, int32_t i) {
  switch (s[i]) {
    case '\r':
      return i + 1 < s.length() && s[i + 1] == '\n' ? 2 : 1;
    case '\n':
    case '\v':
    case 0x0085:
    case 0x2028:
      return 1;
    default:
      return 0;
  }
}

// Hyphens that may split a word at a line end. En and em dashes separate words, so they never do.
bool IsWordHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == kSoftHyphen; }

int32_t SkipSpaces(const icu::UnicodeString& s, int32_t i) {
  while (i < s.length() && IsSpace(s.char32At(i))) i = s.moveIndex32(i, 1);
  return i;
}

// Where a word broken by a hyphen just before s[i] continues: after spaces, exactly one line break
// and spaces, a lower-case letter. -1 if s[i..] does not look like that.
int32_t ContinuationAt(const icu::UnicodeString& s, int32_t i) {
  i = SkipSpaces(s, i);
  const int32_t line_break = i < s.length() ? LineBreakAt(s, i) : 0;
  if (line_break == 0) return -1;
  i = SkipSpaces(s, i + line_break);
  return i < s.length() && u_islower(s.char32At(i)) ? i : -1;
}

// Appends characters and decides spaces and line breaks only when the next character comes, so
// runs collapse, lines lose their outer spaces and the whole text its outer whitespace.
// Collects the cleaned text in a std::u16string, made a UnicodeString once at the end:
// UnicodeString::append per character (its checks and copy-on-write bookkeeping) was most of the
// clean-up's own time.
class Writer {
 public:
  void Char(UChar32 c) {
    if (!out_.empty()) {
      if (breaks_ > 0) {
        out_.append(u"\n\n", std::min(breaks_, 2));  // more would be layout, not structure
      } else if (space_) {
        out_.push_back(u' ');
      }
    }
    if (U_IS_BMP(c)) {
      out_.push_back(static_cast<char16_t>(c));
    } else {
      out_.push_back(U16_LEAD(c));
      out_.push_back(U16_TRAIL(c));
    }
    breaks_ = 0;
    space_ = false;
  }

  void Space() {
    if (break_at_space_) {
      LineBreak(1);
    } else if (breaks_ == 0) {
      space_ = true;
    }
  }

  void LineBreak(int count) {
    breaks_ += count;
    space_ = false;
    break_at_space_ = false;
  }

  // The next space becomes the line break that a joined word pulled up, so lines keep their
  // places; a line break that comes first makes it unnecessary.
  void BreakAtNextSpace() { break_at_space_ = true; }

  bool AfterLetter() const { return breaks_ == 0 && !space_ && !out_.empty() && u_isalpha(Last()); }

  icu::UnicodeString text() const {
    return icu::UnicodeString(out_.data(), static_cast<int32_t>(out_.size()));
  }

 private:
  // The last code point written (a surrogate pair read as one, as UnicodeString::char32At does).
  UChar32 Last() const {
    const char16_t last = out_.back();
    if (U16_IS_TRAIL(last) && out_.size() >= 2 && U16_IS_LEAD(out_[out_.size() - 2]))
      return U16_GET_SUPPLEMENTARY(out_[out_.size() - 2], last);
    return last;
  }

  std::u16string out_;
  int breaks_ = 0;
  bool space_ = false;
  bool break_at_space_ = false;
};

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable");
  return *nfc;
}

}  // namespace

std::string CleanText(std::string_view utf8) {
  const icu::Normalizer2& nfc = Nfc();
  UErrorCode status = U_ZERO_ERROR;
  // fromUTF8 replaces ill-formed sequences with U+FFFD. NFC first so that "a letter precedes the
  // hyphen" sees composed letters.
  const icu::UnicodeString text =
      nfc.normalize(icu::UnicodeString::fromUTF8(
                        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
                    status);

  Writer writer;
  for (int32_t i = 0; i < text.length();) {
    if (const int32_t line_break = LineBreakAt(text, i)) {
      writer.LineBreak(1);
      i += line_break;
      continue;
    }
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (IsWordHyphen(c) && writer.AfterLetter()) {
      if (const int32_t next = ContinuationAt(text, i); next >= 0) {
        i = next;
        writer.BreakAtNextSpace();
        continue;
      }
    }
    if (IsParagraphBreak(c)) {
      writer.LineBreak(2);
    } else if (IsSpace(c)) {
      writer.Space();
    } else if (c != kSoftHyphen && u_charType(c) != U_CONTROL_CHAR) {
      writer.Char(c);
    }  // else invisible: dropped
  }

  // Dropping a soft hyphen or control between a letter and its accent can leave a pair to compose.
  icu::UnicodeString cleaned = writer.text();
  if (!nfc.isNormalized(cleaned, status)) cleaned = nfc.normalize(cleaned, status);
  std::string out;
  cleaned.toUTF8String(out);
  return out;
}

void CleanDocument(Document& doc) {
  for (Page& page : doc.pages) page.text = CleanText(page.text);
  doc.title = CleanText(doc.title);
  doc.author = CleanText(doc.author);
}

}  // namespace twindex::text
