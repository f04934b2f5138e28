#include "index/stub_file.h"

#include <algorithm>
#include <charconv>

#include "index/errors.h"

namespace twindex::index {
namespace {

bool ParsePort(std::string_view text, unsigned& port) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  return ec == std::errc() && end == text.data() + text.size() && port > 0 && port < 65536;
}

}  // namespace

std::vector<StubEntry> ParseStub(std::string_view text, const std::filesystem::path& base) {
  std::vector<StubEntry> entries;
  int number = 0;
  for (size_t at = 0; at <= text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t space = std::min(line.find(' '), line.size());
    const std::string_view type = line.substr(0, space);
    const std::string_view rest = line.substr(std::min(space + 1, line.size()));
    auto bad = [&](const std::string& why) {
      return IndexError("stub line " + std::to_string(number) + " '" + std::string(line) +
                        "': " + why);
    };
    if (rest.empty()) throw bad("no database named");
    StubEntry entry;
    if (type == "auto" || type == "glass") {
      entry.path = base / std::filesystem::path(rest);
    } else if (type == "remote") {
      const size_t colon = rest.rfind(':');
      if (rest[0] == ':') throw bad("remote programs are not supported");
      if (colon == std::string_view::npos) throw bad("expected HOST:PORT");
      std::string_view host = rest.substr(0, colon);
      if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
      entry.kind = StubEntry::Kind::kRemote;
      entry.host = std::string(host);
      if (!ParsePort(rest.substr(colon + 1), entry.port)) throw bad("bad port");
    } else {
      throw bad("unknown database type (expected auto, glass or remote)");
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string StubText(const std::vector<std::string>& relative_paths) {
  std::string text;
  for (const std::string& path : relative_paths) text += "auto " + path + "\n";
  return text;
}

}  // namespace twindex::index
