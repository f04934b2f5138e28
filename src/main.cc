#include <unistd.h>

#include <cstdlib>
#include <string_view>

#include "cli/app.h"

namespace {

// Whether the command may run Tesseract: the first argument that is neither an option nor the
// value of --log-file (the one global option with a value) is the subcommand.
bool MayRunOcr(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--log-file") {
      ++i;
      continue;
    }
    if (arg.starts_with('-')) continue;
    return arg == "ingest" || arg == "run" || arg == "extract" || arg == "__extract-worker";
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  // Tesseract parallelises inside a page with OpenMP threads, which made one page six times
  // slower in wall time on two cores; twindex runs pages in parallel instead. libgomp reads
  // OMP_THREAD_LIMIT once, when it loads, so a command that may OCR starts again with it set
  // (search, show and stats do not pay for a second start).
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr && MayRunOcr(argc, argv)) {
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);  // returns only on failure: then run as we are
  }
  return twindex::cli::Main(argc, argv);
}
