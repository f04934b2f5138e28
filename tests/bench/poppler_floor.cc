// poppler_floor: the fastest ingest could possibly be — Poppler's text extraction alone,
// in-process, on every core, with the same page->text() call as extract/pdf_extractor.cc and
// nothing else (no hashing, no processes, no tokenizing, no index).
//
//   poppler_floor [--threads N] [--json] PATH...   (folders are walked for *.pdf)
//
// Prints files, pages, seconds, files/s and pages/s (one JSON object with --json, which also has
// the text's size: chars, in UTF-16 units as Poppler gives them, and text_bytes, in UTF-8, the
// "MB of text" that CPU seconds per MB are figured on).
//
// One document stays open throughout: poppler-cpp builds its global state (GlobalParams: font and
// Unicode tables, a scan of its data folders) when the first document opens and frees it when the
// last one closes, so a lone thread would otherwise rebuild it for every file (~25% more CPU here).

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> FindPdfs(const std::vector<std::string>& roots) {
  std::vector<std::string> files;
  for (const auto& root : roots) {
    if (fs::is_regular_file(root)) {
      files.push_back(root);
      continue;
    }
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().extension() == ".pdf") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // same order every run
  return files;
}

// The UTF-8 size of Poppler's UTF-16 text, counted without converting it (a pass over the units:
// well under 1% of the extraction's time).
size_t Utf8Bytes(const poppler::ustring& text) {
  size_t bytes = 0;
  for (const auto unit : text) {
    const unsigned u = unit;
    bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : (u >= 0xD800 && u < 0xE000) ? 2 : 3;  // a pair: 4
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  bool json = false;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) {
      threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--json") {
      json = true;
    } else if (arg.rfind("--", 0) == 0) {
      std::cerr << "usage: poppler_floor [--threads N] [--json] PATH...\n";
      return arg == "--help" ? 0 : 2;
    } else {
      roots.push_back(arg);
    }
  }
  if (roots.empty()) {
    std::cerr << "usage: poppler_floor [--threads N] [--json] PATH...\n";
    return 2;
  }
  // As in twindex: Poppler's complaints about odd files are noise here.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);

  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> files = FindPdfs(roots);
  std::unique_ptr<poppler::document> keep_global_state(
      files.empty() ? nullptr : poppler::document::load_from_file(files.front()));
  std::atomic<size_t> next{0}, pages{0}, failed{0}, chars{0}, text_bytes{0};
  auto work = [&] {
    size_t my_pages = 0, my_chars = 0, my_bytes = 0;
    for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();) {
      std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(files[i]));
      if (!doc || doc->is_locked()) {
        failed.fetch_add(1, std::memory_order_relaxed);
        continue;
      }
      for (int p = 0, n = doc->pages(); p < n; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page) continue;
        // Counting the characters keeps the extraction from being optimised away.
        const poppler::ustring text =
            page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout);
        my_chars += text.size();
        my_bytes += Utf8Bytes(text);
        ++my_pages;
      }
    }
    pages += my_pages;
    chars += my_chars;
    text_bytes += my_bytes;
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const double fps = files.size() / seconds, pps = pages / seconds;
  char line[512];
  if (json)
    std::snprintf(line, sizeof line,
                  "{\"files\": %zu, \"pages\": %zu, \"failed\": %zu, \"chars\": %zu, "
                  "\"text_bytes\": %zu, \"threads\": %u, \"seconds\": %.3f, "
                  "\"files_per_s\": %.1f, \"pages_per_s\": %.1f}",
                  files.size(), pages.load(), failed.load(), chars.load(), text_bytes.load(),
                  threads, seconds, fps, pps);
  else
    std::snprintf(line, sizeof line,
                  "files %zu  pages %zu  failed %zu  threads %u  seconds %.3f  files/s %.1f  "
                  "pages/s %.1f",
                  files.size(), pages.load(), failed.load(), threads, seconds, fps, pps);
  std::cout << line << "\n";
  return failed ? 1 : 0;
}
