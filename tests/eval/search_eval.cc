// search_eval: the search-quality evaluation. Runs every query of a query set against an index
// of a folder of documents (sample-docs, or a corpus of its own), twice — with all word forms
// (what `twindex search` does) and with exact forms only (the baseline) — and prints recall@10
// and precision@10 per category. Also prints the accuracy of language identification on the
// snippet set, when given one.
//
//   search_eval INDEX DOCS QUERIES.tsv [SNIPPETS.tsv] [--check] [--min-each X]
//                                                     [--report-only CATEGORY]...
//
// QUERIES.tsv: category, query, expected files, acceptable files (both relative to DOCS,
// comma-separated) and, optionally, city names that the query restricts to (each a --city,
// "|" between them).
//
// recall@10: share of a query's expected files among its first 10 hits (of at most 10 expected).
// precision@10: share of the first 10 hits that are expected; a query with no hit counts 0, and
// is also reported apart ("answered": the mean over queries that returned anything). Hits that
// are merely acceptable (queries.tsv's fourth column, or files tagged with the city a query
// names) count neither way.
// --check exits 1 unless mean recall@10 >= 0.95, precision@10 (answered) is no lower than the
// exact baseline's, and language identification is >= 98% on snippets of 100+ characters.
// --min-each X exits 1 unless every category's recall@10 and precision@10 are >= X, but for the
// --report-only categories, which are printed only.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "index/searcher.h"
#include "tag/gazetteer.h"
#include "text/language.h"

namespace {

namespace fs = std::filesystem;
using twindex::index::Searcher;
using twindex::index::SearchRequest;

struct Query {
  std::string category, text;
  std::set<std::string> expected;    // absolute paths: must be returned
  std::set<std::string> acceptable;  // may be returned without counting against precision
  std::vector<std::string> cities;   // --city names

  std::string Label() const {
    std::string label = text;
    for (const std::string& city : cities) {
      if (!label.empty()) label += ' ';
      label.append("--city ").append(city);
    }
    return label;
  }
};

// The files of a comma-separated list, relative to `docs`, as absolute paths.
std::set<std::string> Files(const std::string& list, const fs::path& docs) {
  std::set<std::string> files;
  std::stringstream s(list);
  for (std::string f; std::getline(s, f, ',');) {
    if (!fs::exists(docs / f)) {
      std::fprintf(stderr, "search_eval: no such file: %s\n", (docs / f).c_str());
      std::exit(2);
    }
    files.insert((docs / f).string());
  }
  return files;
}

std::vector<std::vector<std::string>> ReadTsv(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream s(line);
    for (std::string col; std::getline(s, col, '\t');) cols.push_back(col);
    rows.push_back(std::move(cols));
  }
  return rows;
}

struct Score {
  double recall = 0, precision = 0, answered_precision = 0;
  int queries = 0, answered = 0;
  void Add(double r, double p, bool any) {
    recall += r;
    precision += p;
    ++queries;
    if (any) {
      answered_precision += p;
      ++answered;
    }
  }
  double Recall() const { return queries ? recall / queries : 0; }
  double Precision() const { return queries ? precision / queries : 0; }
  double AnsweredPrecision() const { return answered ? answered_precision / answered : 0; }
};

std::pair<double, double> Evaluate(const Searcher& searcher, const Query& q, bool exact, bool& any,
                                   std::vector<std::string>& misses) {
  SearchRequest request;
  request.query = q.text;
  request.limit = 10;
  request.exact = exact;
  for (const std::string& city : q.cities)
    request.cities.push_back(twindex::tag::Gazetteer::Default().Lookup(city));
  const auto results = searcher.Search(request);
  size_t relevant = 0;
  std::set<std::string> found;
  // A query that names a city also finds the files tagged with that city in any language
  // (tag/): those hits are right, though the forms of the query word need not be in them.
  const std::vector<uint32_t> cities = twindex::tag::Gazetteer::Default().Lookup(q.text);
  auto tagged = [&](const twindex::index::Hit& hit) {
    for (uint32_t id : hit.cities)
      if (std::find(cities.begin(), cities.end(), id) != cities.end()) return true;
    return false;
  };
  size_t judged = 0;  // hits that count for precision: all but the merely acceptable
  std::set<std::string> acceptable = q.acceptable;
  for (const auto& hit : results.hits) {
    found.insert(hit.path);
    relevant += q.expected.count(hit.path);
    if (!q.expected.count(hit.path) && tagged(hit)) acceptable.insert(hit.path);
    judged += acceptable.count(hit.path) == 0;
  }
  for (const auto& e : q.expected)
    if (!found.count(e)) misses.push_back("missed: " + e);
  for (const auto& f : found)
    if (!q.expected.count(f) && !acceptable.count(f)) misses.push_back("unexpected: " + f);
  any = !results.hits.empty();
  const double wanted = std::min<size_t>(q.expected.size(), 10);
  return {relevant / wanted, judged ? static_cast<double>(relevant) / judged : 0.0};
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  bool check = false;
  double min_each = -1;
  std::set<std::string> report_only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--check")
      check = true;
    else if (arg == "--min-each" && i + 1 < argc)
      min_each = std::stod(argv[++i]);
    else if (arg == "--report-only" && i + 1 < argc)
      report_only.insert(argv[++i]);
    else if (!arg.empty())
      paths.push_back(arg);
  }
  if (paths.size() < 3 || paths.size() > 4) {
    std::fprintf(stderr,
                 "usage: search_eval INDEX DOCS QUERIES.tsv [SNIPPETS.tsv] [--check] "
                 "[--min-each X] [--report-only CATEGORY]...\n");
    return 2;
  }
  const fs::path docs = fs::canonical(paths[1]);
  std::vector<Query> queries;
  for (auto& row : ReadTsv(paths[2])) {
    Query q{row.at(0), row.at(1), Files(row.at(2), docs), {}, {}};
    if (row.size() > 3) q.acceptable = Files(row[3], docs);
    std::stringstream cities(row.size() > 4 ? row[4] : "");
    for (std::string c; std::getline(cities, c, '|');) q.cities.push_back(c);
    queries.push_back(std::move(q));
  }

  Searcher searcher(paths[0]);
  std::map<std::string, Score> forms, exact;
  Score all_forms, all_exact;
  for (const Query& q : queries) {
    bool any = false;
    std::vector<std::string> misses, ignored;
    auto [r, p] = Evaluate(searcher, q, /*exact=*/false, any, misses);
    forms[q.category].Add(r, p, any);
    all_forms.Add(r, p, any);
    for (const auto& m : misses) std::printf("  %s: %s\n", q.Label().c_str(), m.c_str());
    auto [re, pe] = Evaluate(searcher, q, /*exact=*/true, any, ignored);
    exact[q.category].Add(re, pe, any);
    all_exact.Add(re, pe, any);
  }
  std::printf("\n%-15s %7s | %-31s | %-31s\n", "", "", "all forms (twindex)",
              "exact forms only (baseline)");
  std::printf("%-15s %7s | %9s %9s %11s | %9s %9s %11s\n", "category", "queries", "recall@10",
              "prec@10", "prec(answ.)", "recall@10", "prec@10", "prec(answ.)");
  auto row = [](const std::string& name, const Score& f, const Score& e) {
    std::printf("%-15s %7d | %9.3f %9.3f %11.3f | %9.3f %9.3f %11.3f\n", name.c_str(), f.queries,
                f.Recall(), f.Precision(), f.AnsweredPrecision(), e.Recall(), e.Precision(),
                e.AnsweredPrecision());
  };
  for (const auto& [category, score] : forms) row(category, score, exact[category]);
  row("mean", all_forms, all_exact);

  bool ok = true;
  if (min_each >= 0) {
    for (const auto& [category, score] : forms) {
      if (report_only.count(category) ||
          (score.Recall() >= min_each && score.Precision() >= min_each))
        continue;
      ok = false;
      std::printf("FAIL: %s: recall@10 or precision@10 below %.2f\n", category.c_str(), min_each);
    }
  }
  if (check && all_forms.Recall() < 0.95)
    ok = false, std::printf("FAIL: mean recall@10 below 0.95\n");
  if (check && all_forms.AnsweredPrecision() < all_exact.AnsweredPrecision())
    ok = false, std::printf("FAIL: precision@10 below the exact-form baseline\n");
  if (paths.size() < 4) return ok ? 0 : 1;

  // Language identification on the snippet set.
  int total = 0, right = 0, long_total = 0, long_right = 0, be_ru_confused = 0;
  for (auto& row_ : ReadTsv(paths[3])) {
    const std::string& lang = row_.at(0);
    const std::string& text = row_.at(1);
    const std::string guess = twindex::text::IdentifyLanguage(text).code;
    ++total;
    right += guess == lang;
    if (text.size() >= 100) {  // bytes; 100+ characters are at least 100 bytes
      ++long_total;
      long_right += guess == lang;
    }
    be_ru_confused += (lang == "be" && guess == "ru") || (lang == "ru" && guess == "be");
  }
  const double long_accuracy = long_total ? static_cast<double>(long_right) / long_total : 0;
  std::printf(
      "\nlanguage identification: %d snippets, accuracy %.3f; 100+ bytes: %d, accuracy %.3f;"
      " be<->ru confusions: %d\n",
      total, total ? static_cast<double>(right) / total : 0.0, long_total, long_accuracy,
      be_ru_confused);

  if (check && long_accuracy < 0.98)
    ok = false, std::printf("FAIL: language identification below 98%%\n");
  return ok ? 0 : 1;
}
