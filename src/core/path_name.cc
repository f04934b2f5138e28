#include "core/path_name.h"

#include <unicode/utf8.h>

namespace twindex {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

void AppendEscapedByte(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 0xF];
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string PathName(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(path.data());
  const auto length = static_cast<int32_t>(path.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {  // ill-formed: escape the bytes U8_NEXT consumed, each on its own
      for (int32_t b = start; b < i; ++b) AppendEscapedByte(out, bytes[b]);
    } else if (c < 0x20 || c == 0x7F) {
      AppendEscapedByte(out, static_cast<unsigned char>(c));
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out.append(path.substr(start, i - start));
    }
  }
  return out;
}

std::string PathFromName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\\' && i + 1 < name.size() && name[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else if (name[i] == '\\' && i + 3 < name.size() && name[i + 1] == 'x' &&
               HexValue(name[i + 2]) >= 0 && HexValue(name[i + 3]) >= 0) {
      out += static_cast<char>(HexValue(name[i + 2]) * 16 + HexValue(name[i + 3]));
      i += 3;
    } else {
      out += name[i];
    }
  }
  return out;
}

}  // namespace twindex
