// Document: the plain data that flows one way through the pipeline.
//
// extract/ creates it (path, format, metadata, pages of raw text); text/ cleans the page text and
// sets the language; tag/ adds cities and dates; index/ writes it. Each stage only adds to it.
// The same struct crosses the pipe from an extraction worker process (see document_json.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace twindex {

enum class Format { kUnknown, kPdf, kText, kDocx, kOdt, kHtml, kTiff, kPng, kJpeg };

std::string_view FormatName(Format format);    // "pdf", "text", ...; "unknown"
Format FormatFromName(std::string_view name);  // inverse; kUnknown if not a name

struct Page {
  int number = 1;          // 1-based page number within the file
  std::string text;        // UTF-8
  bool ocr = false;        // text came from OCR rather than a text layer
  std::string language{};  // the page's own language (codes as Document::language); "" unknown
  // OCR only: Tesseract's languages ("pol", "bel+rus"), its mean word confidence (0-100), how
  // many degrees clockwise the page was turned to stand upright, the seconds OCR took (0 when
  // the page came from the OCR cache), and why a page that needed OCR has no text ("" if none).
  std::string ocr_languages{};
  int ocr_confidence = 0;
  int ocr_rotation = 0;
  double ocr_seconds = 0;
  std::string ocr_error{};
};

// A city the text mentions: its GeoNames id (tag/gazetteer.h) and how often.
struct CityRef {
  uint32_t id = 0;
  int mentions = 0;
};

// A calendar date in the text: ISO "YYYY-MM-DD", "YYYY-MM" or "--MM-DD", and the text it was.
struct DateRef {
  std::string iso;
  std::string text;
  bool year_inferred = false;  // the text gave no year with the date; its context did
  std::string through{};       // a range's first day: its last day (date_tagger.h); else ""
};

struct Document {
  std::string path;  // absolute, canonical path of the file
  Format format = Format::kUnknown;
  std::string title;  // from the file's metadata; may be empty
  std::string author;
  std::string created;   // ISO 8601 creation date from metadata, or empty
  std::string encoding;  // source character set for text formats, e.g. "windows-1250"
  std::vector<Page> pages;
  std::string language;         // "pl", "be", "lt", "ru", other ISO 639-1, or "" (undetermined):
                                // the language of most of the text
  std::vector<CityRef> cities;  // tag/: cities mentioned anywhere in the file, by id
  std::vector<DateRef> dates;   // tag/: dates in the text, in order of appearance
  std::string date;             // tag/: the document's own date, ISO "YYYY-MM-DD": its signing or
                     // publication date as its text gives it, else `created`; "" if neither
};

}  // namespace twindex
