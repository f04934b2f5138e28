// Cleanup: the basic text clean-up every page gets before indexing. Input is UTF-8 (ill-formed
// sequences become U+FFFD); output is NFC with
// - soft hyphens and control characters removed (tab counts as a space, form feed as a blank line);
// - a word split by a hyphen at a line end joined ("partner-\nstwo" -> "partnerstwo\n": the break
//   moves after the word), while hyphens within a line ("Polsko-Białoruskie") and dashes stay;
// - runs of spaces and tabs (including no-break and other Unicode spaces) collapsed to one space;
// - line ends unified to "\n", lines stripped of spaces at both ends, runs of blank lines reduced
//   to one, and the whole text trimmed.
// (Issue 3 adds the full ICU normalization for terms; this keeps stored text readable.)
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace twindex::text {

std::string CleanText(std::string_view utf8);
void CleanDocument(Document& doc);  // CleanText on every page, title and author

}  // namespace twindex::text
