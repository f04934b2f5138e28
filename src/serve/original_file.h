// OriginalFile: how /file/ID serves the original of an indexed file — found by its id in the
// index only (never a path from the request), a regular file, with a Content-Type from the
// format the index recorded. Formats a browser would run (HTML) are served as plain text.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "index/searcher.h"

namespace twindex::serve {

struct OriginalFile {
  std::filesystem::path path;
  uintmax_t size = 0;
  std::string content_type;
  std::string content_disposition;  // inline, with the file's name
};

// nullopt if `id` is not a file id the index holds, or its file is gone or not a regular file.
std::optional<OriginalFile> FindOriginal(const index::Searcher& searcher, const std::string& id);

}  // namespace twindex::serve
