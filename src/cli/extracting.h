// The commands that read documents: ingest (and run), extract, and the extraction workers an
// ingest starts. They need extract/ and ocr/ (Poppler, Tesseract and some sixty libraries behind
// them), which search, stats and show never do, so they are linked into a binary of their own,
// twindex-ingest (src/main_ingest.cc). The twindex front (src/main.cc) runs it in its own place
// for them, so a search starts without loading any of that (~20 ms of dynamic linking).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "cli/ingest_args.h"
#include "pipeline/worker_process.h"

namespace twindex::cli {

struct ExtractArgs {
  std::string file;
  bool json = false;
  IngestArgs ocr;  // its [ocr] options
};

struct WorkerArgs {
  int fd = 3;
  bool zygote = false;
  pipeline::WorkerSettings settings;
  int64_t ocr_timeout_ms = 0;  // into settings.limits.ocr when it runs
  std::string ocr_cache;
};

// What cli::Main (app.h) calls for these commands; null in the front.
struct ExtractingCommands {
  int (*ingest)(const IngestArgs& args);  // also `run FILE`
  int (*extract)(const ExtractArgs& args);
  int (*worker)(WorkerArgs& args);  // returns when the worker is done; the caller exits
};

// The real ones (extracting.cc), linked into twindex-ingest only.
extern const ExtractingCommands kExtractingCommands;

// Whether argv asks for one of these commands: the first argument that is neither an option nor
// the value of --log-file (the one global option with a value) is the subcommand.
bool ReadsDocuments(int argc, char** argv);

// twindex-ingest beside the running binary (the build tree), else in ../lib/twindex/ (installed:
// /usr/bin/twindex, /usr/lib/twindex/twindex-ingest); empty if neither exists.
std::filesystem::path IngestBinary();

}  // namespace twindex::cli
