// `twindex serve`: what cli::Main (app.h) calls for it. Like the commands that read documents
// (extracting.h), it is linked only into the binary that runs it — the twindex front, whose
// main.cc passes kServeCommand — so twindex-ingest carries no HTTP server.
#pragma once

#include <cstddef>
#include <string>

namespace twindex::cli {

struct ServeArgs {
  std::string index;  // as --index (common.h: IndexDir)
  std::string listen = "127.0.0.1:8080";
  size_t threads = 0;
  std::string base_url;
  size_t cache_mb = 0;  // as --cache-mb (its default: serve::kDefaultCacheMb)
};

using ServeCommand = int (*)(const ServeArgs& args);

// Runs serve::Run (serve/server.h) until SIGINT or SIGTERM (serving.cc).
extern const ServeCommand kServeCommand;

}  // namespace twindex::cli
