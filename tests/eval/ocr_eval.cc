// ocr_eval: OCR quality on the sample scans against their ground truth
// (tests/data/scan-src/manifest.tsv: output file, page, ground-truth source, language, rotation,
// and whether the page is a scan or keeps a text layer).
//
//   ocr_eval ROOT [--check MAX_CER]
//   ocr_eval --cer TRUTH.txt TEXT.txt      prints the CER of one text (for the OCR benchmark)
//
// Processes each sample file as ingest does (pipeline::ProcessFile, OCR cache off) and prints,
// per page, whether it was OCR'd, Tesseract's languages and confidence, the turn applied, the
// time, and the character error rate: edit distance over the ground truth's length, on Unicode
// characters, with every run of whitespace counted as one space (line breaks are layout, not
// text). With --check: exits 1 unless every scan page was OCR'd with a CER <= MAX_CER, every
// text page kept its text layer (no OCR), and every rotated page was turned by its rotation.
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/process_file.h"
#include "text/edit_distance.h"

namespace fs = std::filesystem;

namespace {

std::u32string Normalized(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::u32string out;
  bool space = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0xA0) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(U' ');
    space = false;
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--cer") {
    const std::u32string truth = Normalized(ReadFile(argv[2]));
    const std::u32string text = Normalized(ReadFile(argv[3]));
    std::printf("%.6f\n", truth.empty()
                              ? 0.0
                              : double(twindex::text::EditDistance(text, truth)) / truth.size());
    return 0;
  }
  if (argc < 2) {
    std::fprintf(stderr, "usage: ocr_eval ROOT [--check MAX_CER]\n");
    return 2;
  }
  const fs::path root = argv[1];
  const bool check = argc > 3 && std::string(argv[2]) == "--check";
  const double max_cer = check ? std::atof(argv[3]) : 1.0;
  const fs::path src = root / "tests/data/scan-src";
  std::ifstream manifest(src / "manifest.tsv");
  std::string line;
  std::getline(manifest, line);  // header

  std::map<std::string, twindex::Document> docs;
  bool ok = true;
  double cer_sum = 0, seconds = 0;
  size_t scans = 0;
  std::printf("%-44s %4s %4s %3s %-8s %4s %4s %6s %6s\n", "file", "page", "lang", "rot", "ocr",
              "conf", "turn", "sec", "CER%");
  while (std::getline(manifest, line)) {
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    if (f.size() < 6) continue;
    const std::string& file = f[0];
    const size_t page = std::stoul(f[1]);
    const bool scan = f[5].find("scan") != std::string::npos;
    const int rotation = f[4] == "-" ? 0 : std::atoi(f[4].c_str());
    if (!docs.count(file)) {
      twindex::pipeline::ProcessLimits limits;  // no cache: every page is OCR'd and timed
      try {
        docs[file] =
            twindex::pipeline::ProcessFile((root / "sample-docs/scans" / file).string(), limits);
      } catch (const std::exception& e) {
        std::printf("%s: %s\n", file.c_str(), e.what());
        ok = false;
        continue;
      }
    }
    const twindex::Document& doc = docs[file];
    if (page > doc.pages.size()) {
      std::printf("%s: no page %zu\n", file.c_str(), page);
      ok = false;
      continue;
    }
    const twindex::Page& p = doc.pages[page - 1];
    const std::u32string truth = Normalized(ReadFile(src / f[2]));
    const double cer =
        truth.empty()
            ? 0
            : double(twindex::text::EditDistance(Normalized(p.text), truth)) / truth.size();
    std::printf("%-44s %4zu %4s %3d %-8s %4d %4d %6.2f %6.2f\n", file.c_str(), page, f[3].c_str(),
                rotation, p.ocr ? p.ocr_languages.c_str() : "-", p.ocr_confidence, p.ocr_rotation,
                p.ocr_seconds, 100 * cer);
    if (scan) {
      ++scans;
      cer_sum += cer;
      seconds += p.ocr_seconds;
      if (!p.ocr || cer > max_cer || p.ocr_rotation != rotation) ok = false;
    } else if (p.ocr) {
      ok = false;  // a page with a text layer must keep it
    }
  }
  if (scans > 0)
    std::printf(
        "\nscan pages %zu: mean CER %.2f%%, OCR %.2f s in all, %.2f pages/s on one thread\n", scans,
        100 * cer_sum / scans, seconds, scans / seconds);
  if (!check) return 0;
  std::printf("check (scan pages OCR'd, turned right, CER <= %.2f%%; text pages not OCR'd): %s\n",
              100 * max_cer, ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
