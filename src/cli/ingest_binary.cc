// The half of extracting.h that the front needs: which commands go to twindex-ingest, and where
// it is. Kept apart from extracting.cc so the front links none of the pipeline.
#include <string_view>

#include "cli/extracting.h"

namespace twindex::cli {

bool ReadsDocuments(int argc, char** argv) {
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

std::filesystem::path IngestBinary() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const fs::path dir = self.parent_path();
  for (const fs::path& candidate :
       {dir / "twindex-ingest", dir.parent_path() / "lib" / "twindex" / "twindex-ingest"})
    if (fs::exists(candidate, ec)) return candidate;
  return {};
}

}  // namespace twindex::cli
