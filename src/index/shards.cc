#include "index/shards.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "index/errors.h"

namespace twindex::index {

unsigned ShardOf(std::string_view file_key, unsigned shards) {
  if (shards <= 1) return 0;
  // Eight hex digits of a uniform hash: uniform over any shard count up to kMaxShards.
  uint32_t n = 0;
  const std::string_view digits = file_key.substr(0, 8);
  std::from_chars(digits.data(), digits.data() + digits.size(), n, 16);
  return n % shards;
}

std::string ShardDirName(unsigned i) {
  char name[16];
  std::snprintf(name, sizeof name, "shard-%02u", i);
  return name;
}

std::optional<std::vector<StubEntry>> IndexShards(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path stub = dir / kStubFileName;
  if (fs::is_regular_file(stub, ec)) {
    std::ifstream in(stub);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) throw IndexError("cannot read " + stub.string());
    std::vector<StubEntry> entries = ParseStub(text.str(), dir);
    if (entries.empty()) throw IndexError(stub.string() + " names no database");
    return entries;
  }
  // Xapian's glass backend marks its directory with this file.
  if (fs::is_regular_file(dir / "iamglass", ec)) {
    StubEntry itself;
    itself.path = dir;
    return std::vector{itself};
  }
  return std::nullopt;
}

}  // namespace twindex::index
