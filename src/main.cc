// twindex, the front: search, stats, show, serve and help run here; the commands that read
// documents run in twindex-ingest, which this starts in its own place (cli/extracting.h), so a
// search loads none of the extraction libraries.
#include <errno.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/app.h"
#include "cli/extracting.h"
#include "cli/serving.h"

int main(int argc, char** argv) {
  if (twindex::cli::ReadsDocuments(argc, argv)) {
    const std::string ingest = twindex::cli::IngestBinary().string();
    if (ingest.empty()) {
      std::cerr << "twindex: cannot find twindex-ingest beside this binary or in ../lib/twindex/"
                << " (a broken install?)\n";
      return twindex::cli::kExitFatal;
    }
    // See main_ingest.cc for why Tesseract's OpenMP is limited.
    ::setenv("OMP_THREAD_LIMIT", "1", 0);
    ::execv(ingest.c_str(), argv);
    std::cerr << "twindex: cannot run " << ingest << ": " << std::strerror(errno) << "\n";
    return twindex::cli::kExitFatal;
  }
  return twindex::cli::Main(argc, argv, nullptr, twindex::cli::kServeCommand);
}
