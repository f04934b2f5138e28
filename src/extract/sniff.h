// Sniff: the format of a file from its first bytes (magic numbers), not its name. The name's
// extension only breaks ties a content check cannot (e.g. a zip that is neither DOCX nor ODT is
// kUnknown whatever it is called).
#pragma once

#include <string_view>

#include "core/document.h"

namespace twindex::extract {

// `head` is the start of the file (at least the first 4 KiB when the file is that long); for zip
// containers the whole file is needed to look at the member names, so pass all bytes you have.
Format Sniff(std::string_view bytes);

}  // namespace twindex::extract
