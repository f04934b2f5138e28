// Stub files: Xapian's way of naming several databases as one (a text file, one database a line;
// Xapian opens a directory holding a file named XAPIANDB as the stub in it). A sharded index
// (shards.h) is a directory with such a stub and its shard databases, so xapian-delve,
// xapian-compact and xapian-tcpsrv read it as one database. twindex parses the stub itself as
// well, to open each shard on its own: Xapian reads user metadata from the first database of a
// combined one only.
//
// Lines, as Xapian 1.4 reads them (its dbfactory.cc): "auto PATH" or "glass PATH" (a database on
// disk, PATH relative to the stub's directory), "remote HOST:PORT" (a database served by
// xapian-tcpsrv; an IPv6 host in brackets), blank lines and lines starting with '#'. The type
// ends at the first space; the rest of the line is the path. Xapian's other kinds ("remote
// :PROGRAM", "inmemory", "chert") are refused: twindex writes none of them.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::index {

struct StubEntry {
  enum class Kind { kLocal, kRemote } kind = Kind::kLocal;
  std::filesystem::path path;  // kLocal: absolute, or relative to the current directory
  std::string host;            // kRemote
  unsigned port = 0;           // kRemote
};

inline constexpr std::string_view kStubFileName = "XAPIANDB";

// The databases `text` names, in order; local paths resolved against `base` (the stub's
// directory). Throws IndexError naming the line for anything it does not understand.
std::vector<StubEntry> ParseStub(std::string_view text, const std::filesystem::path& base);

// The stub of local databases at these paths (relative to the stub's directory).
std::string StubText(const std::vector<std::string>& relative_paths);

}  // namespace twindex::index
