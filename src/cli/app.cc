#include "cli/app.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/common.h"
#include "cli/completion.h"
#include "cli/extracting.h"
#include "cli/ingest_args.h"
#include "cli/printer.h"
#include "cli/serving.h"
#include "extract/extractor.h"
#include "index/date_bound.h"
#include "index/errors.h"
#include "index/query_parser.h"
#include "index/searcher.h"
#include "index/sharded_writer.h"
#include "index/shards.h"
#include "pipeline/ingest_status.h"
#include "pipeline/run_history.h"
#include "serve/server.h"
#include "tag/gazetteer.h"
#include "text/tokenizer.h"

namespace twindex::cli {
namespace {

namespace fs = std::filesystem;

void AddIndexOption(CLI::App* command, std::string& index) {
  command->add_option("--index", index, "Index directory (default: $TWINDEX_INDEX or ./index)")
      ->type_name("DIR");
}

// --- ingest ---------------------------------------------------------------

void AddIngest(CLI::App& app, IngestArgs& a) {
  auto* cmd = app.add_subcommand("ingest", "Index the documents under PATH... (incremental)");
  AddIngestFlags(cmd, a);
  cmd->get_option("PATH")->required();
}

// --- search ---------------------------------------------------------------

struct SearchArgs {
  std::vector<std::string> words;
  std::string index, lang, from, to;
  std::vector<std::string> cities;
  size_t limit = 10;
  bool json = false;
  bool exact = false;
  bool facets = false;
  std::string sort = "relevance";
};

void AddSearch(CLI::App& app, SearchArgs& a) {
  auto* cmd = app.add_subcommand("search", "Search the index");
  cmd->add_option("QUERY", a.words,
                  "Words; \"a phrase\" (also one argument of plain words); OR; -word or NOT word; "
                  "title:word; ( )");
  AddIndexOption(cmd, a.index);
  // One value per --city (repeat the flag for more): the words after it stay query words.
  cmd->add_option("--city", a.cities, "Only documents mentioning this city (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--lang", a.lang, "Only documents in this language")
      ->check(CLI::IsMember({"pl", "be", "lt", "ru"}));
  cmd->add_option("--from", a.from, "Only documents with a date on or after (YYYY[-MM[-DD]])");
  cmd->add_option("--to", a.to, "Only documents with a date on or before (YYYY[-MM[-DD]])");
  cmd->add_option("--limit,-n", a.limit, "Number of hits")
      ->check(CLI::Range(size_t{1}, size_t{10000}));
  cmd->add_option("--sort", a.sort,
                  "relevance (default), or date: newest document date first (signing or "
                  "publication date)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_flag("--json", a.json, "Print JSON");
  cmd->add_flag("--facets", a.facets,
                "Also list the cities and years that most files of the whole result set carry");
  cmd->add_flag(
      "--exact", a.exact,
      "Match words only as typed (any case): no other inflections, diacritics or scripts");
}

std::string DateBound(const std::string& text, bool upper, const char* flag) {
  if (text.empty()) return {};
  auto bound = index::ParseDateBound(text, upper);
  if (!bound)
    throw UsageError(std::string(flag) + ": not a valid date: '" + text +
                     "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
  return *bound;
}

// The language ("en", "pl", "be", "lt", "ru") whose name of one of `ids` `name` is (any case),
// "" if it is none of them as written (an inflected form, say).
std::string_view NameLanguage(const std::string& name, const std::vector<uint32_t>& ids) {
  const std::string folded = text::FoldCase(name);
  for (uint32_t id : ids)
    if (const tag::City* city = tag::Gazetteer::Default().Find(id))
      for (size_t i = 0; i < tag::kNameLanguages; ++i)
        if (!city->name(i).empty() && text::FoldCase(city->name(i)) == folded)
          return tag::kNameLanguage[i];
  return "";
}

int RunSearch(const SearchArgs& a) {
  index::SearchRequest request;
  request.query = index::QueryFromArguments(a.words);
  request.language = a.lang;
  request.date_from = DateBound(a.from, false, "--from");
  request.date_to = DateBound(a.to, true, "--to");
  if (!request.date_from.empty() && !request.date_to.empty() && request.date_from > request.date_to)
    throw UsageError("--from is after --to");
  request.limit = a.limit;
  request.exact = a.exact;
  if (a.facets) request.facets = 10;
  if (a.sort == "date") request.sort = index::SearchRequest::Sort::kDate;
  index::Searcher searcher(IndexDir(a.index));
  std::string_view names_language;  // hits name their cities in the language of the first --city
  for (const std::string& name : a.cities) {
    std::vector<uint32_t> ids = searcher.CitiesNamed(name);
    if (ids.empty())
      throw UsageError("--city: " + tag::Gazetteer::Default().UnknownCityMessage(name));
    if (names_language.empty()) names_language = NameLanguage(name, ids);
    request.cities.push_back(std::move(ids));
  }
  index::SearchResults results = searcher.Search(request);
  if (a.json)
    std::cout << Dump(index::SearchJson(request.query, results)) << "\n";
  else
    std::cout << SearchText(results, isatty(STDOUT_FILENO), names_language);
  return kExitOk;
}

// --- extract, stats, worker ------------------------------------------------

struct StatsArgs {
  std::string index;
  bool json = false;
};

int RunStats(const StatsArgs& a) {
  const fs::path dir = IndexDir(a.index);
  const std::optional<pipeline::IngestStatus> running = pipeline::RunningIngest(dir);
  index::IndexStats stats = index::Searcher(dir).Stats();
  const std::vector<nlohmann::json> runs = pipeline::LoadRuns(dir, 5);
  if (a.json) {
    nlohmann::json j = index::StatsJson(stats);
    j["ingest_running"] = IngestStatusJson(running);
    j["last_runs"] = RunsJson(runs);
    std::cout << Dump(j) << "\n";
  } else {
    std::cout << IngestStatusText(running) << StatsText(stats) << RunsText(runs);
  }
  return kExitOk;
}

struct CompactArgs {
  std::string index;
  bool wait = false;
};

// Compacts every shard now (ingest does it by itself when due: index/compaction.h).
int RunCompact(const CompactArgs& a) {
  const fs::path dir = IndexDir(a.index);
  if (!index::IndexShards(dir)) throw UsageError("no index at " + dir.string());
  index::ShardedWriter writer(
      dir, 0, a.wait ? index::IndexWriter::LockMode::kWait : index::IndexWriter::LockMode::kFail);
  const index::CompactionReport r = writer.Compact(index::CompactWhen::kAlways);
  std::cout << fmt::format("compacted {} shards in {:.1f} s: {:.1f} MB -> {:.1f} MB\n", r.shards,
                           r.seconds, r.bytes_before / 1e6, r.bytes_after / 1e6);
  return kExitOk;
}

struct ShowArgs {
  std::string file;
  std::string index;
  size_t lines = 10;
  bool json = false;
};

void AddShow(CLI::App& app, ShowArgs& a) {
  auto* cmd = app.add_subcommand("show", "Show what the index holds for one file");
  cmd->add_option("FILE", a.file,
                  "The file: its path, or its id (as search --json prints it; the first digits "
                  "will do)")
      ->required();
  AddIndexOption(cmd, a.index);
  cmd->add_option("--lines", a.lines, "Lines of text to show (0: all of it)");
  cmd->add_flag("--json", a.json, "Print JSON");
}

int RunShow(const ShowArgs& a) {
  index::Searcher searcher(IndexDir(a.index));
  const std::vector<std::string> ids = searcher.FileIds(a.file);
  if (ids.empty()) throw UsageError("not in the index: " + a.file);
  if (ids.size() > 1)
    throw UsageError("'" + a.file + "' is the start of " + std::to_string(ids.size()) +
                     " files' ids: give more of it");
  const std::optional<index::StoredFile> file = searcher.File(ids.front());
  if (!file) throw UsageError("not in the index: " + a.file);
  if (a.json)
    std::cout << Dump(index::ShowJson(*file, a.lines)) << "\n";
  else
    std::cout << ShowText(*file, a.lines);
  return kExitOk;
}

// --- serve ------------------------------------------------------------------

void AddServe(CLI::App& app, ServeArgs& a) {
  auto* cmd = app.add_subcommand(
      "serve", "Serve the search page and its JSON API over HTTP (read-only; see the README)");
  AddIndexOption(cmd, a.index);
  cmd->add_option("--listen", a.listen,
                  "Address and port to listen on (default 127.0.0.1:8080: this machine only)")
      ->type_name("ADDR:PORT");
  cmd->add_option("--threads", a.threads,
                  "Requests answered at once (default 32; a kept-alive connection holds one)")
      ->check(CLI::Range(size_t{1}, size_t{256}));
  a.cache_mb = serve::kDefaultCacheMb;
  cmd->add_option("--cache-mb", a.cache_mb,
                  "Megabytes of recent searches' answers kept, so that a search asked again is "
                  "answered at once (default " +
                      std::to_string(serve::kDefaultCacheMb) + "; 0: none)")
      ->check(CLI::Range(size_t{0}, size_t{65536}));
  cmd->add_option("--base-url", a.base_url,
                  "Path prefix a reverse proxy serves the pages under, e.g. /archive")
      ->type_name("PATH");
}

int RunServe(const ServeArgs& a, int (*serve)(const ServeArgs&)) {
  if (serve == nullptr) throw UsageError("serve: run it as `twindex serve` (the front binary)");
  // Opening the index is the server's first step; a missing one is said here, plainly.
  const fs::path dir = IndexDir(a.index);
  if (!index::IndexShards(dir))
    throw index::IndexError("no index at " + dir.string() + " (run `twindex ingest` first)");
  return serve(a);
}

}  // namespace

int Main(int argc, char** argv, const ExtractingCommands* extracting,
         int (*serve)(const ServeArgs&)) {
  CLI::App app{"twindex: index and search archives of city-partnership documents"};
  app.require_subcommand(1);
  app.fallthrough();  // -v, -q, --log-file also after the subcommand
  LogOptions log;
  app.add_flag("-v,--verbose", log.verbosity, "More detail in the log");
  app.add_flag("-q,--quiet", log.quiet, "Only warnings and errors");
  app.add_option("--log-file", log.file, "Also write the log to this file")->type_name("FILE");
  app.set_version_flag("--version", std::string("twindex ") + TWINDEX_VERSION);

  IngestArgs ingest;
  AddIngest(app, ingest);
  std::string pipeline_file;
  auto* run_cmd = app.add_subcommand(
      "run", "Run the ingest a pipeline file describes (pipelines/*.toml; see the README)");
  bool list_keys = false;
  run_cmd->add_option("FILE", pipeline_file, "The pipeline file");
  run_cmd->add_flag("--keys", list_keys,
                    "Print every key a pipeline file may set, with its default");
  SearchArgs search;
  AddSearch(app, search);
  ExtractArgs extract;
  auto* extract_cmd = app.add_subcommand("extract", "Show what twindex reads from FILE (no index)");
  extract_cmd->add_option("FILE", extract.file, "The file")->required();
  extract_cmd->add_flag("--json", extract.json, "Print JSON");
  AddIngestFlags(extract_cmd, extract.ocr, "ocr");
  StatsArgs stats;
  auto* stats_cmd = app.add_subcommand("stats", "Summarise an index");
  AddIndexOption(stats_cmd, stats.index);
  stats_cmd->add_flag("--json", stats.json, "Print JSON");
  ShowArgs show;
  AddShow(app, show);
  ServeArgs serve_args;
  AddServe(app, serve_args);
  CompactArgs compact;
  auto* compact_cmd = app.add_subcommand(
      "compact", "Rewrite the index at about half its size (ingest does it when due)");
  AddIndexOption(compact_cmd, compact.index);
  compact_cmd->add_flag("--wait", compact.wait,
                        "Wait for an ingest on the index instead of failing");
  auto* completion_cmd = app.add_subcommand("__bash-completion", "")->group("");  // for install
  WorkerArgs worker;
  auto* worker_cmd = app.add_subcommand("__extract-worker", "")->group("");  // internal
  worker_cmd->add_option("--fd", worker.fd);
  worker_cmd->add_flag("--zygote", worker.zygote);
  worker_cmd->add_option("--max-size", worker.settings.limits.max_file_size);
  worker_cmd->add_option("--memory-limit", worker.settings.memory_limit);
  auto& worker_ocr = worker.settings.limits.ocr;
  worker.ocr_timeout_ms = worker_ocr.page_timeout.count();
  worker_cmd->add_option("--ocr-lang", worker_ocr.languages);
  worker_cmd->add_option("--ocr-dpi", worker_ocr.dpi);
  worker_cmd->add_option("--ocr-timeout-ms", worker.ocr_timeout_ms);
  worker_cmd->add_option("--max-pixels", worker_ocr.max_pixels);
  worker_cmd->add_option("--text-layer-min-letters", worker_ocr.min_text_letters);
  worker_cmd->add_option("--ocr-cache", worker.ocr_cache);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (completion_cmd->parsed()) {
    std::cout << BashCompletion(app);
    return kExitOk;
  }
  // The front starts twindex-ingest before it gets here for these (main.cc).
  const bool reads_documents = worker_cmd->parsed() || app.got_subcommand("ingest") ||
                               app.got_subcommand("run") || app.got_subcommand("extract");
  if (reads_documents && extracting == nullptr) {
    std::cerr << "twindex: internal error: this binary cannot read documents\n";
    return kExitFatal;
  }
  if (worker_cmd->parsed()) {
    // Straight out: freeing the dictionaries and the gazetteer would only cost time (~0.05 s).
    std::_Exit(extracting->worker(worker));
  }

  try {
    SetUpLogging(log);
    if (app.got_subcommand("ingest")) return extracting->ingest(ingest);
    if (app.got_subcommand("run")) {
      if (list_keys) {
        std::cout << PipelineKeysHelp();
        return kExitOk;
      }
      if (pipeline_file.empty()) throw UsageError("run: a pipeline file is needed");
      IngestArgs from_file;
      ReadPipelineFile(pipeline_file, from_file);
      return extracting->ingest(from_file);
    }
    if (app.got_subcommand("search")) return RunSearch(search);
    if (app.got_subcommand("extract")) return extracting->extract(extract);
    if (app.got_subcommand("stats")) return RunStats(stats);
    if (app.got_subcommand("show")) return RunShow(show);
    if (app.got_subcommand("compact")) return RunCompact(compact);
    if (app.got_subcommand("serve")) return RunServe(serve_args, serve);
  } catch (const UsageError& e) {
    spdlog::error("{}", e.what());
    return kExitUsage;
  } catch (const index::QuerySyntaxError& e) {
    spdlog::error("bad query: {}", e.what());
    return kExitUsage;
  } catch (const serve::ServeOptionsError& e) {
    spdlog::error("{}", e.what());
    return kExitUsage;
  } catch (const extract::ExtractError& e) {
    spdlog::error("{}: {}", extract.file, e.what());
    return kExitFatal;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return kExitFatal;
  }
  return kExitUsage;
}

}  // namespace twindex::cli
