// The index schema, in one place (as Xapian Omega does): every term prefix, value slot and the
// formats of document data and user metadata. Nothing outside src/index/ spells a prefix.
//
// One Xapian document per page of a file. A hit has to name the page it matched on; with a
// document per page Xapian's own ranking picks the best page, and collapsing on the file key
// returns each file once with its best page. The cost is repeating the file's title and
// filter terms on each page, which is small next to the text.
//
// Page document
//   terms     unprefixed  words of the page text, exact form (text::AnalyzedWord::exact), with
//                         positions (phrases); title words too, at positions before the body.
//                         Each as its WordTerm (word_term.h): a Cyrillic word a byte a letter
//             S           exact words of the file's title (WordTerm)
//             XF<key>     the file this page belongs to (boolean; delete/replace a file by it,
//                         find its pages' text for `twindex show`). No term names the page: one
//                         unique term per page cost a postlist and a termlist entry each.
//             L<lang>     language of the page: pl, be, lt, ru, ... (boolean)
//             T<format>   pdf, text, docx, odt, html (boolean)
//             XD<yyyymmdd>  a date the page's file carries (boolean; --from/--to); dd=00 for a
//                         month without a day; also every day inside a range the text writes
//                         (page_document.h FilterDates)
//             XY<yyyy>    the page has an XD term of that year, and
//             XM<yyyymm>  of that month (boolean): a --from/--to range is whole years, whole
//                         months and the days at its ends (date_filter.h), not thousands of days
//             XC<geonames id>  a city the page's file mentions (boolean; --city)
//             XOCR        the page's text came from OCR (boolean; counted by stats)
//   values    kSlotFileKey  file key: collapse key, one hit per file
//             kSlotFacets   the file's language, city ids and date years,
//                           "l<lang> c<id> y<year> ..." (facets)
//             kSlotDate     the file's own date, "YYYYMMDD" ("" if none): search --sort date
//   data      JSON {"path","title","page","pages","lang","format","dates":[iso...],
//                   "cities":[id...],"text"}
//             (lang: the page's language)
//             where text is the page's cleaned text, kept for snippets
// Synonym table (form_links.h): a word's other forms, once per word rather than on every page
//   XA<folded>        -> exact words whose diacritic-free form it is
//   Z<lang>:<stem>    -> exact words of pages in <lang> with that (folded) stem
//   XR<roman>         -> exact (Cyrillic, capitalized) words with that ASCII romanization
//   XK<lang>:<exact>  -> "=" and the word's stems in <lang> joined by spaces ("=" alone: none),
//                        for the dictionary languages (known_stems.h)
// User metadata (values compressed with a dictionary of their JSON's skeleton:
// metadata_codec.h; glass does not compress user metadata)
//   F<key>           JSON FileRecord (file_record.h) for every file seen, indexed or failed
//   D<key>           JSON Document (core/document_json.h) of an indexed file without its pages'
//                    text (which the page documents hold): metadata, cities with their
//                    mentions, dates as written, per-page OCR details (`twindex show`)
//   schema_version   kSchemaVersion; a different value means a full rebuild is needed
//   ingest_shard     "K/N" (ingest_shard.h) in every database of an index last ingested with
//                    --shard K/N; absent for an index of a whole tree
// The file key is the hex XXH3-128 of the file's canonical path: fixed length (Xapian terms and
// metadata keys are limited to 245 bytes, paths are not) and stable across runs.
#pragma once

#include <string>
#include <string_view>

#include "core/hex.h"

namespace twindex::index::schema {

inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kFoldedPrefix = "XA";
inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kRomanizedPrefix = "XR";
inline constexpr std::string_view kKnownStemsPrefix = "XK";
inline constexpr std::string_view kFilePrefix = "XF";
inline constexpr std::string_view kLanguagePrefix = "L";
inline constexpr std::string_view kFormatPrefix = "T";
inline constexpr std::string_view kDatePrefix = "XD";
inline constexpr std::string_view kDateYearPrefix = "XY";
inline constexpr std::string_view kDateMonthPrefix = "XM";
inline constexpr std::string_view kCityPrefix = "XC";
inline constexpr std::string_view kOcrPageTerm = "XOCR";

inline constexpr unsigned kSlotFileKey = 0;
// (Slot 1 held the page number, which the document data holds too.)
inline constexpr unsigned kSlotFacets = 2;
inline constexpr unsigned kSlotDate = 3;

inline constexpr std::string_view kFileRecordKeyPrefix = "F";
inline constexpr std::string_view kDocumentKeyPrefix = "D";
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kSchemaVersion = "13";
inline constexpr std::string_view kIngestShardKey = "ingest_shard";

// Title words weigh more than body words: a title names what a document is about.
inline constexpr unsigned kTitleWdfBoost = 5;

std::string FileKey(std::string_view canonical_path);
// The same key as 128 bits (FileKey is their Hex128), for compact tables of files.
Hash128 FileKeyHash(std::string_view canonical_path);
inline std::string Prefixed(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term.append(value);
  return term;
}
inline std::string CityTerm(uint32_t id) { return Prefixed(kCityPrefix, std::to_string(id)); }
inline std::string FileTerm(std::string_view key) { return Prefixed(kFilePrefix, key); }
inline std::string FileRecordKey(std::string_view key) {
  return Prefixed(kFileRecordKeyPrefix, key);
}
inline std::string DocumentKey(std::string_view key) { return Prefixed(kDocumentKeyPrefix, key); }
inline std::string StemTerm(std::string_view language, std::string_view stem) {
  std::string term = Prefixed(kStemPrefix, language);
  term += ':';
  term.append(stem);
  return term;
}
inline std::string KnownStemsKey(std::string_view language, std::string_view exact) {
  std::string key = Prefixed(kKnownStemsPrefix, language);
  key += ':';
  key.append(exact);
  return key;
}
// "2017-04-27" -> "XD20170427", "2017-04" -> "XD20170400"; empty for anything else (a date
// without a year, "--04-27", cannot be placed in a range).
std::string DateTerm(std::string_view iso_date);
// The inverse: "XD20170427" -> "2017-04-27", "XD20170400" -> "2017-04".
std::string DateOfTerm(std::string_view term);
// The year and month terms of a date term: "XD20170427" -> "XY2017", "XM201704".
inline std::string DateYearTerm(std::string_view date_term) {
  return Prefixed(kDateYearPrefix, date_term.substr(kDatePrefix.size(), 4));
}
inline std::string DateMonthTerm(std::string_view date_term) {
  return Prefixed(kDateMonthPrefix, date_term.substr(kDatePrefix.size(), 6));
}

}  // namespace twindex::index::schema
