// query_latency: how long searches take on an index, in process (no process start-up), for the
// scale benchmark (run_scale_bench.sh drives it; the index is usually one of
// make_text_collection.py's collections):
//
//   query_latency --index DIR [--queries FILE] [--rounds R] [--verbose] [--json FILE]
//   query_latency --index DIR [--queries FILE] --facet-error
//
// The queries are tests/bench/scale_queries.tsv (the one list the CLI timing of
// run_scale_bench.sh also reads; its header says the columns): words, phrases, rare words, --city
// filters, date ranges, --lang, facets and their combinations, in the four languages. Each is
// turned into a SearchRequest the way `twindex search` does it (cities through the gazetteer,
// dates through ParseDateBound), once, outside the timing; the gazetteer is loaded before.
// Timed: opening the Searcher, and the first query on it (both cold: nothing of the index read
// yet in this process, though the page cache may hold it), then R rounds of the whole mix in
// order (default 20). Prints p50/p95/p99 and the mean over all those runs in ms, the queries
// that found nothing, and with --verbose each query's median and hit count; --json FILE also
// writes the figures.
//
// --facet-error times nothing: it asks every query of the mix for facets, once counted in full
// and once as a search does (exact up to kFacetsExactUpTo matching pages, else from a sample),
// and prints for the sampled ones how far the sampled counts are from the full ones: for each
// facet the relative error of the counts of its top 5 values (by the full count), mean and
// largest, and whether the top value is the same.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "index/date_bound.h"
#include "index/query_parser.h"
#include "index/searcher.h"
#include "scale_queries.h"
#include "tag/gazetteer.h"

using Clock = std::chrono::steady_clock;

namespace {

struct Query {
  std::string name;
  std::string text;  // as written in the file
  twindex::index::SearchRequest request;
  std::vector<double> ms;
  size_t hits = 0;  // estimated_total
};

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// The words a shell would pass for `text`: split on spaces, "..." kept together (quotes dropped).
std::vector<std::string> ShellWords(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  bool quoted = false, any = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) words.push_back(word);
      word.clear();
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (quoted) throw std::runtime_error("unbalanced quote in: " + text);
  if (any) words.push_back(word);
  return words;
}

std::string Bound(const std::string& text, bool upper) {
  if (text.empty()) return {};
  auto bound = twindex::index::ParseDateBound(text, upper);
  if (!bound) throw std::runtime_error("not a date: " + text);
  return *bound;
}

std::vector<Query> LoadQueries(const std::string& path) {
  std::vector<Query> queries;
  for (const twindex::bench::ScaleQuery& line : twindex::bench::ReadScaleQueries(path)) {
    Query q;
    q.name = line.name;
    q.text = line.line;
    if (!line.query.empty())
      q.request.query = twindex::index::QueryFromArguments(ShellWords(line.query));
    for (const std::string& city : line.cities) {
      std::vector<uint32_t> ids = twindex::tag::Gazetteer::Default().Lookup(city);
      if (ids.empty()) throw std::runtime_error("unknown city: " + city);
      q.request.cities.push_back(std::move(ids));
    }
    q.request.language = line.lang;
    q.request.date_from = Bound(line.from, false);
    q.request.date_to = Bound(line.to, true);
    if (line.facets) q.request.facets = 10;  // as `twindex search --facets`
    queries.push_back(std::move(q));
  }
  return queries;
}

// Nearest-rank percentile of sorted values.
double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.999999);
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return Percentile(v, 50);
}

// The relative errors of `approx` against `full` for the top 5 values of `full`; whether their
// first values agree.
template <typename Key>
bool Errors(const std::vector<std::pair<Key, size_t>>& full,
            const std::vector<std::pair<Key, size_t>>& approx, std::vector<double>& errors) {
  for (size_t i = 0; i < full.size() && i < 5; ++i) {
    size_t estimate = 0;
    for (const auto& [key, files] : approx)
      if (key == full[i].first) estimate = files;
    errors.push_back(std::abs(static_cast<double>(estimate) - static_cast<double>(full[i].second)) /
                     static_cast<double>(full[i].second));
  }
  return full.empty() || (!approx.empty() && approx[0].first == full[0].first);
}

int FacetError(const std::string& index, std::vector<Query>& queries) {
  twindex::index::Searcher searcher(index);
  std::vector<double> all;
  int sampled = 0, top_kept = 0, top_total = 0;
  std::printf("  %-18s %8s %9s %8s %8s  %s\n", "query", "files", "facet", "mean err", "max err",
              "same top");
  for (Query& q : queries) {
    q.request.facets = 100000;  // every value, so that a value is compared whatever its rank
    q.request.facets_exact_up_to = SIZE_MAX;
    const twindex::index::SearchResults full = searcher.Search(q.request);
    q.request.facets_exact_up_to = twindex::index::kFacetsExactUpTo;
    const twindex::index::SearchResults approx = searcher.Search(q.request);
    if (approx.facets.exact) continue;
    ++sampled;
    auto report = [&](const char* facet, const auto& f, const auto& a) {
      std::vector<double> errors;
      const bool same_top = Errors(f, a, errors);
      top_kept += same_top;
      ++top_total;
      double sum = 0, max = 0;
      for (double e : errors) sum += e, max = std::max(max, e);
      all.insert(all.end(), errors.begin(), errors.end());
      std::printf("  %-18s %8zu %9s %7.1f%% %7.1f%%  %s\n", q.name.c_str(), full.estimated_total,
                  facet, errors.empty() ? 0 : 100 * sum / static_cast<double>(errors.size()),
                  100 * max, same_top ? "yes" : "NO");
    };
    report("cities", full.facets.cities, approx.facets.cities);
    report("years", full.facets.years, approx.facets.years);
    report("languages", full.facets.languages, approx.facets.languages);
  }
  std::sort(all.begin(), all.end());
  double sum = 0;
  for (double e : all) sum += e;
  std::printf(
      "facet-error: %d of %zu queries sampled; relative error of the top-5 counts: mean %.1f%%, "
      "p95 %.1f%%, max %.1f%%; top value kept in %d of %d facets\n",
      sampled, queries.size(), all.empty() ? 0 : 100 * sum / static_cast<double>(all.size()),
      100 * Percentile(all, 95), all.empty() ? 0 : 100 * all.back(), top_kept, top_total);
  return 0;
}

int Usage() {
  std::cerr << "usage: query_latency --index DIR [--queries FILE] [--rounds R] [--verbose] "
               "[--json FILE] [--facet-error]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string index, json_out;
  std::string queries_file = TWINDEX_SCALE_QUERIES;
  int rounds = 20;
  bool verbose = false, facet_error = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--facet-error") {
      facet_error = true;
    } else if (i + 1 < argc && arg == "--index") {
      index = argv[++i];
    } else if (i + 1 < argc && arg == "--queries") {
      queries_file = argv[++i];
    } else if (i + 1 < argc && arg == "--rounds") {
      rounds = std::atoi(argv[++i]);
    } else if (i + 1 < argc && arg == "--json") {
      json_out = argv[++i];
    } else {
      return Usage();
    }
  }
  if (index.empty() || rounds < 1) return Usage();

  try {
    const auto gazetteer_start = Clock::now();
    twindex::tag::Gazetteer::Default();
    const double gazetteer_ms = Ms(Clock::now() - gazetteer_start);
    std::vector<Query> queries = LoadQueries(queries_file);
    if (queries.empty()) throw std::runtime_error("no queries in " + queries_file);
    if (facet_error) return FacetError(index, queries);

    const auto open_start = Clock::now();
    twindex::index::Searcher searcher(index);
    const double open_ms = Ms(Clock::now() - open_start);
    const auto first_start = Clock::now();
    queries[0].hits = searcher.Search(queries[0].request).estimated_total;
    const double first_ms = Ms(Clock::now() - first_start);

    std::vector<double> all;
    for (int round = 0; round < rounds; ++round)
      for (Query& q : queries) {
        const auto start = Clock::now();
        const twindex::index::SearchResults results = searcher.Search(q.request);
        const double ms = Ms(Clock::now() - start);
        q.ms.push_back(ms);
        all.push_back(ms);
        q.hits = results.estimated_total;
      }
    std::sort(all.begin(), all.end());
    double sum = 0;
    for (double ms : all) sum += ms;
    const double p50 = Percentile(all, 50), p95 = Percentile(all, 95), p99 = Percentile(all, 99);
    const double mean = sum / static_cast<double>(all.size());

    std::printf("query_latency: %zu queries x %d rounds on %s\n", queries.size(), rounds,
                index.c_str());
    std::printf(
        "  gazetteer load %.1f ms (untimed below); Searcher open %.2f ms; first query "
        "(cold) %.2f ms\n",
        gazetteer_ms, open_ms, first_ms);
    std::printf("  all runs: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms  max %.2f ms\n",
                p50, p95, p99, mean, all.back());
    std::vector<std::string> empty;
    for (const Query& q : queries)
      if (q.hits == 0) empty.push_back(q.name);
    if (!empty.empty()) {
      std::printf("  no hits:");
      for (const std::string& name : empty) std::printf(" %s", name.c_str());
      std::printf("\n");
    }
    if (verbose) {
      std::printf("  %-18s %10s %8s  %s\n", "query", "median ms", "hits", "columns");
      for (const Query& q : queries)
        std::printf("  %-18s %10.2f %8zu  %s\n", q.name.c_str(), Median(q.ms), q.hits,
                    q.text.c_str());
    }
    if (!json_out.empty()) {
      std::ofstream out(json_out);
      out << "{\"queries\": " << queries.size() << ", \"rounds\": " << rounds
          << ", \"open_ms\": " << open_ms << ", \"first_ms\": " << first_ms
          << ", \"p50_ms\": " << p50 << ", \"p95_ms\": " << p95 << ", \"p99_ms\": " << p99
          << ", \"mean_ms\": " << mean << ", \"max_ms\": " << all.back()
          << ", \"no_hits\": " << empty.size() << ", \"per_query\": {";
      for (size_t i = 0; i < queries.size(); ++i)
        out << (i ? ", " : "") << "\"" << queries[i].name
            << "\": {\"median_ms\": " << Median(queries[i].ms) << ", \"hits\": " << queries[i].hits
            << "}";
      out << "}}\n";
      if (!out) throw std::runtime_error("cannot write " + json_out);
    }
  } catch (const std::exception& e) {
    std::cerr << "query_latency: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
