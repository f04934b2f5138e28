// Helpers shared by the tests: scratch directories, file I/O, running the twindex binary.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace twindex::testing {

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& bytes);

// tests/data, from the TWINDEX_TEST_DATA environment variable set by CTest.
std::filesystem::path TestDataDir();
// The repository's top directory (parent of tests/data).
std::filesystem::path SourceDir();

struct CommandResult {
  int exit_code = -1;   // exit status, or 128+signal
  std::string out;      // stdout
  std::string err;      // stderr
};
// Runs argv (argv[0] looked up in PATH unless it has a slash) with extra environment entries
// ("NAME=value"), no stdin, and captures its output.
CommandResult Run(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});

// Path of the built twindex binary (TWINDEX_BIN, set by CTest).
std::filesystem::path TwindexBinary();

}  // namespace twindex::testing
