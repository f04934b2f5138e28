#include "pipeline/report.h"

#include <fmt/format.h>

#include "core/path_name.h"

namespace twindex::pipeline {

nlohmann::json ToJson(const IngestReport& r) {
  nlohmann::json failures = nlohmann::json::array();
  for (const Failure& f : r.failures)
    failures.push_back({{"path", PathName(f.path)}, {"reason", f.reason}});
  nlohmann::json warnings = nlohmann::json::array();
  for (const Failure& w : r.warnings)
    warnings.push_back({{"path", PathName(w.path)}, {"reason", w.reason}});
  return {{"started_at", r.started_at},
          {"shard", r.shard.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.shard)},
          {"seconds", r.seconds},
          {"stages",
           {{"walk", r.walk_seconds},
            {"extract_and_index", r.process_seconds},
            {"final_commit", r.commit_seconds},
            {"compaction", r.compact_seconds}}},
          {"interrupted", r.interrupted},
          {"compaction",
           {{"shards", r.compacted_shards},
            {"bytes_before", r.bytes_before_compaction},
            {"bytes_after", r.bytes_after_compaction}}},
          {"counts",
           {{"found", r.found},
            {"new", r.new_files},
            {"updated", r.updated},
            {"unchanged", r.unchanged},
            {"touched", r.touched},
            {"removed", r.removed},
            {"other_shards", r.other_shards},
            {"left_shard", r.left_shard},
            {"failed", r.failed},
            {"pages", r.pages},
            {"ocr_pages", r.ocr_pages}}},
          {"ocr_seconds", r.ocr_seconds},
          {"warnings", warnings},
          {"failures", std::move(failures)}};
}

std::string Summary(const IngestReport& r) {
  std::string shard;
  if (!r.shard.empty()) {
    shard = fmt::format("shard {}: ", r.shard);
    if (r.left_shard > 0)
      shard += fmt::format("{} files of other shards removed from the index; ", r.left_shard);
  }
  return fmt::format(
      "{}{}{} files{} in {:.1f} s: {} new, {} updated, {} unchanged, {} removed, {} failed ({} "
      "pages indexed, {} by OCR)",
      r.interrupted ? "interrupted; " : "", shard, r.found,
      r.shard.empty() ? "" : fmt::format(" (and {} of other shards)", r.other_shards), r.seconds,
      r.new_files, r.updated, r.unchanged, r.removed, r.failed, r.pages, r.ocr_pages);
}

}  // namespace twindex::pipeline
