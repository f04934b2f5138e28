// tag_cost: what city and date tagging costs next to the rest of a file's processing, in one
// thread, on a folder of documents (e.g. the ingest benchmark's corpus):
//
//   tag_cost DIR [MAX_FILES]
//
// Each file is processed once as ingest's workers do (pipeline::ProcessFile: read, extract,
// clean, identify languages, tag), then tagged again alone (tag::TagDocument) to time the
// tagging part; the difference is the rest. Prints both, per file and as a share. The first
// file also pays for loading dictionaries and the gazetteer; its time is left out.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/process_file.h"
#include "tag/document_tags.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: tag_cost DIR [MAX_FILES]\n");
    return 2;
  }
  const size_t max_files = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 500;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > max_files) files.resize(max_files);

  double process_s = 0, tag_s = 0;
  size_t counted = 0, pages = 0, cities = 0, dates = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    auto t0 = Clock::now();
    twindex::Document doc;
    try {
      doc = twindex::pipeline::ProcessFile(files[i].string(), {});
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: %s\n", files[i].c_str(), e.what());
      continue;
    }
    auto t1 = Clock::now();
    twindex::tag::TagDocument(doc);
    auto t2 = Clock::now();
    if (i == 0) continue;  // dictionaries and gazetteer loaded here
    process_s += std::chrono::duration<double>(t1 - t0).count();
    tag_s += std::chrono::duration<double>(t2 - t1).count();
    ++counted;
    pages += doc.pages.size();
    cities += doc.cities.size();
    dates += doc.dates.size();
  }
  if (counted == 0) return 1;
  const double rest_s = process_s - tag_s;
  std::printf("files %zu, pages %zu, cities tagged %zu, dates tagged %zu\n", counted, pages,
              cities, dates);
  std::printf("processing per file: %.2f ms, of which tagging %.2f ms, the rest %.2f ms\n",
              1e3 * process_s / counted, 1e3 * tag_s / counted, 1e3 * rest_s / counted);
  std::printf("tagging adds %.1f%% to the rest of a worker's processing\n", 100 * tag_s / rest_s);
  return 0;
}
