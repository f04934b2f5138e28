// twindex-ingest: every twindex command, with the ones that read documents (ingest, run,
// extract, the extraction workers). The twindex front starts it for those (cli/extracting.h).
#include <unistd.h>

#include <cstdlib>

#include "cli/app.h"
#include "cli/extracting.h"

int main(int argc, char** argv) {
  // Tesseract parallelises inside a page with OpenMP threads, which made one page six times
  // slower in wall time on two cores; twindex runs pages in parallel instead. libgomp reads
  // OMP_THREAD_LIMIT once, when it loads, so a command that may OCR started directly (not
  // through the front, which sets it) starts again with it set.
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr && twindex::cli::ReadsDocuments(argc, argv)) {
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);  // returns only on failure: then run as we are
  }
  return twindex::cli::Main(argc, argv, &twindex::cli::kExtractingCommands);
}
