#include "extract/charset.h"

#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/charset_score.h"

namespace twindex::extract {
namespace {

// ---- Decoding ------------------------------------------------------------------------------

struct Decoding {
  std::u16string text;
  size_t errors = 0;  // byte sequences replaced by U+FFFD
};

// ICU's own substitute is U+001A for some single-byte charsets; one U+FFFD per bad sequence keeps
// the header's promise, and the count tells whether a declared charset fits the bytes.
void SubstituteAndCount(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close or clone: nothing was lost
  ++*static_cast<size_t*>(const_cast<void*>(context));
  *status = U_ZERO_ERROR;
  static constexpr UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

// A single-byte charset that ICU's data may lack (Debian's ICU 72 has no ISO-8859-16): bytes
// below 0xA0 are ASCII and C1 controls as in ISO-8859-1, the upper 96 come from the table.
struct ByteTable {
  const char* name;
  std::array<const char*, 5> aliases;  // compared as ICU compares names ("latin10" = "Latin-10")
  std::u16string_view upper;           // the characters of bytes 0xA0-0xFF
};
constexpr ByteTable kByteTables[] = {
    {"ISO-8859-16",
     {"ISO-8859-16", "ISO_8859-16:2001", "iso-ir-226", "latin10", "l10"},
     u"\u00A0ĄąŁ€„Š§š©Ș«Ź\u00ADźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚß"
     u"àáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ"},
};
static_assert(kByteTables[0].upper.size() == 96);

// One charset: an ICU converter, or else one of kByteTables.
class Decoder {
 public:
  // Nullopt when neither ICU nor kByteTables knows `charset`. (ucnv_open("") would open the
  // platform default.)
  static std::optional<Decoder> Open(std::string_view charset) {
    if (charset.empty()) return std::nullopt;
    const std::string name(charset);
    UErrorCode status = U_ZERO_ERROR;
    Decoder decoder;
    decoder.converter_.adoptInstead(ucnv_open(name.c_str(), &status));
    if (decoder.converter_.isValid()) return decoder;
    for (const ByteTable& table : kByteTables) {
      for (const char* alias : table.aliases) {
        if (ucnv_compareNames(alias, name.c_str()) == 0) {
          decoder.table_ = &table;
          return decoder;
        }
      }
    }
    return std::nullopt;
  }

  // `last`: the bytes end the text; otherwise a sequence cut at their end is no error.
  Decoding Decode(std::string_view bytes, bool last = true) const {
    return table_ ? DecodeTable(bytes) : DecodeIcu(bytes, last);
  }

  bool IsUtf8() const { return !table_ && ucnv_getType(converter_.getAlias()) == UCNV_UTF8; }

  // The MIME name people know ("ISO-8859-2"), else the IANA one ("windows-1250"), else ICU's own.
  std::string Name() const {
    if (table_) return table_->name;
    UErrorCode status = U_ZERO_ERROR;
    const char* name = ucnv_getName(converter_.getAlias(), &status);
    for (const char* standard : {"MIME", "IANA"}) {
      UErrorCode lookup = U_ZERO_ERROR;
      const char* standard_name = ucnv_getStandardName(name, standard, &lookup);
      if (standard_name && U_SUCCESS(lookup)) return standard_name;
    }
    return name;
  }

 private:
  Decoding DecodeIcu(std::string_view bytes, bool last) const {
    UConverter* converter = converter_.getAlias();
    Decoding out;
    size_t errors = 0;  // the callback touches it only inside ucnv_toUnicode below
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    ucnv_setToUCallBack(converter, SubstituteAndCount, &errors, nullptr, nullptr, &status);
    const char* source = bytes.data();
    const char* const source_end = source + bytes.size();
    std::array<UChar, 4096> buffer;
    do {
      status = U_ZERO_ERROR;
      UChar* target = buffer.data();
      ucnv_toUnicode(converter, &target, buffer.data() + buffer.size(), &source, source_end,
                     nullptr, last, &status);
      out.text.append(buffer.data(), target);
    } while (status == U_BUFFER_OVERFLOW_ERROR);
    out.errors = errors;
    return out;
  }

  Decoding DecodeTable(std::string_view bytes) const {
    Decoding out;
    out.text.resize(bytes.size());
    std::transform(bytes.begin(), bytes.end(), out.text.begin(), [this](char b) {
      const auto byte = static_cast<unsigned char>(b);
      return byte < 0xA0 ? char16_t{byte} : table_->upper[byte - 0xA0];
    });
    return out;
  }

  icu::LocalUConverterPointer converter_;
  const ByteTable* table_ = nullptr;
};

std::string ToUtf8(std::u16string_view text) {
  std::string out;
  icu::UnicodeString(false, text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
  return out;
}

DecodedText Result(const Decoding& decoding, const Decoder& decoder) {
  return {ToUtf8(decoding.text), decoder.Name()};
}

// C0 controls other than tab and line or page breaks do not occur in text, but UTF-16 holds them
// wherever a character's other byte is 0x00-0x1F: in every ASCII character, in much of Cyrillic.
bool IsControlByte(char b) {
  return static_cast<unsigned char>(b) < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
}

bool HasControlBytes(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), IsControlByte);
}

bool IsAscii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char b) { return static_cast<unsigned char>(b) < 0x80; });
}

struct Bom {
  std::string_view bytes;
  const char* charset;
};
constexpr Bom kBoms[] = {
    {"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}};

// ---- Guessing ------------------------------------------------------------------------------

// Per character of a wholly valid UTF-8 decoding beyond ASCII: legacy text rarely forms valid
// multi-byte sequences by chance, and when it does ("WSPÓŁPRACY" in windows-1250 holds the
// sequence for "ӣ"), it forms few, and they read as odd letters.
constexpr int kValidUtf8 = 24;  // 2 nat

// The choice is made on this much of a file: thousands of letters settle it as surely as the
// whole, and a large file is not decoded with every candidate (16 candidates score 16 KiB in
// about 4 ms).
constexpr size_t kChoiceBytes = 16 * 1024;
// ... starting this far before the first byte that is not ASCII text (beyond ASCII, or a control
// byte of UTF-16): an ASCII header tells nothing.
constexpr size_t kChoiceContext = 256;

std::string_view ChoiceSample(std::string_view bytes) {
  const auto first = std::find_if(bytes.begin(), bytes.end(), [](char b) {
    return static_cast<unsigned char>(b) >= 0x80 || IsControlByte(b);
  });
  size_t start = static_cast<size_t>(first - bytes.begin());
  start = start > kChoiceContext ? start - kChoiceContext : 0;
  start &= ~size_t{1};  // UTF-16 without a BOM stays aligned
  return bytes.substr(start, kChoiceBytes);
}

int64_t Score(const Decoder& decoder, const Decoding& decoding) {
  int64_t score = Plausibility(decoding.text);
  if (decoder.IsUtf8() && decoding.errors == 0) {
    score += kValidUtf8 * std::count_if(decoding.text.begin(), decoding.text.end(),
                                        [](char16_t c) { return c >= 0x80 && !U16_IS_TRAIL(c); });
  }
  return score;
}

// The legacy candidates, commonest first within each script: on equal scores the earlier one
// wins, so of two charsets that give the same text (ISO-8859-2 and windows-1250 text without the
// letters they disagree on; Russian in KOI8-U and KOI8-R) the commoner is reported. A rarer code
// page also starts with a cost (in the score's 1/12 nat), its prior: when a stretch of text holds
// one letter that two pages read as two plausible letters, the commoner page is the better bet.
struct Candidate {
  const char* name;
  int prior_cost;
};
constexpr int kLessCommon = 12;  // 1 nat
constexpr int kRare = 24;        // 2 nat
constexpr Candidate kLegacyCandidates[] = {
    // Latin: Polish, then Lithuanian
    {"windows-1250", 0},
    {"ISO-8859-2", kLessCommon},
    {"IBM852", kLessCommon},
    {"x-mac-centraleurroman", kRare},
    {"ISO-8859-16", kRare},
    {"windows-1257", 0},
    {"ISO-8859-13", kLessCommon},
    {"ISO-8859-4", kRare},
    {"ISO-8859-10", kRare},
    // Cyrillic
    {"windows-1251", 0},
    {"KOI8-R", kLessCommon},
    {"IBM866", kLessCommon},
    {"KOI8-U", kRare},
    {"ISO-8859-5", kLessCommon},
    {"IBM855", kRare},
    {"x-mac-cyrillic", kRare}};

DecodedText Guess(std::string_view bytes) {
  std::vector<Candidate> candidates = {{"UTF-8", 0}};
  if (HasControlBytes(bytes))
    candidates.insert(candidates.end(), {{"UTF-16LE", 0}, {"UTF-16BE", 0}});
  candidates.insert(candidates.end(), std::begin(kLegacyCandidates), std::end(kLegacyCandidates));

  const std::string_view sample = ChoiceSample(bytes);
  const bool whole = sample.size() == bytes.size();
  const bool to_end = sample.end() == bytes.end();
  std::optional<Decoder> best;
  Decoding best_decoding;
  int64_t best_score = std::numeric_limits<int64_t>::min();
  for (const Candidate& candidate : candidates) {
    std::optional<Decoder> decoder = Decoder::Open(candidate.name);
    if (!decoder) continue;
    Decoding decoding = decoder->Decode(sample, to_end);
    const int64_t score = Score(*decoder, decoding) - candidate.prior_cost;
    if (score > best_score) {
      best_score = score;
      best = std::move(decoder);
      best_decoding = std::move(decoding);
    }
  }
  if (!best) throw std::runtime_error("ICU has no converters for plain text");
  return Result(whole ? best_decoding : best->Decode(bytes), *best);
}

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  for (const Bom& bom : kBoms) {
    if (bytes.starts_with(bom.bytes)) {
      const std::optional<Decoder> decoder = Decoder::Open(bom.charset);
      return Result(decoder->Decode(bytes.substr(bom.bytes.size())), *decoder);
    }
  }
  if (const std::optional<Decoder> decoder = Decoder::Open(declared)) {
    Decoding decoding = decoder->Decode(bytes);
    if (decoding.errors == 0) return Result(decoding, *decoder);
  }
  // Text in ASCII reads alike in every candidate.
  if (IsAscii(bytes) && !HasControlBytes(bytes)) return {std::string(bytes), "UTF-8"};
  return Guess(bytes);
}

std::string ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  const std::optional<Decoder> decoder = Decoder::Open(charset);
  if (!decoder) throw std::invalid_argument("unknown charset \"" + std::string(charset) + "\"");
  return ToUtf8(decoder->Decode(bytes).text);
}

}  // namespace twindex::extract
