// text_layer_eval: the measurement behind ocr/text_layer.h's rule. For every PDF under the
// given folders, prints how many pages pass and fail the rule and the smallest letter counts
// and letter shares among the pages that pass, so a threshold can be checked against real
// text pages (which must pass) and scans (which must not).
//
//   text_layer_eval DIR...
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "ocr/text_layer.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  size_t pages = 0, usable = 0;
  std::vector<size_t> letters;
  std::vector<double> shares;
  std::vector<std::string> failing;
  for (int a = 1; a < argc; ++a)
    for (const auto& e : fs::recursive_directory_iterator(argv[a])) {
      if (!e.is_regular_file() || e.path().extension() != ".pdf") continue;
      std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(e.path().string()));
      if (!pdf || pdf->is_locked()) continue;
      for (int i = 0; i < pdf->pages(); ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page) continue;
        poppler::byte_array utf8 = page->text(poppler::rectf()).to_utf8();
        const std::string text(utf8.begin(), utf8.end());
        const twindex::ocr::TextLayerStats s = twindex::ocr::MeasureTextLayer(text);
        ++pages;
        if (twindex::ocr::UsableTextLayer(text)) {
          ++usable;
          letters.push_back(s.letters);
          shares.push_back(s.characters ? double(s.letters) / s.characters : 0);
        } else {
          failing.push_back(e.path().filename().string() + " p" + std::to_string(i + 1) + " (" +
                            std::to_string(s.letters) + " letters of " +
                            std::to_string(s.characters) + ")");
        }
      }
    }
  std::sort(letters.begin(), letters.end());
  std::sort(shares.begin(), shares.end());
  std::printf("pages %zu: text layer usable %zu, OCR %zu (rule: >= %zu letters, >= %.0f%% letters)\n",
              pages, usable, pages - usable, twindex::ocr::kMinLetters,
              100 * twindex::ocr::kMinLetterShare);
  if (!letters.empty())
    std::printf("usable pages: fewest letters %zu, 1st percentile %zu; lowest letter share %.2f, "
                "1st percentile %.2f\n",
                letters.front(), letters[letters.size() / 100], shares.front(),
                shares[shares.size() / 100]);
  for (const std::string& f : failing) std::printf("  OCR: %s\n", f.c_str());
  return 0;
}
