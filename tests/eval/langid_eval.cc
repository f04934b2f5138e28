// langid_eval: scores language identifiers on tests/eval/langid/snippets.tsv and prints, for
// each, accuracy overall, on snippets of 100+ characters, per language, the Belarusian/Russian
// confusions and the time per snippet. The candidates are twindex's own IdentifyLanguage
// (text/language.h) and, where the libraries were found at build time, CLD2 and libexttextcat:
// the figures are why text/language.cc uses its own model.
//
//   langid_eval [SNIPPETS.tsv] [--errors]    (--errors lists every wrong answer)
//   langid_eval --by-length [PARAGRAPHS.tsv] [--errors]
//
// An answer of "" (undetermined) counts as wrong. --by-length prints the language-by-length
// table instead: twindex's answers on the paragraphs (default: the held-out set
// tests/eval/langid/by_length.tsv) cut into pieces of 20, 50, 100, 200 and 500 characters
// (langid_cuts.h), per length and language the share right, wrong and undetermined; there an
// undetermined answer is honest, not wrong. A figure, not a test: tests/text/language_test
// holds the line the library must keep.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "langid_cuts.h"
#include "text/language.h"

#ifdef TWINDEX_HAVE_CLD2
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#endif
#ifdef TWINDEX_HAVE_EXTTEXTCAT
#include <libexttextcat/textcat.h>
#endif

namespace {

struct Snippet {
  std::string lang;
  std::string text;
  size_t chars = 0;  // code points
};

size_t CountChars(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::vector<Snippet> ReadSnippets(const std::string& path) {
  std::vector<Snippet> snippets;
  for (twindex::langid_eval::LabelledText& t : twindex::langid_eval::ReadLabelledTexts(path)) {
    const size_t chars = CountChars(t.text);
    snippets.push_back({std::move(t.lang), std::move(t.text), chars});
  }
  return snippets;
}

// ---- Derived sets: the same snippets made harder, the same way on every run ----------------

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char b = utf8[i];
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len && i + k < utf8.size(); ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
    out.push_back(c);
    i += len;
  }
  return out;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// The first words of a snippet, at most `limit` characters: a heading, a table cell, a caption.
std::string Prefix(const std::string& text, size_t limit) {
  const std::u32string t = ToU32(text);
  if (t.size() <= limit) return text;
  size_t cut = t.rfind(U' ', limit);
  if (cut == std::u32string::npos || cut < limit / 2) cut = limit;
  return ToUtf8(t.substr(0, cut));
}

// What OCR of a poor scan does: a quarter of the Cyrillic letters that have a Latin look-alike
// come out Latin; breves and diaereses (ў, й, ё) and Polish, Lithuanian and German diacritics
// are lost at times; now and then a letter is dropped or read as a digit. Seeded per snippet.
std::string OcrNoise(const std::string& text, uint32_t seed) {
  static const std::u32string kCyrillic = U"аеорсухіАВЕКМНОРСТХ";
  static const std::u32string kLatin = U"aeopcyxiABEKMHOPCTX";
  static const std::u32string kAccented = U"ąćęłńóśźżčėįšųūžäöüўйёĄĆĘŁŃÓŚŹŻČĖĮŠŲŪŽÄÖÜЎЙЁ";
  static const std::u32string kPlain = U"acelnoszzceisuuzaouуиеACELNOSZZCEISUUZAOUУИЕ";
  static const std::u32string kDigitLike = U"oOlзЗбО";
  static const std::u32string kDigits = U"0013360";
  std::mt19937 rng(seed);
  std::u32string out;
  for (char32_t c : ToU32(text)) {
    const uint32_t r = rng() % 100;
    size_t at;
    if (r < 2) continue;  // dropped
    if (r < 3 && (at = kDigitLike.find(c)) != std::u32string::npos) {
      out += kDigits[at];
    } else if (r < 28 && (at = kCyrillic.find(c)) != std::u32string::npos) {
      out += kLatin[at];
    } else if (r < 40 && (at = kAccented.find(c)) != std::u32string::npos) {
      out += kPlain[at];
    } else {
      out += c;
    }
  }
  return ToUtf8(out);
}

struct Candidate {
  std::string name;
  std::function<std::string(const std::string&)> identify;
};

#ifdef TWINDEX_HAVE_CLD2
// CLD2 answers "un" when unsure; with kCLDFlagBestEffort it guesses on short text too.
std::string Cld2(const std::string& text, int flags) {
  const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, flags, language3,
      percent3, scores3, nullptr, &text_bytes, &reliable);
  const std::string code = CLD2::LanguageCode(language);
  return code == "un" ? "" : code;
}
#endif

#ifdef TWINDEX_HAVE_EXTTEXTCAT
// A libexttextcat handle; textcat_Done frees it.
struct TextcatDeleter {
  void operator()(void* handle) const { textcat_Done(handle); }
};
using TextcatHandle = std::unique_ptr<void, TextcatDeleter>;

// `codes` empty: every fingerprint the package ships (its fpdb.conf); else only those.
TextcatHandle OpenTextcat(const std::vector<std::string>& codes) {
  const std::string dir = TWINDEX_EXTTEXTCAT_DIR "/";
  std::string conf = dir + "fpdb.conf";
  if (!codes.empty()) {
    conf = (std::filesystem::temp_directory_path() / "langid_eval_fpdb.conf").string();
    std::ofstream out(conf);
    for (const std::string& code : codes) out << code << ".lm " << code << "--utf8\n";
  }
  TextcatHandle handle(special_textcat_Init(conf.c_str(), dir.c_str()));
  if (!handle) throw std::runtime_error("libexttextcat cannot load " + conf);
  textcat_SetProperty(handle.get(), TCPROP_UTF8AWARE, TC_TRUE);
  textcat_SetProperty(handle.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, 1);  // guess on short text too
  return handle;
}

// "[pl--utf8][cs--utf8]" -> "pl"; "UNKNOWN", "SHORT" -> "".
std::string Textcat(void* handle, const std::string& text) {
  const std::string result = textcat_Classify(handle, text.data(), text.size());
  if (result.empty() || result[0] != '[') return "";
  return result.substr(1, result.find_first_of("-]") - 1);
}
#endif

struct Counts {
  int right = 0, total = 0;
  void Add(bool ok) { right += ok, ++total; }
  std::string Percent() const {
    if (total == 0) return "-";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", 100.0 * right / total);
    return buffer;
  }
};

// Columns of the table; snippets in any other language are pooled under "other".
const std::vector<std::string> kLanguages = {"pl", "be", "lt", "ru", "uk", "en", "de", "other"};
const std::vector<std::string> kTwindexLanguages = {"pl", "be", "lt", "ru", "uk", "en", "de",
                                                    "fr", "es", "it", "nl", "cs", "sk", "lv"};

const std::string& Column(const std::string& lang) {
  for (const std::string& column : kLanguages) {
    if (column == lang) return column;
  }
  return kLanguages.back();
}

void PrintTable(const std::string& title, const std::vector<Snippet>& snippets,
                const std::vector<Candidate>& candidates, std::vector<std::string>* errors) {
  size_t long_count = 0;
  std::map<std::string, int> per_language_count;
  for (const Snippet& s : snippets)
    long_count += s.chars >= 100, ++per_language_count[Column(s.lang)];
  std::printf("\n%s: %zu snippets, %zu of 100+ characters\n", title.c_str(), snippets.size(),
              long_count);
  std::printf("%-20s %6s %6s", "", "", "");
  for (const std::string& lang : kLanguages) std::printf(" %6d", per_language_count[lang]);
  std::printf("\n%-20s %6s %6s", "candidate", "all", "100+");
  for (const std::string& lang : kLanguages) std::printf(" %6s", lang.c_str());
  std::printf("  %-11s %-11s %5s %9s\n", "be>ru/ru>be", "same 100+", "\"\"", "us/snippet");

  for (const Candidate& candidate : candidates) {
    Counts all, long_ones;
    std::map<std::string, Counts> per_language;
    int be_ru = 0, ru_be = 0, be_ru_long = 0, ru_be_long = 0, undetermined = 0;
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> answers;
    for (const Snippet& s : snippets) answers.push_back(candidate.identify(s.text));
    const double micros =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count() /
        snippets.size();
    for (size_t i = 0; i < snippets.size(); ++i) {
      const Snippet& s = snippets[i];
      const std::string& got = answers[i];
      const bool ok = got == s.lang;
      all.Add(ok);
      per_language[Column(s.lang)].Add(ok);
      if (s.chars >= 100) long_ones.Add(ok);
      undetermined += got.empty();
      if (s.lang == "be" && got == "ru") ++be_ru, be_ru_long += s.chars >= 100;
      if (s.lang == "ru" && got == "be") ++ru_be, ru_be_long += s.chars >= 100;
      if (!ok && errors) {
        errors->push_back(title.substr(0, 10) + "\t" + candidate.name + "\t" + s.lang + " -> " +
                          (got.empty() ? "\"\"" : got) + "\t" + s.text);
      }
    }
    std::printf("%-20s %6s %6s", candidate.name.c_str(), all.Percent().c_str(),
                long_ones.Percent().c_str());
    for (const std::string& lang : kLanguages) {
      std::printf(" %6s", per_language[lang].Percent().c_str());
    }
    const std::string confusion = std::to_string(be_ru) + "/" + std::to_string(ru_be);
    const std::string confusion_long =
        std::to_string(be_ru_long) + "/" + std::to_string(ru_be_long);
    std::printf("  %-11s %-11s %5d %9.1f\n", confusion.c_str(), confusion_long.c_str(),
                undetermined, micros);
  }
}

// The language-by-length table: rows are lengths, each language a cell of right, wrong and
// undetermined in percent; the last column pools the wrong answers of all languages.
void PrintByLength(const std::string& path, bool errors) {
  using twindex::langid_eval::Outcome;
  const auto texts = twindex::langid_eval::ReadLabelledTexts(path);
  std::vector<std::string> languages;
  for (const auto& text : texts) {
    if (std::find(languages.begin(), languages.end(), text.lang) == languages.end())
      languages.push_back(text.lang);
  }
  std::printf("langid_eval --by-length: %s, %zu paragraphs\n", path.c_str(), texts.size());
  std::printf("per language: right / wrong / undetermined (\"\"), %% of the pieces; n pieces\n");
  std::printf("%-6s", "chars");
  for (const std::string& lang : languages) std::printf(" | %-19s", lang.c_str());
  std::printf(" | %-15s | %s\n", "all wrong", "us/call");
  std::vector<std::string> error_lines;
  for (size_t limit : twindex::langid_eval::Lengths()) {
    std::map<std::string, Outcome> cells;
    Outcome all;
    double seconds = 0;
    seconds = twindex::langid_eval::ScoreAtLength(
        texts, limit,
        [&](const std::string& lang, const std::string& piece, const std::string& got) {
          Outcome& cell = cells[lang];
          int& count = got == lang ? cell.right : got.empty() ? cell.undetermined : cell.wrong;
          ++count;
          int& pooled = got == lang ? all.right : got.empty() ? all.undetermined : all.wrong;
          ++pooled;
          if (errors && got != lang && !got.empty()) {
            error_lines.push_back(std::to_string(limit) + "\t" + lang + " -> " + got + "\t" +
                                  piece);
          }
        });
    std::printf("%-6zu", limit);
    for (const std::string& lang : languages) {
      const Outcome& c = cells[lang];
      std::printf(" | %5.1f %4.1f %4.1f %3d", 100 * c.Share(c.right), 100 * c.Share(c.wrong),
                  100 * c.Share(c.undetermined), c.total());
    }
    std::printf(" | %4.1f%% of %-6d | %6.1f\n", 100 * all.Share(all.wrong), all.total(),
                1e6 * seconds / all.total());
  }
  // The machine is shared: the best of seven runs is the figure to compare. Pages: five
  // paragraphs joined (about 2.4 KB, over the 1.5 KiB that IdentifyLanguage reads).
  std::vector<std::string> pieces, pages;
  for (size_t limit : twindex::langid_eval::Lengths()) {
    for (const auto& text : texts) {
      for (std::string& piece : twindex::langid_eval::CutAtLength(text.text, limit))
        pieces.push_back(std::move(piece));
    }
  }
  for (size_t i = 0; i + 5 <= texts.size(); i += 5) {
    std::string page;
    for (size_t k = i; k < i + 5; ++k) page += texts[k].text + "\n";
    pages.push_back(std::move(page));
  }
  auto best_micros = [](const std::vector<std::string>& inputs, int repeat) {
    double best = 1e9;
    for (int run = 0; run < 7; ++run) {
      const auto start = std::chrono::steady_clock::now();
      for (int r = 0; r < repeat; ++r) {
        for (const std::string& input : inputs) twindex::text::IdentifyLanguage(input);
      }
      const std::chrono::duration<double, std::micro> took =
          std::chrono::steady_clock::now() - start;
      best = std::min(best, took.count() / (repeat * inputs.size()));
    }
    return best;
  };
  std::printf(
      "speed (best of 7 runs): %.2f us per piece (%zu pieces), %.1f us per page (%zu pages)\n",
      best_micros(pieces, 3), pieces.size(), best_micros(pages, 20), pages.size());
  if (errors) {
    std::printf("\nwrong answers (length, truth -> answer, piece):\n");
    for (const std::string& line : error_lines) std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  bool errors = false, by_length = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors")
      errors = true;
    else if (arg == "--by-length")
      by_length = true;
    else
      path = arg;
  }
  if (by_length) {
    PrintByLength(path.empty() ? TWINDEX_SOURCE_DIR "/tests/eval/langid/by_length.tsv" : path,
                  errors);
    return 0;
  }
  if (path.empty()) path = TWINDEX_SOURCE_DIR "/tests/eval/langid/snippets.tsv";
  const std::vector<Snippet> snippets = ReadSnippets(path);

  std::vector<Candidate> candidates;
  candidates.push_back(
      {"twindex", [](const std::string& t) { return twindex::text::IdentifyLanguage(t).code; }});
#ifdef TWINDEX_HAVE_CLD2
  candidates.push_back({"cld2", [](const std::string& t) { return Cld2(t, 0); }});
  candidates.push_back(
      {"cld2 best-effort", [](const std::string& t) { return Cld2(t, CLD2::kCLDFlagBestEffort); }});
#endif
#ifdef TWINDEX_HAVE_EXTTEXTCAT
  // shared_ptr: std::function needs a copyable callable.
  std::shared_ptr<void> all(OpenTextcat({}).release(), TextcatDeleter());
  std::shared_ptr<void> ours(OpenTextcat(kTwindexLanguages).release(), TextcatDeleter());
  candidates.push_back(
      {"exttextcat", [all](const std::string& t) { return Textcat(all.get(), t); }});
  candidates.push_back(
      {"exttextcat 14 langs", [ours](const std::string& t) { return Textcat(ours.get(), t); }});
#endif

  struct Set {
    std::string title;
    std::vector<Snippet> snippets;
  };
  std::vector<Set> sets = {{"the snippets as written", snippets}};
  Set shorts{"their first words, at most 30 characters (headings, captions)", {}};
  Set noisy{"with simulated OCR noise (Latin look-alikes, lost diacritics, dropped letters)", {}};
  for (size_t i = 0; i < snippets.size(); ++i) {
    Snippet s = snippets[i];
    s.text = Prefix(s.text, 30);
    s.chars = CountChars(s.text);
    shorts.snippets.push_back(s);
    s = snippets[i];
    s.text = OcrNoise(s.text, static_cast<uint32_t>(i + 1));
    s.chars = CountChars(s.text);
    noisy.snippets.push_back(s);
  }
  sets.push_back(std::move(shorts));
  sets.push_back(std::move(noisy));

  std::printf("langid_eval: %s\n", path.c_str());
  std::printf(
      "accuracy in %%; \"\" (undetermined) counts as wrong; be>ru = Belarusian taken for "
      "Russian; the second row gives the number of snippets per language\n");
  std::vector<std::string> error_lines;
  for (const Set& set : sets) {
    PrintTable(set.title, set.snippets, candidates, errors ? &error_lines : nullptr);
  }
  if (errors) {
    std::printf("\nwrong answers:\n");
    for (const std::string& line : error_lines) std::printf("%s\n", line.c_str());
  }
  return 0;
}
