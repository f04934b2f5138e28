#include "serve/reply.h"

#include <algorithm>

#include "index/results_json.h"

namespace twindex::serve {

Reply JsonError(int status, std::string_view message) {
  return {status, "application/json", index::DumpCompact({{"error", message}})};
}

bool IsFileId(std::string_view id) {
  return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace twindex::serve
