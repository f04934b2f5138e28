// ScaleQueries: reads the scale benchmark's query mix (scale_queries.tsv; its header comment
// gives the columns), for the tools that run it in their own way: query_latency in process,
// serve_load over HTTP. A "-" column is empty here. Throws std::runtime_error on a file that
// cannot be read or a line without 7 columns.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace twindex::bench {

struct ScaleQuery {
  std::string name;
  std::string line;                 // the columns after the name, as written (for printing)
  std::string query;                // as typed after `twindex search`
  std::vector<std::string> cities;  // one --city each
  std::string lang, from, to;
  bool facets = false;
};

inline std::vector<std::string> SplitFields(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, sep);) out.push_back(field);
  return out;
}

inline std::vector<ScaleQuery> ReadScaleQueries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<ScaleQuery> queries;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // name query cities lang from to facets
      header = false;
      continue;
    }
    const std::vector<std::string> f = SplitFields(line, '\t');
    if (f.size() != 7) throw std::runtime_error(path + ": not 7 columns: " + line);
    auto given = [](const std::string& v) { return v == "-" ? std::string() : v; };
    ScaleQuery q;
    q.name = f[0];
    q.line = line.substr(line.find('\t') + 1);
    q.query = given(f[1]);
    if (f[2] != "-") q.cities = SplitFields(f[2], '|');
    q.lang = given(f[3]);
    q.from = given(f[4]);
    q.to = given(f[5]);
    q.facets = f[6] == "1";
    queries.push_back(std::move(q));
  }
  return queries;
}

}  // namespace twindex::bench
