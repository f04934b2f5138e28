// Html: the escaping every dynamic string goes through on its way into a page. Document text, file
// names, metadata and queries come from outside and may hold markup, quotes, `javascript:` or
// bidirectional-override characters: escaped, they show as the text they are.
#pragma once

#include <string>
#include <string_view>

namespace twindex::serve {

// For HTML text and quoted attribute values alike: & < > " ' as character references, and the
// bidirectional controls (U+202A-U+202E, U+2066-U+2069), which would reorder the text around
// them, as a visible "[U+202E]".
std::string Escape(std::string_view text);

// For one URL query component (a key or a value): every byte but unreserved ones (RFC 3986:
// A-Z a-z 0-9 - . _ ~) percent-encoded, so the result is safe in a query and in an attribute.
std::string UrlEncode(std::string_view component);

// Appends `item` to `list`, after `separator` unless `list` is empty.
void AppendJoined(std::string& list, std::string_view separator, std::string_view item);

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

}  // namespace twindex::serve
