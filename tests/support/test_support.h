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

// tests/data (or $TWINDEX_TEST_DATA).
std::filesystem::path TestDataDir();
// The repository's top directory (parent of tests/data).
std::filesystem::path SourceDir();

struct CommandResult {
  int exit_code = -1;  // exit status, or 128+signal
  std::string out;     // stdout
  std::string err;     // stderr
};
// Runs argv (argv[0] looked up in PATH unless it has a slash) with extra environment entries
// ("NAME=value"), no stdin, and captures its output.
CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::vector<std::string>& env = {});

// Starts argv in the background with stdout and stderr to `log` (appended), no stdin.
// Returns its pid; wait for it with Wait().
int Spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env,
          const std::filesystem::path& log);
// Waits for a Spawn()ed process; returns its exit code, or 128+signal.
int Wait(int pid);

// Path of the built twindex binary (or $TWINDEX_BIN).
std::filesystem::path TwindexBinary();

}  // namespace twindex::testing
