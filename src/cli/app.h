// The twindex command line: parses arguments, calls the pipeline or the index, prints.
// Exit codes: 0 ok; 2 usage error or bad query syntax; 3 some inputs failed but the rest was
// indexed; 1 fatal (index cannot be opened or written, nothing to do).
#pragma once

namespace twindex::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFatal = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSomeFailed = 3;

struct ExtractingCommands;  // extracting.h
struct ServeArgs;           // serving.h

// Parses argv and runs the command. `extracting` runs the commands that read documents; null in
// the front binary, which hands those to twindex-ingest before calling this (extracting.h).
// `serve` runs `twindex serve`; null in twindex-ingest (serving.h).
int Main(int argc, char** argv, const ExtractingCommands* extracting,
         int (*serve)(const ServeArgs&) = nullptr);

}  // namespace twindex::cli
