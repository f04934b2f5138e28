#include "index/compaction.h"

#include <xapian.h>

#include <charconv>
#include <fstream>

#include "index/errors.h"

namespace twindex::index {
namespace {

namespace fs = std::filesystem;

// Inside a compacted shard's directory (Xapian ignores files it does not know): its size when
// it was made.
constexpr std::string_view kCompactedBytesFile = "twindex-compacted-bytes";

}  // namespace

std::optional<CompactWhen> CompactWhenNamed(std::string_view name) {
  if (name == "never") return CompactWhen::kNever;
  if (name == "auto") return CompactWhen::kAuto;
  if (name == "always") return CompactWhen::kAlways;
  return std::nullopt;
}

uintmax_t DatabaseBytes(const fs::path& dir) {
  uintmax_t bytes = 0;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::end(it); it.increment(ec))
    if (std::error_code size_ec; it->is_regular_file(size_ec)) {
      const uintmax_t size = it->file_size(size_ec);
      if (!size_ec) bytes += size;
    }
  return bytes;
}

bool CompactionDue(const fs::path& dir, CompactWhen when) {
  if (when != CompactWhen::kAuto) return when == CompactWhen::kAlways;
  std::ifstream in(dir / kCompactedBytesFile);
  uintmax_t compacted = 0;
  if (!(in >> compacted) || compacted == 0) return true;
  return static_cast<double>(DatabaseBytes(dir)) >= kRegrowth * static_cast<double>(compacted);
}

std::string CompactedName(std::string_view name) {
  const size_t dot = name.rfind('.');
  unsigned generation = 0;
  if (dot != std::string_view::npos) {
    const std::string_view digits = name.substr(dot + 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), generation);
    if (error == std::errc() && end == digits.data() + digits.size() && !digits.empty())
      name = name.substr(0, dot);
    else
      generation = 0;
  }
  return std::string(name) + "." + std::to_string(generation + 1);
}

void CompactDatabase(const fs::path& from, const fs::path& to) {
  try {
    Xapian::Database(from.string()).compact(to.string(), Xapian::DBCOMPACT_NO_RENUMBER);
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot compact " + from.string() + ": " + e.get_description());
  }
  std::ofstream out(to / kCompactedBytesFile, std::ios::trunc);
  out << DatabaseBytes(to) << '\n';
  out.flush();
  if (!out) throw IndexError("cannot write in " + to.string());
}

}  // namespace twindex::index
