#include "cli/app.h"

#include <signal.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/completion.h"
#include "cli/ingest_args.h"
#include "cli/printer.h"
#include "extract/extractor.h"
#include "index/date_bound.h"
#include "index/errors.h"
#include "index/query_parser.h"
#include "index/searcher.h"
#include "pipeline/ingest.h"
#include "pipeline/ingest_status.h"
#include "pipeline/process_file.h"
#include "pipeline/run_history.h"
#include "pipeline/worker_zygote.h"
#include "tag/gazetteer.h"
#include "text/tokenizer.h"

namespace twindex::cli {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop = true; }

void InstallStopHandlers() {
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

// A user mistake: printed without a stack of context, exit 2.

struct LogOptions {
  int verbosity = 0;  // -v count
  bool quiet = false;
  std::string file;
};

// A log file beside stderr: rotated at 10 MiB, three files kept, so a job nobody watches never
// fills the disk. Throws UsageError if it cannot be opened.
void AddLogFile(const std::string& path) {
  try {
    auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, size_t{10} << 20, 3);
    file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l: %v");
    spdlog::default_logger()->sinks().push_back(std::move(file));
  } catch (const spdlog::spdlog_ex& e) {
    throw UsageError("cannot open log file " + path + ": " + e.what());
  }
}

// -q quiets stderr only: a log file still gets every run's summary, which is what someone
// reading a scheduled job's log afterwards wants.
void SetUpLogging(const LogOptions& o) {
  const auto level = o.verbosity > 0 ? spdlog::level::debug : spdlog::level::info;
  auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  console->set_pattern("%^%l%$: %v");
  console->set_level(o.quiet ? spdlog::level::warn : level);
  auto logger = std::make_shared<spdlog::logger>("twindex", console);
  logger->set_level(level);
  spdlog::set_default_logger(logger);
  if (!o.file.empty()) AddLogFile(o.file);
}

fs::path IndexDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("TWINDEX_INDEX"); env && *env) return env;
  return "index";
}

void AddIndexOption(CLI::App* command, std::string& index) {
  command->add_option("--index", index, "Index directory (default: $TWINDEX_INDEX or ./index)")
      ->type_name("DIR");
}

std::string SelfExecutable() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "/proc/self/exe" : self.string();
}

// --- ingest ---------------------------------------------------------------

// Defaults come from IngestOptions, the one place they are defined.
const pipeline::IngestOptions kIngestDefaults;

// The OCR cache: --ocr-cache, else $TWINDEX_OCR_CACHE, else `fallback`.
fs::path OcrCacheDir(const IngestArgs& a, const fs::path& fallback) {
  if (!a.ocr_cache.empty()) return a.ocr_cache;
  if (const char* env = std::getenv("TWINDEX_OCR_CACHE"); env != nullptr && *env != '\0')
    return env;
  return fallback;
}

ocr::OcrOptions ToOcrOptions(const IngestArgs& a) {
  if (!a.ocr_languages.empty()) {
    if (std::string problem = ocr::CheckLanguages(a.ocr_languages); !problem.empty())
      throw UsageError(problem);
  }
  if (a.ocr_dpi < 72 || a.ocr_dpi > 1200) throw UsageError("--ocr-dpi: from 72 to 1200");
  if (a.ocr_timeout_s <= 0) throw UsageError("--ocr-timeout: must be positive");
  if (a.max_megapixels == 0) throw UsageError("--max-pixels: must be positive");
  ocr::OcrOptions o;
  o.languages = a.ocr_languages;
  o.dpi = a.ocr_dpi;
  o.page_timeout = std::chrono::milliseconds(static_cast<long long>(a.ocr_timeout_s * 1000));
  o.max_pixels = a.max_megapixels * 1'000'000;
  o.min_text_letters = a.text_layer_min_letters;
  return o;
}

void AddIngest(CLI::App& app, IngestArgs& a) {
  auto* cmd = app.add_subcommand("ingest", "Index the documents under PATH... (incremental)");
  AddIngestFlags(cmd, a);
  cmd->get_option("PATH")->required();
}

int RunIngest(const IngestArgs& a) {
  if (a.jobs < 1 || a.jobs > 256) throw UsageError("--jobs: from 1 to 256");
  if (a.timeout_s <= 0) throw UsageError("--timeout: must be positive");
  if (a.max_size_mb == 0) throw UsageError("--max-size: must be positive");
  if (a.commit_every < 1) throw UsageError("--commit-every: at least 1");
  if (a.memory_budget_mb < 64) throw UsageError("--memory-budget: at least 64 MiB");
  pipeline::IngestOptions o;
  for (const std::string& p : a.paths) {
    std::error_code ec;
    if (!fs::exists(p, ec)) throw UsageError("no such file or directory: " + p);
    o.roots.emplace_back(p);
  }
  o.index_dir = IndexDir(a.index);
  o.jobs = a.jobs;
  o.full = a.full;
  o.retry_failed = a.retry_failed;
  o.filter = {a.include, a.exclude, a.follow_symlinks};
  o.wait_for_lock = a.wait;
  o.timeout = std::chrono::milliseconds(static_cast<long long>(a.timeout_s * 1000));
  o.worker.limits.max_file_size = a.max_size_mb << 20;
  o.worker.memory_limit = a.memory_limit_mb << 20;
  o.worker.limits.ocr = ToOcrOptions(a);
  // OCR results live with the index: a re-index never OCRs the same page twice.
  o.worker.limits.ocr.cache_dir = OcrCacheDir(a, o.index_dir / "ocr-cache");
  o.worker_command = {SelfExecutable(), "__extract-worker"};
  for (std::string& arg : pipeline::WorkerArguments(o.worker)) o.worker_command.push_back(arg);
  o.commit_every_files = a.commit_every;
  o.memory_budget = a.memory_budget_mb << 20;
  // The terminal sink is the first; -q raised its level.
  o.progress = isatty(STDERR_FILENO) &&
               spdlog::default_logger()->sinks().front()->level() <= spdlog::level::info;
  o.stop = &g_stop;
  InstallStopHandlers();

  if (!a.log_file.empty()) AddLogFile(a.log_file);
  pipeline::IngestReport report = pipeline::Ingest(o);
  if (!pipeline::SaveRun(o.index_dir, report, a.keep_reports))
    spdlog::warn("cannot write the run's report into {}", (o.index_dir / "runs").string());
  if (!a.report.empty()) {
    std::ofstream out(a.report);
    out << Dump(pipeline::ToJson(report)) << "\n";
    if (!out) spdlog::error("cannot write report {}", a.report);
  }
  spdlog::info("{}", pipeline::Summary(report));
  if (report.interrupted) {
    spdlog::error("interrupted: the next ingest continues where this one stopped");
    return kExitFatal;
  }
  if (report.found == 0 && report.removed == 0) {
    spdlog::error("nothing to do: no files found under the given paths");
    return kExitFatal;
  }
  return report.failed > 0 ? kExitSomeFailed : kExitOk;
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
        if (!city->names[i].empty() && text::FoldCase(city->names[i]) == folded)
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
    if (ids.empty()) {
      std::string message = "--city: unknown city '" + name + "'";
      const auto close = tag::Gazetteer::Default().Suggest(name, 5);
      for (size_t i = 0; i < close.size(); ++i)
        message += (i == 0 ? "; did you mean: " : ", ") + close[i];
      throw UsageError(message);
    }
    if (names_language.empty()) names_language = NameLanguage(name, ids);
    request.cities.push_back(std::move(ids));
  }
  index::SearchResults results = searcher.Search(request);
  if (a.json)
    std::cout << Dump(SearchJson(request.query, results)) << "\n";
  else
    std::cout << SearchText(results, isatty(STDOUT_FILENO), names_language);
  return kExitOk;
}

// --- extract, stats, worker ------------------------------------------------

struct ExtractArgs {
  std::string file;
  bool json = false;
  IngestArgs ocr;  // its [ocr] options
};

int RunExtract(const ExtractArgs& a) {
  std::error_code ec;
  fs::path path = fs::canonical(a.file, ec);
  if (ec) throw UsageError("no such file: " + a.file);
  pipeline::ProcessLimits limits;
  limits.ocr = ToOcrOptions(a.ocr);
  limits.ocr.cache_dir = OcrCacheDir(a.ocr, {});
  limits.ocr.threads = std::max(1u, std::thread::hardware_concurrency());  // one file: all cores
  Document doc = pipeline::ProcessFile(path.string(), limits);
  if (a.json)
    std::cout << Dump(ExtractJson(doc)) << "\n";
  else
    std::cout << ExtractText(doc);
  return kExitOk;
}

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
    nlohmann::json j = StatsJson(stats);
    j["ingest_running"] = IngestStatusJson(running);
    j["last_runs"] = RunsJson(runs);
    std::cout << Dump(j) << "\n";
  } else {
    std::cout << IngestStatusText(running) << StatsText(stats) << RunsText(runs);
  }
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
    std::cout << Dump(ShowJson(*file, a.lines)) << "\n";
  else
    std::cout << ShowText(*file, a.lines);
  return kExitOk;
}

struct WorkerArgs {
  int fd = 3;
  bool zygote = false;
  pipeline::WorkerSettings settings;
};

}  // namespace

int Main(int argc, char** argv) {
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
  auto* completion_cmd = app.add_subcommand("__bash-completion", "")->group("");  // for install
  WorkerArgs worker;
  auto* worker_cmd = app.add_subcommand("__extract-worker", "")->group("");  // internal
  worker_cmd->add_option("--fd", worker.fd);
  worker_cmd->add_flag("--zygote", worker.zygote);
  worker_cmd->add_option("--max-size", worker.settings.limits.max_file_size);
  worker_cmd->add_option("--memory-limit", worker.settings.memory_limit);
  auto& worker_ocr = worker.settings.limits.ocr;
  worker_cmd->add_option("--ocr-lang", worker_ocr.languages);
  worker_cmd->add_option("--ocr-dpi", worker_ocr.dpi);
  int64_t worker_timeout_ms = worker_ocr.page_timeout.count();
  worker_cmd->add_option("--ocr-timeout-ms", worker_timeout_ms);
  worker_cmd->add_option("--max-pixels", worker_ocr.max_pixels);
  worker_cmd->add_option("--text-layer-min-letters", worker_ocr.min_text_letters);
  std::string worker_cache;
  worker_cmd->add_option("--ocr-cache", worker_cache);

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
  if (worker_cmd->parsed()) {
    worker_ocr.page_timeout = std::chrono::milliseconds(worker_timeout_ms);
    worker_ocr.cache_dir = worker_cache;
    // Straight out: freeing the dictionaries and the gazetteer would only cost time (~0.05 s).
    std::_Exit(worker.zygote ? pipeline::RunExtractZygote(worker.fd, worker.settings)
                             : pipeline::RunExtractWorker(worker.fd, worker.settings));
  }

  try {
    SetUpLogging(log);
    if (app.got_subcommand("ingest")) return RunIngest(ingest);
    if (app.got_subcommand("run")) {
      if (list_keys) {
        std::cout << PipelineKeysHelp();
        return kExitOk;
      }
      if (pipeline_file.empty()) throw UsageError("run: a pipeline file is needed");
      IngestArgs from_file;
      ReadPipelineFile(pipeline_file, from_file);
      return RunIngest(from_file);
    }
    if (app.got_subcommand("search")) return RunSearch(search);
    if (app.got_subcommand("extract")) return RunExtract(extract);
    if (app.got_subcommand("stats")) return RunStats(stats);
    if (app.got_subcommand("show")) return RunShow(show);
  } catch (const UsageError& e) {
    spdlog::error("{}", e.what());
    return kExitUsage;
  } catch (const index::QuerySyntaxError& e) {
    spdlog::error("bad query: {}", e.what());
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
