// Cleanup: the basic text clean-up every page gets before indexing. NFC; soft hyphens removed;
// a word split by a hyphen at a line end joined ("partner-\nstwo" -> "partnerstwo\n"); spaces and
// tabs (including no-break and other Unicode spaces) collapsed to one space; line ends unified to
// "\n", trailing spaces dropped, runs of 3+ blank lines reduced to one blank line.
// (Issue 3 adds the full ICU normalization for terms; this keeps stored text readable.)
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace twindex::text {

std::string CleanText(std::string_view utf8);
void CleanDocument(Document& doc);  // CleanText on every page, title and author

}  // namespace twindex::text
