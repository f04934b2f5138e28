// serve_load: a load benchmark of `twindex serve` — N clients on loopback, one thread and one
// keep-alive connection each, for T seconds over a fixed mix of requests; run_serve_bench.sh
// drives it (it starts the server):
//
//   serve_load --port P [--pid PID] [--clients N] [--seconds T] [--max-requests M]
//              [--queries FILE] [--json FILE]
//
// It targets only 127.0.0.1 (a benchmark, not a tool to load someone else's server).
// The mix is built once, before the clock starts, from tests/bench/scale_queries.tsv (the scale
// benchmark's queries; its header says the columns), each line as the page's URL parameters
// (serve/query_params.h's QueryString, so the URLs are the ones the page itself links to):
//   words, phrase, city, date, lang   the search page, by what the line holds
//   facet                             the search page with a facet of that search clicked
//                                     (its top city and its top year, from /api/search)
//   doc                               the document page /doc/ID of hits those searches found
//   api                               /api/search with each line's parameters
// Each client walks the whole mix in order from its own offset, until T seconds have passed or
// M requests were sent in all (default 1,000,000): it stops by itself. An error is a reply other
// than 200 or a request that failed. Prints requests/s, latency p50/p95/p99/max per kind and
// overall, the errors (the first few with their URL), and the server's RSS (--pid) sampled every
// second: first, max and last ("memory flat"). --json FILE also writes the figures.
// Exit status: 0 if every request was answered with 200, 1 if any error, 2 on a usage error.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "scale_queries.h"
#include "serve/query_params.h"

using Clock = std::chrono::steady_clock;
using twindex::serve::SearchParams;

namespace {

constexpr const char* kHost = "127.0.0.1";
constexpr size_t kMaxDocPages = 64;  // distinct document pages in the mix
constexpr size_t kErrorsShown = 5;

struct Options {
  int port = 0;
  int pid = 0;
  size_t clients = 32;
  double seconds = 30;
  size_t max_requests = 1'000'000;
  std::string queries = TWINDEX_SCALE_QUERIES;
  std::string json;
};

struct Target {
  std::string kind;
  std::string path;  // path and query
};

// One line of the queries file as the page's parameters, and the kind of search it is.
struct QueryLine {
  SearchParams params;
  std::string kind;
};

std::vector<QueryLine> ReadQueries(const std::string& file) {
  std::vector<QueryLine> out;
  for (const twindex::bench::ScaleQuery& line : twindex::bench::ReadScaleQueries(file)) {
    QueryLine q;
    q.params.query = line.query;
    q.params.cities = line.cities;
    q.params.lang = line.lang;
    q.params.from = line.from;
    q.params.to = line.to;
    // What the line is mainly about (a line with several filters counts as its first one).
    q.kind = !q.params.cities.empty()                         ? "city"
             : !q.params.from.empty() || !q.params.to.empty() ? "date"
             : !q.params.lang.empty()                         ? "lang"
             : q.params.query.find('"') != std::string::npos  ? "phrase"
                                                              : "words";
    out.push_back(std::move(q));
  }
  if (out.empty()) throw std::runtime_error(file + ": no queries");
  return out;
}

std::string SearchUrl(const char* path, const SearchParams& p) {
  const std::string query = twindex::serve::QueryString(p, false, false);
  return std::string(path) + (query.empty() ? "" : "?" + query);
}

// The mix: every line as a page and as /api/search; the facet clicks and document pages that
// the lines' results offer (asked of the server now, outside the timing).
std::vector<Target> BuildMix(const std::vector<QueryLine>& lines, int port) {
  httplib::Client client(kHost, port);
  client.set_read_timeout(60, 0);
  std::vector<Target> pages, facets, docs, api;
  std::set<std::string> doc_ids;
  for (const QueryLine& line : lines) {
    pages.push_back({line.kind, SearchUrl("/", line.params)});
    api.push_back({"api", SearchUrl("/api/search", line.params)});
    const httplib::Result r = client.Get(SearchUrl("/api/search", line.params) + "&size=20");
    if (!r || r->status != 200)
      throw std::runtime_error("the server did not answer " + api.back().path + " with 200" +
                               (r ? ": " + std::to_string(r->status) + " " + r->body
                                  : ": " + httplib::to_string(r.error())));
    const nlohmann::json results = nlohmann::json::parse(r->body);
    for (const auto& hit : results["hits"]) {
      const std::string id = hit["id"].get<std::string>();
      if (doc_ids.size() >= kMaxDocPages || !doc_ids.insert(id).second) continue;
      SearchParams q;
      q.query = line.params.query;
      const std::string query = twindex::serve::QueryString(q, false, false);
      docs.push_back({"doc", "/doc/" + id + "?" + query + (query.empty() ? "" : "&") +
                                 "hit=" + std::to_string(hit["page"].get<int>())});
    }
    if (!results.contains("facets")) continue;
    const nlohmann::json& f = results["facets"];
    if (!f["cities"].empty() && line.params.cities.size() < twindex::serve::kMaxCities) {
      SearchParams with = line.params;
      with.cities.push_back(f["cities"][0]["name"].get<std::string>());
      facets.push_back({"facet", SearchUrl("/", with)});
    }
    if (!f["years"].empty()) {
      SearchParams with = line.params;
      with.from = with.to = std::to_string(f["years"][0]["year"].get<int>());
      facets.push_back({"facet", SearchUrl("/", with)});
    }
  }
  if (docs.empty())
    throw std::runtime_error("no query of the mix found a document: is it the right index?");
  // Interleaved, so that any stretch of the mix holds every kind.
  std::vector<Target> mix;
  const size_t longest = std::max({pages.size(), facets.size(), docs.size(), api.size()});
  for (size_t i = 0; i < longest; ++i)
    for (const std::vector<Target>* part : {&pages, &facets, &docs, &api})
      if (i < part->size()) mix.push_back((*part)[i]);
  return mix;
}

struct Sample {
  double ms;
  bool ok;
};

struct ClientLog {
  std::map<std::string, std::vector<Sample>> by_kind;
  std::vector<std::string> errors;  // the first few, "status URL"
};

// RSS of `pid` in kB (VmRSS of /proc/PID/status), 0 if it cannot be read.
long RssKb(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

// The nearest-rank percentile (as run_scale_bench.sh computes its own).
double Percentile(const std::vector<double>& sorted_ms, double p) {
  if (sorted_ms.empty()) return 0;
  const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted_ms.size())));
  return sorted_ms[std::clamp<size_t>(rank, 1, sorted_ms.size()) - 1];
}

nlohmann::json Figures(const std::vector<Sample>& samples, double seconds) {
  std::vector<double> ms;
  size_t errors = 0;
  for (const Sample& s : samples) {
    ms.push_back(s.ms);
    errors += !s.ok;
  }
  std::sort(ms.begin(), ms.end());
  return {{"requests", samples.size()},
          {"errors", errors},
          {"per_s", seconds > 0 ? samples.size() / seconds : 0},
          {"p50_ms", Percentile(ms, 0.50)},
          {"p95_ms", Percentile(ms, 0.95)},
          {"p99_ms", Percentile(ms, 0.99)},
          {"max_ms", ms.empty() ? 0 : ms.back()}};
}

void PrintRow(const std::string& kind, const nlohmann::json& f) {
  std::printf("%-8s %9zu %7zu %9.1f %8.2f %8.2f %8.2f %8.2f\n", kind.c_str(),
              f["requests"].get<size_t>(), f["errors"].get<size_t>(), f["per_s"].get<double>(),
              f["p50_ms"].get<double>(), f["p95_ms"].get<double>(), f["p99_ms"].get<double>(),
              f["max_ms"].get<double>());
}

const char* kUsage =
    "usage: serve_load --port P [--pid PID] [--clients N] [--seconds T] [--max-requests M] "
    "[--queries FILE] [--json FILE]\n";

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
    const std::string value = argv[++i];
    size_t used = 0;
    auto number = [&] {
      const double n = std::stod(value, &used);
      if (used != value.size() || n <= 0) throw std::invalid_argument(arg + ": " + value);
      return n;
    };
    if (arg == "--port")
      o.port = static_cast<int>(number());
    else if (arg == "--pid")
      o.pid = static_cast<int>(number());
    else if (arg == "--clients")
      o.clients = static_cast<size_t>(number());
    else if (arg == "--seconds")
      o.seconds = number();
    else if (arg == "--max-requests")
      o.max_requests = static_cast<size_t>(number());
    else if (arg == "--queries")
      o.queries = value;
    else if (arg == "--json")
      o.json = value;
    else
      throw std::invalid_argument("unknown option " + arg);
  }
  if (o.port <= 0 || o.port > 65535) throw std::invalid_argument("--port is required (1-65535)");
  if (o.clients > 1024) throw std::invalid_argument("--clients: at most 1024");
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  try {
    o = ParseOptions(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "serve_load: " << e.what() << "\n" << kUsage;
    return 2;
  }
  std::vector<Target> mix;
  try {
    mix = BuildMix(ReadQueries(o.queries), o.port);
  } catch (const std::exception& e) {
    std::cerr << "serve_load: " << e.what() << "\n";
    return 1;
  }

  std::atomic<size_t> sent{0};
  std::atomic<bool> over{false};
  std::vector<ClientLog> logs(o.clients);
  std::vector<long> rss_kb;
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));

  std::thread sampler([&] {
    if (o.pid <= 0) return;
    for (Clock::time_point next = start; !over; next += std::chrono::seconds(1)) {
      rss_kb.push_back(RssKb(o.pid));
      while (!over && Clock::now() < next + std::chrono::seconds(1))
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    rss_kb.push_back(RssKb(o.pid));
  });
  std::vector<std::thread> clients;
  for (size_t c = 0; c < o.clients; ++c)
    clients.emplace_back([&, c] {
      httplib::Client client(kHost, o.port);
      client.set_keep_alive(true);
      client.set_connection_timeout(5, 0);
      client.set_read_timeout(30, 0);
      ClientLog& log = logs[c];
      for (size_t i = c * mix.size() / o.clients; Clock::now() < deadline; ++i) {
        if (sent.fetch_add(1) >= o.max_requests) break;
        const Target& t = mix[i % mix.size()];
        const Clock::time_point t0 = Clock::now();
        const httplib::Result r = client.Get(t.path);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        const bool ok = r && r->status == 200;
        log.by_kind[t.kind].push_back({ms, ok});
        if (!ok && log.errors.size() < kErrorsShown)
          log.errors.push_back((r ? std::to_string(r->status) : httplib::to_string(r.error())) +
                               " " + t.path);
      }
    });
  for (std::thread& t : clients) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  over = true;
  sampler.join();

  std::map<std::string, std::vector<Sample>> by_kind;
  std::vector<Sample> all;
  std::vector<std::string> errors;
  for (const ClientLog& log : logs) {
    for (const auto& [kind, samples] : log.by_kind) {
      by_kind[kind].insert(by_kind[kind].end(), samples.begin(), samples.end());
      all.insert(all.end(), samples.begin(), samples.end());
    }
    errors.insert(errors.end(), log.errors.begin(), log.errors.end());
  }
  nlohmann::json out = {{"clients", o.clients},
                        {"seconds", seconds},
                        {"mix", mix.size()},
                        {"overall", Figures(all, seconds)}};
  std::printf("serve_load: %zu clients, %.1f s, a mix of %zu requests, on 127.0.0.1:%d\n",
              o.clients, seconds, mix.size(), o.port);
  std::printf("%-8s %9s %7s %9s %8s %8s %8s %8s\n", "kind", "requests", "errors", "req/s", "p50 ms",
              "p95 ms", "p99 ms", "max ms");
  for (const auto& [kind, samples] : by_kind) {
    out["kinds"][kind] = Figures(samples, seconds);
    PrintRow(kind, out["kinds"][kind]);
  }
  PrintRow("all", out["overall"]);
  if (!rss_kb.empty()) {
    const long max = *std::max_element(rss_kb.begin(), rss_kb.end());
    out["rss_mb"] = {{"first", rss_kb.front() / 1024.0},
                     {"max", max / 1024.0},
                     {"last", rss_kb.back() / 1024.0},
                     {"samples", rss_kb.size()}};
    std::printf("server RSS (MB, %zu samples, 1 s apart): first %.1f, max %.1f, last %.1f\n",
                rss_kb.size(), rss_kb.front() / 1024.0, max / 1024.0, rss_kb.back() / 1024.0);
  }
  const size_t error_count = out["overall"]["errors"].get<size_t>();
  std::printf("errors: %zu\n", error_count);
  for (size_t i = 0; i < errors.size() && i < kErrorsShown; ++i)
    std::printf("  %s\n", errors[i].c_str());
  if (!o.json.empty()) std::ofstream(o.json) << out.dump(2) << "\n";
  return error_count == 0 ? 0 : 1;
}
