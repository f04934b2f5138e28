// gazetteer_open: what a process pays for the gazetteer before its first answer.
//
//   gazetteer_open [NAME...]
//
// Prints the wall time, in microseconds, of the first Gazetteer::Default() (all a process does
// to open the compiled-in data), then of looking each NAME up (default: Grodno, Гродна, w
// Grodnie, Sokółka) the first time and once more. The dictionaries a name's words are analyzed
// with load on first use, in any process that analyzes a query (a second or so): that is done
// before, untimed, so the figures are the gazetteer's own, its pages being touched first.
// Uses only Default(), Lookup() and QueryWordKeys(), so it builds against older trees for a
// before/after figure.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "tag/gazetteer.h"
#include "text/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;

double Micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> names(argv + 1, argv + argc);
  if (names.empty()) names = {"Grodno", "Гродна", "w Grodnie", "Sokółka"};
  const auto open_start = Clock::now();
  const twindex::tag::Gazetteer& gazetteer = twindex::tag::Gazetteer::Default();
  std::printf("open  %10.1f us  (%zu cities)\n", Micros(Clock::now() - open_start),
              gazetteer.size());
  for (const std::string& name : names) {
    for (const twindex::text::Token& t : twindex::text::Tokenize(name))
      twindex::tag::QueryWordKeys(std::string_view(name).substr(t.begin, t.end - t.begin));
    double micros[2];
    size_t found = 0;
    for (double& m : micros) {
      const auto start = Clock::now();
      found = gazetteer.Lookup(name).size();
      m = Micros(Clock::now() - start);
    }
    std::printf("lookup %9.1f us first, %7.1f us again  %s (%zu cities)\n", micros[0], micros[1],
                name.c_str(), found);
  }
  return 0;
}
