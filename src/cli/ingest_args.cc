#include "cli/ingest_args.h"

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>
#include <thread>
#include <variant>

#include "index/ingest_shard.h"
#include "pipeline/ingest.h"

namespace twindex::cli {
namespace {

namespace fs = std::filesystem;

// (size_t is uint64_t here, so one alternative serves both.)
using Target = std::variant<std::vector<std::string>*, std::string*, bool*, unsigned*, int*,
                            uint64_t*, double*>;

struct Option {
  const char* section;  // in a pipeline file
  const char* key;
  const char* flag;  // of `twindex ingest`; "PATH" is the positional argument
  const char* help;
  Target target;
  // "FILE", "DIR" or "PATH" (either) for a path, which a pipeline file gives relative to its own
  // folder; the flag's type in --help and in shell completion.
  const char* path_type = nullptr;
  const char* value_name = nullptr;  // the value's name in --help where it is not a path
};

// The one definition of every ingest option.
std::vector<Option> Options(IngestArgs& a) {
  return {
      {"sources", "paths", "PATH", "Folders or files to ingest", &a.paths, "PATH"},
      {"sources", "include", "--include",
       "Only files matching one of these patterns (path below its folder; * also crosses /)",
       &a.include},
      {"sources", "exclude", "--exclude", "Skip files and folders matching one of these patterns",
       &a.exclude},
      {"sources", "follow_symlinks", "--follow-symlinks",
       "Follow symbolic links below the folders (--follow-symlinks=false: skip them)",
       &a.follow_symlinks},
      {"sources", "max_file_size_mib", "--max-size", "Skip files larger than this, MiB",
       &a.max_size_mb},
      {"sources", "shard", "--shard",
       "Take only shard K of N of the files, given as K/N (K from 0 to N-1), so that N machines "
       "ingest the same folders into N indexes without overlap; a file's shard is a hash of its "
       "path below its folder, the same wherever the folder is mounted",
       &a.shard, nullptr, "K/N"},
      {"index", "path", "--index", "Index directory (default: $TWINDEX_INDEX or ./index)", &a.index,
       "DIR"},
      {"index", "commit_every", "--commit-every",
       "Commit after this many files (also every 10 s): work lost to a crash at most",
       &a.commit_every},
      {"index", "memory_budget_mib", "--memory-budget",
       "Memory of the writer's buffers (files waiting, the batch before a commit, word forms "
       "remembered), MiB: the ingest stays within it at any archive size",
       &a.memory_budget_mb},
      {"index", "shards", "--shards",
       "Databases a new index is split into, written in parallel and searched as one (0: the "
       "default, 4); an existing index keeps its own number",
       &a.shards},
      {"index", "compact", "--compact",
       "After the run, compact the index (about half its size): auto (a shard never compacted, or "
       "grown by half since), always, never",
       &a.compact},
      {"index", "wait_for_lock", "--wait",
       "Wait for another ingest on the index instead of failing", &a.wait},
      {"index", "full", "--full", "Re-extract every file, not only new and changed ones", &a.full},
      {"index", "retry_failed", "--retry-failed",
       "Try again the files that failed before, even if unchanged (else only once they change)",
       &a.retry_failed},
      {"extraction", "jobs", "--jobs,-j", "Extraction processes at once (default: cores)", &a.jobs},
      {"extraction", "timeout_s", "--timeout", "Time limit per file, seconds", &a.timeout_s},
      {"extraction", "memory_limit_mib", "--memory-limit",
       "Address-space limit per extraction process, MiB (0 = none)", &a.memory_limit_mb},
      {"ocr", "languages", "--ocr-lang",
       "OCR in these Tesseract languages, e.g. pol or rus+bel (default: chosen per page from its "
       "script and the document's language)",
       &a.ocr_languages},
      {"ocr", "dpi", "--ocr-dpi", "Resolution PDF pages are rendered at for OCR", &a.ocr_dpi},
      {"ocr", "page_timeout_s", "--ocr-timeout", "Time limit of OCR per page, seconds",
       &a.ocr_timeout_s},
      {"ocr", "max_megapixels", "--max-pixels",
       "Refuse page images larger than this, millions of pixels", &a.max_megapixels},
      {"ocr", "text_layer_min_letters", "--text-layer-min-letters",
       "A PDF page with fewer Latin or Cyrillic letters than this is OCR'd (or when under half "
       "its characters are letters)",
       &a.text_layer_min_letters},
      {"ocr", "cache", "--ocr-cache",
       "Folder of OCR results to reuse (default: $TWINDEX_OCR_CACHE, else the index's ocr-cache "
       "folder)",
       &a.ocr_cache, "DIR"},
      {"run", "report", "--report", "Also write the run's JSON report to this file", &a.report,
       "FILE"},
      {"run", "keep_reports", "--keep-reports",
       "Reports of past runs kept in the index's runs/ folder", &a.keep_reports},
      {"run", "log_file", "--log",
       "Also log to this file, rotated at 10 MiB, three kept (the global --log-file does the "
       "same for any command)",
       &a.log_file, "FILE"},
  };
}

const char* TypeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "true or false";
    default:
      return "a date or time";
  }
}

std::string Where(const fs::path& file, const toml::node& node, const std::string& key) {
  return file.string() + ":" + std::to_string(node.source().begin.line) + ": " + key + ": ";
}

// Sets `target` from `node`, or throws UsageError naming the file, line and key.
void Assign(const Option& o, const toml::node& node, const fs::path& file) {
  const std::string key = std::string(o.section) + "." + o.key;
  auto wrong = [&](const char* expected) {
    throw UsageError(Where(file, node, key) + "expected " + expected + ", got " +
                     TypeName(node.type()));
  };
  const fs::path base = file.parent_path();
  auto resolve = [&](std::string value) {
    if (o.path_type != nullptr && !value.empty() && fs::path(value).is_relative())
      value = (base / value).lexically_normal().string();
    return value;
  };
  std::visit(
      [&](auto* target) {
        using T = std::remove_pointer_t<decltype(target)>;
        if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          const toml::array* array = node.as_array();
          if (!array) wrong("an array of strings");
          target->clear();
          for (const toml::node& item : *array) {
            if (!item.is_string()) wrong("an array of strings");
            target->push_back(resolve(item.as_string()->get()));
          }
        } else if constexpr (std::is_same_v<T, std::string>) {
          if (!node.is_string()) wrong("a string");
          *target = resolve(node.as_string()->get());
        } else if constexpr (std::is_same_v<T, bool>) {
          if (!node.is_boolean()) wrong("true or false");
          *target = node.as_boolean()->get();
        } else if constexpr (std::is_same_v<T, double>) {
          if (!node.is_number()) wrong("a number");
          *target = node.value<double>().value_or(0);
          if (*target <= 0) throw UsageError(Where(file, node, key) + "must be positive");
        } else {
          if (!node.is_integer()) wrong("an integer");
          const int64_t v = node.as_integer()->get();
          if (v < 0) throw UsageError(Where(file, node, key) + "must not be negative");
          *target = static_cast<T>(v);
        }
      },
      o.target);
}

}  // namespace

IngestArgs::IngestArgs() {
  const pipeline::IngestOptions d;
  jobs = std::max(1u, std::thread::hardware_concurrency());
  timeout_s = d.timeout.count() / 1000.0;
  max_size_mb = d.worker.limits.max_file_size >> 20;
  memory_limit_mb = d.worker.memory_limit >> 20;
  memory_budget_mb = d.memory_budget >> 20;
  commit_every = d.commit_every_files;
  ocr_dpi = d.worker.limits.ocr.dpi;
  ocr_timeout_s = d.worker.limits.ocr.page_timeout.count() / 1000.0;
  max_megapixels = d.worker.limits.ocr.max_pixels / 1'000'000;
  text_layer_min_letters = d.worker.limits.ocr.min_text_letters;
}

void AddIngestFlags(CLI::App* command, IngestArgs& args, std::string_view section) {
  for (const Option& o : Options(args)) {
    if (!section.empty() && section != o.section) continue;
    std::visit(
        [&](auto* target) {
          using T = std::remove_pointer_t<decltype(target)>;
          if constexpr (std::is_same_v<T, bool>) {
            command->add_flag(o.flag, *target, o.help);
          } else {
            CLI::Option* option = command->add_option(o.flag, *target, o.help);
            // One value per flag, also for the repeatable ones: the paths after it stay paths.
            if (o.flag[0] == '-') option->allow_extra_args(false);
            if (o.path_type != nullptr) option->type_name(o.path_type);
            if (o.value_name != nullptr) option->type_name(o.value_name);
          }
        },
        o.target);
  }
}

void ReadPipelineFile(const fs::path& file, IngestArgs& args) {
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  } catch (const std::exception& e) {
    throw UsageError(file.string() + ": " + e.what());
  }
  const std::vector<Option> options = Options(args);
  for (const auto& [section, content] : table) {
    const std::string name(section.str());
    const toml::table* keys = content.as_table();
    const bool known = std::any_of(options.begin(), options.end(),
                                   [&](const Option& o) { return name == o.section; });
    if (!keys || !known)
      throw UsageError(file.string() + ":" + std::to_string(content.source().begin.line) +
                       ": unknown section '" + name +
                       "' (sections: sources, index, extraction, ocr, run)");
    for (const auto& [key, value] : *keys) {
      auto it = std::find_if(options.begin(), options.end(), [&](const Option& o) {
        return name == o.section && key.str() == o.key;
      });
      if (it == options.end())
        throw UsageError(Where(file, value, name + "." + std::string(key.str())) + "unknown key");
      Assign(*it, value, file);
      if (std::string_view(it->key) == "shard" && !args.shard.empty()) {
        try {
          index::ParseIngestShard(args.shard);
        } catch (const std::invalid_argument& e) {
          throw UsageError(Where(file, value, "sources.shard") + e.what());
        }
      }
      if (std::string_view(it->key) == "paths")  // each must exist
        for (const std::string& p : args.paths)
          if (std::error_code ec; !fs::exists(p, ec))
            throw UsageError(Where(file, value, "sources.paths") +
                             "no such file or directory: " + p);
    }
  }
  if (args.paths.empty()) throw UsageError(file.string() + ": sources.paths: no folder given");
}

std::string PipelineKeysHelp() {
  IngestArgs a;
  std::string out;
  std::string section;
  for (const Option& o : Options(a)) {
    if (section != o.section) out += std::string(out.empty() ? "" : "\n") + "[" + o.section + "]\n";
    section = o.section;
    std::string value = std::visit(
        [](auto* target) -> std::string {
          using T = std::remove_pointer_t<decltype(target)>;
          if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            return "[]";
          } else if constexpr (std::is_same_v<T, std::string>) {
            return "\"" + *target + "\"";
          } else if constexpr (std::is_same_v<T, bool>) {
            return *target ? "true" : "false";
          } else {
            std::ostringstream s;
            s << *target;
            return s.str();
          }
        },
        o.target);
    out += std::string(o.key) + " = " + value + "    # " + o.flag + ": " + o.help + "\n";
  }
  return out;
}

}  // namespace twindex::cli
