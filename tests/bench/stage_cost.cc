// stage_cost: where one file's ingest time goes, stage by stage, in one thread, on a folder of
// documents (e.g. the ingest benchmark's corpus):
//
//   stage_cost DIR [MAX_FILES]
//
// Each file goes through the stages an ingest runs, in order, each timed on its own: read,
// extract (Poppler for PDFs), the OCR check, clean-up, language identification, tagging (the
// worker's side, with the word analysis it sends along, index/document_words.h); the Document's
// and its words' trip over the worker pipe, encoded and decoded; the page documents (terms from
// the words); adding them to Xapian, and the commits every 100 files (the writer's side). Prints ms
// per file and each stage's share of the whole. The first files (kWarmUp) also pay for loading the
// dictionaries of their languages and the gazetteer, once per process; their time is left out. The
// index is a temporary directory, removed at the end.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/sniff.h"
#include "index/writer.h"
#include "ocr/ocr_document.h"
#include "ocr/ocr_engine.h"
#include "pipeline/process_file.h"
#include "pipeline/wire.h"
#include "tag/document_tags.h"
#include "text/cleanup.h"
#include "text/document_language.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

enum Stage {
  kRead,
  kExtract,
  kOcrCheck,
  kClean,
  kLanguage,
  kTag,
  kWords,
  kWire,
  kPrepare,
  kAdd,
  kCommit,
  kStages
};
constexpr std::array<const char*, kStages> kNames = {
    "read",          "extract",        "OCR check",      "clean-up",   "language",     "tagging",
    "word analysis", "wire (enc+dec)", "page documents", "Xapian add", "Xapian commit"};

// Files processed before timing starts: enough to meet all four languages in a mixed folder.
constexpr size_t kWarmUp = 20;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: stage_cost DIR [MAX_FILES]\n");
    return 2;
  }
  const size_t max_files = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > max_files) files.resize(max_files);

  char tmpl[] = "/tmp/stage_cost.XXXXXX";
  if (!mkdtemp(tmpl)) return 1;
  const fs::path index_dir = tmpl;
  std::array<double, kStages> seconds{};
  size_t counted = 0, pages = 0;
  {
    twindex::index::IndexWriter writer(index_dir, twindex::index::IndexWriter::LockMode::kFail);
    twindex::ocr::OcrEnginePool engines;
    const twindex::pipeline::ProcessLimits limits;
    for (size_t i = 0; i < files.size(); ++i) {
      std::array<Clock::time_point, kStages + 1> t;
      t[0] = Clock::now();
      twindex::Document doc;
      try {
        const std::string bytes = twindex::pipeline::ReadFileBytes(files[i], limits);
        t[kExtract] = Clock::now();
        auto extractor = twindex::extract::MakeExtractor(twindex::extract::Sniff(bytes));
        if (!extractor) throw twindex::extract::ExtractError("unsupported format");
        doc = extractor->Extract(bytes, files[i]);
        doc.path = files[i];
        t[kOcrCheck] = Clock::now();
        twindex::ocr::OcrDocument(doc, bytes, limits.ocr, engines);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", files[i].c_str(), e.what());
        continue;
      }
      t[kClean] = Clock::now();
      twindex::text::CleanDocument(doc);
      t[kLanguage] = Clock::now();
      twindex::text::IdentifyLanguages(doc);
      t[kTag] = Clock::now();
      twindex::tag::TagDocument(doc);
      t[kWords] = Clock::now();
      twindex::index::DocumentWords words = twindex::index::AnalyzeDocumentWords(doc);
      t[kWire] = Clock::now();
      twindex::pipeline::Extracted extracted =
          twindex::pipeline::DecodeExtracted(twindex::pipeline::EncodeExtracted(doc, words));
      t[kPrepare] = Clock::now();
      twindex::index::FileRecord record;
      record.path = doc.path;
      record.pages = static_cast<int>(doc.pages.size());
      twindex::index::PreparedFile prepared =
          twindex::index::PrepareFile(extracted.document, record, std::move(extracted.words));
      t[kAdd] = Clock::now();
      writer.AddFile(std::move(prepared));
      t[kCommit] = Clock::now();
      if ((i + 1) % 100 == 0 || i + 1 == files.size()) writer.Commit();
      t[kStages] = Clock::now();
      if (i < kWarmUp) continue;  // dictionaries and gazetteer loaded here
      for (int s = 0; s < kStages; ++s)
        seconds[s] += std::chrono::duration<double>(t[s + 1] - t[s]).count();
      ++counted;
      pages += doc.pages.size();
    }
  }
  fs::remove_all(index_dir);
  if (counted == 0) return 1;
  double total = 0;
  for (double s : seconds) total += s;
  std::printf("files %zu, pages %zu, one thread: %.2f ms per file\n", counted, pages,
              1e3 * total / counted);
  for (int s = 0; s < kStages; ++s)
    std::printf("  %-16s %7.3f ms  %5.1f%%\n", kNames[s], 1e3 * seconds[s] / counted,
                100 * seconds[s] / total);
  const double floor_part = seconds[kRead] + seconds[kExtract];
  std::printf("all but reading and extracting: %.2f ms per file, %.0f%% of the extraction's\n",
              1e3 * (total - floor_part) / counted, 100 * (total - floor_part) / floor_part);
  return 0;
}
