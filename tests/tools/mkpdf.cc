// mkpdf: renders UTF-8 text into a text PDF with document metadata, for sample documents, tests and
// benchmarks.
//
//   mkpdf OUT.pdf [options] < input.txt
//   mkpdf --batch LIST [options]
//
// Input: pages are separated by form feeds (\f); within a page, paragraphs are separated by blank
// lines; single newlines inside a paragraph are kept as line breaks. Text is laid out with Pango
// on A4 with 2 cm margins; a page whose text does not fit continues on extra pages.
//
// Batch mode reads LIST ("-" for stdin), one PDF per line:
//   OUT.pdf<TAB>INPUT.txt[<TAB>title[<TAB>author[<TAB>created]]]
// Empty fields leave the metadata unset; blank lines and lines starting with '#' are skipped.
// --subject, --font and --font-size apply to every document of the batch; --jobs N renders on N
// threads (0: one per core). Relative paths are relative to the working directory. A failing
// entry is reported and skipped; the exit status is then 1.

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace {

// --- RAII wrappers ------------------------------------------------------------------------------

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const noexcept {
    if (p != nullptr) Free(p);
  }
};
template <typename T>
struct GObjectDeleter {
  void operator()(T* p) const noexcept {
    if (p != nullptr) g_object_unref(p);
  }
};

using SurfacePtr =
    std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using CairoPtr = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t,
                                       Deleter<cairo_font_options_t, cairo_font_options_destroy>>;
using FontDescPtr = std::unique_ptr<PangoFontDescription,
                                    Deleter<PangoFontDescription, pango_font_description_free>>;
using AttrListPtr = std::unique_ptr<PangoAttrList, Deleter<PangoAttrList, pango_attr_list_unref>>;
using LayoutIterPtr =
    std::unique_ptr<PangoLayoutIter, Deleter<PangoLayoutIter, pango_layout_iter_free>>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectDeleter<PangoContext>>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter<PangoLayout>>;

// --- Page geometry (PDF points) -----------------------------------------------------------------

constexpr double kPageWidth = 595.276;   // A4: 210 mm
constexpr double kPageHeight = 841.890;  // A4: 297 mm
constexpr double kMargin = 56.693;       // 2 cm
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kTextBottom = kPageHeight - kMargin;

struct Metadata {
  std::string title, author, subject, created;  // empty = not set
};

struct Style {
  std::string font_family = "DejaVu Serif";
  double font_size = 11.0;
};

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

constexpr const char* kUsage =
    "usage: mkpdf OUT.pdf [--title T] [--author A] [--subject S] [--created YYYY-MM-DD]\n"
    "             [--font FAMILY] [--font-size N] < input.txt\n"
    "       mkpdf --batch LIST [--jobs N] [--subject S] [--font FAMILY] [--font-size N]\n"
    "LIST lines: OUT.pdf<TAB>INPUT.txt[<TAB>title[<TAB>author[<TAB>created]]]\n"
    "Input: UTF-8; \\f separates pages, blank lines separate paragraphs.\n";

// --- Input handling -----------------------------------------------------------------------------

// Accepts YYYY-MM-DD or a full ISO 8601 timestamp YYYY-MM-DDThh:mm:ss[Z|+hh:mm] and returns the
// form cairo wants. A bare date becomes noon UTC so that no time zone shifts it to another day.
std::string ToCairoDate(std::string_view s) {
  auto digits = [&](size_t pos, size_t n) {
    if (pos + n > s.size()) return false;
    for (size_t i = pos; i < pos + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto number = [&](size_t pos, size_t n) {
    int v = 0;
    std::from_chars(s.data() + pos, s.data() + pos + n, v);
    return v;
  };
  const bool date_ok = s.size() >= 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) &&
                       s[7] == '-' && digits(8, 2) && number(5, 2) >= 1 && number(5, 2) <= 12 &&
                       number(8, 2) >= 1 && number(8, 2) <= 31;
  if (date_ok && s.size() == 10) return std::string(s) + "T12:00:00Z";
  const bool time_ok = date_ok && s.size() >= 19 && s[10] == 'T' && digits(11, 2) && s[13] == ':' &&
                       digits(14, 2) && s[16] == ':' && digits(17, 2);
  if (time_ok) {
    const std::string_view zone = s.substr(19);
    if (zone.empty() || zone == "Z" ||
        (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits(20, 2) &&
         zone[3] == ':' && digits(23, 2)))
      return std::string(s);
  }
  throw UsageError("invalid date '" + std::string(s) +
                   "' (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[Z|+hh:mm])");
}

std::string ReadAll(std::istream& in) {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open '" + path +
                             "': " + std::generic_category().message(errno));
  return ReadAll(in);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    const size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Splits one page into paragraphs at blank (whitespace-only) lines, trimming surrounding newlines.
std::vector<std::string> Paragraphs(std::string_view page) {
  std::vector<std::string> paragraphs;
  std::string current;
  for (std::string_view line : Split(page, '\n')) {
    if (IsBlank(line)) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (!current.empty()) current += '\n';
    current += line;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

// CRLF input would otherwise leave stray \r glyphs in the layout.
std::string StripCarriageReturns(std::string text) {
  std::erase(text, '\r');
  return text;
}

// --- Rendering ----------------------------------------------------------------------------------

// Holds what can be shared across documents: the Pango context keeps the font map and its font
// cache warm, which is what makes batch mode cheap.
class Renderer {
 public:
  explicit Renderer(const Style& style)
      : context_(pango_font_map_create_context(pango_cairo_font_map_get_default())),
        font_(pango_font_description_new()),
        attrs_(pango_attr_list_new()),
        paragraph_gap_(style.font_size * 0.6) {
    // PDF units are points, so render at 72 dpi (Pango's default is 96).
    pango_cairo_context_set_resolution(context_.get(), 72.0);
    FontOptionsPtr options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_.get(), options.get());

    pango_font_description_set_family(font_.get(), style.font_family.c_str());
    pango_font_description_set_absolute_size(font_.get(), style.font_size * PANGO_SCALE);
    // Soft hyphens and ligatures would change the text that pdftotext and indexers read back.
    pango_attr_list_insert(attrs_.get(), pango_attr_insert_hyphens_new(FALSE));
    pango_attr_list_insert(attrs_.get(), pango_attr_font_features_new("liga=0, clig=0"));
  }

  void Render(std::string_view text, const std::string& out_path, const Metadata& meta) {
    if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr))
      throw std::runtime_error("input for '" + out_path + "' is not valid UTF-8");

    SurfacePtr surface(cairo_pdf_surface_create(out_path.c_str(), kPageWidth, kPageHeight));
    CheckStatus(cairo_surface_status(surface.get()), out_path);
    SetMetadata(surface.get(), meta);
    CairoPtr cr(cairo_create(surface.get()));
    pango_cairo_update_context(cr.get(), context_.get());

    std::vector<std::string_view> pages = Split(text, '\f');
    // A trailing form feed ends the last page rather than starting an empty one.
    if (pages.size() > 1 && IsBlank(pages.back())) pages.pop_back();
    for (std::string_view page : pages) {
      RenderPage(cr.get(), page);
      cairo_show_page(cr.get());
    }
    CheckStatus(cairo_status(cr.get()), out_path);
    cr.reset();
    cairo_surface_finish(surface.get());  // writes the file; errors surface only here
    CheckStatus(cairo_surface_status(surface.get()), out_path);
  }

 private:
  static void CheckStatus(cairo_status_t status, const std::string& path) {
    if (status != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error("cannot write '" + path + "': " + cairo_status_to_string(status));
  }

  static void SetMetadata(cairo_surface_t* surface, const Metadata& meta) {
    auto set = [surface](cairo_pdf_metadata_t key, const std::string& value) {
      if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, value.c_str());
    };
    set(CAIRO_PDF_METADATA_TITLE, meta.title);
    set(CAIRO_PDF_METADATA_AUTHOR, meta.author);
    set(CAIRO_PDF_METADATA_SUBJECT, meta.subject);
    set(CAIRO_PDF_METADATA_CREATOR, "twindex mkpdf");
    if (!meta.created.empty()) set(CAIRO_PDF_METADATA_CREATE_DATE, ToCairoDate(meta.created));
  }

  // Places one input page line by line, starting a new PDF page whenever a line would cross the
  // bottom margin. Line-level placement (rather than whole paragraphs) lets long paragraphs split.
  void RenderPage(cairo_t* cr, std::string_view page) {
    double y = kMargin;
    bool page_has_text = false;
    for (const std::string& paragraph : Paragraphs(page)) {
      if (page_has_text) y += paragraph_gap_;
      LayoutPtr layout(pango_layout_new(context_.get()));
      pango_layout_set_font_description(layout.get(), font_.get());
      pango_layout_set_attributes(layout.get(), attrs_.get());
      pango_layout_set_width(layout.get(), static_cast<int>(kTextWidth * PANGO_SCALE));
      pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text(layout.get(), paragraph.data(), static_cast<int>(paragraph.size()));

      LayoutIterPtr iter(pango_layout_get_iter(layout.get()));
      do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
        const double height = static_cast<double>(logical.height) / PANGO_SCALE;
        if (page_has_text && y + height > kTextBottom) {
          cairo_show_page(cr);
          y = kMargin;
        }
        const double ascent =
            static_cast<double>(pango_layout_iter_get_baseline(iter.get()) - logical.y) /
            PANGO_SCALE;
        cairo_move_to(cr, kMargin + static_cast<double>(logical.x) / PANGO_SCALE, y + ascent);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter.get()));
        y += height;
        page_has_text = true;
      } while (pango_layout_iter_next_line(iter.get()));
    }
  }

  ContextPtr context_;
  FontDescPtr font_;
  AttrListPtr attrs_;
  double paragraph_gap_;
};

// --- Command line -------------------------------------------------------------------------------

struct Options {
  std::string out_path;
  std::string batch_list;  // non-empty: batch mode
  int jobs = 1;            // batch worker threads
  Metadata meta;
  Style style;
};

double ParseFontSize(const std::string& s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < 4 || v > 72)
    throw UsageError("invalid --font-size '" + s + "' (expected a number from 4 to 72)");
  return v;
}

int ParseJobs(const std::string& s) {
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < 0 || v > 256)
    throw UsageError("invalid --jobs '" + s + "' (expected 0 for all cores, or 1 to 256)");
  if (v == 0) v = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return v;
}

Options ParseArgs(int argc, char** argv) {
  Options opt;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    }
    if (arg.size() < 2 || arg.compare(0, 2, "--") != 0) {
      positional.push_back(arg);
      continue;
    }
    // Both "--key value" and "--key=value".
    std::string key = arg, value;
    if (const size_t eq = arg.find('='); eq != std::string::npos) {
      key = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      throw UsageError("option " + arg + " needs a value");
    }
    if (key == "--title") {
      opt.meta.title = value;
    } else if (key == "--author") {
      opt.meta.author = value;
    } else if (key == "--subject") {
      opt.meta.subject = value;
    } else if (key == "--created") {
      ToCairoDate(value);  // validate now, so a bad date fails before any output is written
      opt.meta.created = value;
    } else if (key == "--font") {
      opt.style.font_family = value;
    } else if (key == "--font-size") {
      opt.style.font_size = ParseFontSize(value);
    } else if (key == "--batch") {
      opt.batch_list = value;
    } else if (key == "--jobs") {
      opt.jobs = ParseJobs(value);
    } else {
      throw UsageError("unknown option " + key);
    }
  }
  if (!opt.batch_list.empty()) {
    if (!positional.empty()) throw UsageError("--batch takes no OUT.pdf argument");
    if (!opt.meta.title.empty() || !opt.meta.author.empty() || !opt.meta.created.empty())
      throw UsageError("--title/--author/--created are per-document in batch mode (use LIST)");
  } else {
    if (opt.jobs != 1) throw UsageError("--jobs only applies to --batch");
    if (positional.size() != 1) throw UsageError("expected exactly one OUT.pdf argument");
    opt.out_path = positional[0];
  }
  return opt;
}

struct BatchEntry {
  int line_no;
  std::string line;
  std::string error;  // set by the worker that rendered it
};

void RenderEntry(const Options& opt, Renderer& renderer, BatchEntry& entry) {
  const std::vector<std::string_view> f = Split(entry.line, '\t');
  if (f.size() < 2 || f.size() > 5 || f[0].empty() || f[1].empty())
    throw UsageError("expected OUT.pdf<TAB>INPUT.txt[<TAB>title<TAB>author<TAB>created]");
  Metadata meta = opt.meta;
  meta.title = f.size() > 2 ? std::string(f[2]) : "";
  meta.author = f.size() > 3 ? std::string(f[3]) : "";
  meta.created = f.size() > 4 ? std::string(f[4]) : "";
  if (!meta.created.empty()) ToCairoDate(meta.created);  // validate before writing anything
  renderer.Render(StripCarriageReturns(ReadFile(std::string(f[1]))), std::string(f[0]), meta);
}

// Each worker owns a Renderer: Pango contexts are not shareable across threads, while the
// default font map is already per thread.
int RunBatch(const Options& opt) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (opt.batch_list != "-") {
    file.open(opt.batch_list);
    if (!file) throw std::runtime_error("cannot open batch list '" + opt.batch_list + "'");
    in = &file;
  }
  std::vector<BatchEntry> entries;
  int line_no = 0;
  for (std::string line; std::getline(*in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line) || line[0] == '#') continue;
    entries.push_back({line_no, std::move(line), {}});
  }

  std::atomic<size_t> next{0};
  auto work = [&] {
    Renderer renderer(opt.style);
    for (size_t i = next++; i < entries.size(); i = next++) {
      try {
        RenderEntry(opt, renderer, entries[i]);
      } catch (const std::exception& e) {
        entries[i].error = e.what();
      }
    }
  };
  const size_t jobs = std::min(static_cast<size_t>(opt.jobs), std::max<size_t>(entries.size(), 1));
  std::vector<std::jthread> workers;
  for (size_t j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  workers.clear();  // joins

  int failures = 0;
  for (const BatchEntry& entry : entries) {
    if (entry.error.empty()) continue;
    std::cerr << "mkpdf: " << opt.batch_list << ":" << entry.line_no << ": " << entry.error << "\n";
    ++failures;
  }
  if (failures > 0) std::cerr << "mkpdf: " << failures << " of " << entries.size() << " failed\n";
  return failures > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Options opt = ParseArgs(argc, argv);
    if (!opt.batch_list.empty()) return RunBatch(opt);
    Renderer renderer(opt.style);
    renderer.Render(StripCarriageReturns(ReadAll(std::cin)), opt.out_path, opt.meta);
    return 0;
  } catch (const UsageError& e) {
    std::cerr << "mkpdf: " << e.what() << "\n" << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "mkpdf: " << e.what() << "\n";
    return 1;
  }
}
