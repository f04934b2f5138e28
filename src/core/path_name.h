// PathName: a file path as text. On Linux a path is bytes, and archives copied from old Windows
// shares hold names in Latin-1, windows-1250 or windows-1251 that are not valid UTF-8; a name may
// even hold a newline. twindex keeps paths as their bytes in memory and opens files by them; where
// a path becomes text (JSON, plain output, the index's stored records, logs) it is written as its
// name, a lossless escape that is valid UTF-8 and one line:
//   a byte that is not part of valid UTF-8    -> \xHH (two upper-case hex digits)
//   a control character (0x00-0x1F, 0x7F)     -> \xHH (a newline is \x0A)
//   a backslash                               -> \\ (doubled)
// Everything else is written as it is, so a UTF-8 name without backslashes or control characters
// is its own name. PathFromName reverses it exactly; a backslash followed by anything else is
// taken as itself, so a name typed by hand with a lone backslash still means that path.
#pragma once

#include <string>
#include <string_view>

namespace twindex {

std::string PathName(std::string_view path_bytes);
std::string PathFromName(std::string_view name);

}  // namespace twindex
