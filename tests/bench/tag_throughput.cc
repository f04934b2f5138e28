// tag_throughput: how many MB of text per second the taggers read, in one thread.
//
//   tag_throughput [--seconds S | --passes N] DIR...
//
// Reads every *.txt file under the DIRs (UTF-8 text, e.g. tests/eval/tags-unseen/docs and
// tests/eval/tagging/corpus), identifies each one's language (untimed: the pipeline does it before
// tagging), then tags all of them again and again for at least S seconds (default 5) and prints
// MB/s of the whole document tagging (TagDocument: cities, dates, the own date) and of the city
// and date taggers alone. One pass over the files first, untimed, loads the gazetteer and the
// dictionaries, and fills the per-thread word caches a long ingest has warm as well. Time is the
// thread's CPU time, so that other work on the machine does not lower the figure. --passes N
// tags the files exactly N times instead, for instruction counts that do not depend on the
// machine at all: run under `valgrind --tool=callgrind` with two values of N, the difference of
// the totals is the work of the extra passes.
// Uses only the taggers' public calls, so it builds against older trees for a before/after figure.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "tag/city_tagger.h"
#include "tag/date_tagger.h"
#include "tag/document_tags.h"
#include "text/document_language.h"

namespace fs = std::filesystem;

namespace {

std::vector<twindex::Document> Load(const std::vector<std::string>& dirs, size_t& bytes) {
  std::vector<fs::path> files;
  for (const std::string& dir : dirs)
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<twindex::Document> docs;
  bytes = 0;
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    twindex::Document doc;
    doc.path = p.string();
    doc.pages.push_back({1, text.str(), false, ""});
    bytes += doc.pages.back().text.size();
    twindex::text::IdentifyLanguages(doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

double ThreadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Runs `pass` over and over for at least `seconds`, or exactly `fixed_passes` times if that is
// not 0 (after one untimed pass), and returns MB/s.
template <typename Pass>
double Throughput(size_t bytes, double seconds, size_t fixed_passes, Pass pass) {
  pass();
  size_t passes = 0;
  const double start = ThreadSeconds();
  double elapsed = 0;
  while (fixed_passes > 0 ? passes < fixed_passes : elapsed < seconds) {
    pass();
    ++passes;
    elapsed = ThreadSeconds() - start;
  }
  return static_cast<double>(bytes) * static_cast<double>(passes) / elapsed / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 5;
  size_t passes = 0;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--seconds" && i + 1 < argc)
      seconds = std::atof(argv[++i]);
    else if (arg == "--passes" && i + 1 < argc)
      passes = std::strtoul(argv[++i], nullptr, 10);
    else
      dirs.emplace_back(arg);
  }
  if (dirs.empty() || seconds <= 0) {
    std::fprintf(stderr, "usage: tag_throughput [--seconds S | --passes N] DIR...\n");
    return 2;
  }
  size_t bytes = 0;
  std::vector<twindex::Document> docs = Load(dirs, bytes);
  if (docs.empty()) {
    std::fprintf(stderr, "tag_throughput: no .txt files\n");
    return 1;
  }
  std::printf("%zu files, %.2f MB of text, one thread, >= %.0f CPU s each\n", docs.size(),
              bytes / 1e6, seconds);
  size_t sink = 0;  // keeps the optimizer from dropping the work
  const double all = Throughput(bytes, seconds, passes, [&] {
    for (twindex::Document& doc : docs) {
      twindex::tag::TagDocument(doc);
      sink += doc.cities.size() + doc.dates.size();
    }
  });
  const double cities = Throughput(bytes, seconds, passes, [&] {
    for (const twindex::Document& doc : docs)
      sink += twindex::tag::TagCities(doc.pages[0].text, doc.pages[0].language,
                                      twindex::tag::Gazetteer::Default())
                  .size();
  });
  const double dates = Throughput(bytes, seconds, passes, [&] {
    for (const twindex::Document& doc : docs)
      sink += twindex::tag::TagDates(doc.pages[0].text).size();
  });
  std::printf(
      "document tagging  %7.2f MB/s\ncities alone      %7.2f MB/s\ndates alone       %7.2f MB/s\n",
      all, cities, dates);
  return sink == 0 ? 1 : 0;
}
