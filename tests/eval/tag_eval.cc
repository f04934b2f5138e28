// tag_eval: scores city and date tagging against the hand-annotated documents of
// tests/eval/tagging/annotations-*.tsv, and `search --city` against the same annotations.
//
//   tag_eval ROOT INDEX [--check] [--annotations DIR]
//
// ROOT is the repository (annotation paths are relative to it); INDEX an index holding every
// annotated document (run_tag_eval.sh makes it); DIR the folder of annotations-*.tsv files
// (default ROOT/tests/eval/tagging; tests/eval/tagging-heldout is the held-out set). Prints, per
// language, precision, recall and F1 of the documents' city sets (GeoNames ids) and date sets (ISO
// values), then every disagreement; then the recall@10 of `--city NAME` for every annotated city
// with at most 10 documents, asked by each of its names (en, pl, be, lt, ru). With --check, exits 1
// unless both F1 are >= 0.95 in every language and the --city recall is 1.0 (issue 4's acceptance
// line).

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "index/searcher.h"
#include "pipeline/process_file.h"
#include "tag/city_tagger.h"
#include "tag/gazetteer.h"

namespace fs = std::filesystem;
using twindex::Document;
using twindex::tag::Gazetteer;

namespace {

struct Annotation {
  std::string path;  // relative to ROOT
  std::string language;
  std::set<uint32_t> cities;
  std::set<std::string> dates;
};

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep))
    if (!field.empty()) out.push_back(field);
  return out;
}

std::vector<Annotation> LoadAnnotations(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.starts_with("annotations-") && name.ends_with(".tsv")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Annotation> out;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      std::string field;
      std::istringstream fields(line);
      while (std::getline(fields, field, '\t')) f.push_back(field);
      if (f.size() < 4) {
        std::fprintf(stderr, "%s: bad line: %s\n", file.c_str(), line.c_str());
        std::exit(2);
      }
      Annotation a{f[0], f[1], {}, {}};
      for (const std::string& id : SplitOn(f[2], ' '))
        if (id != "-") a.cities.insert(static_cast<uint32_t>(std::stoul(id)));
      for (const std::string& d : SplitOn(f[3], ' '))
        if (d != "-") a.dates.insert(d);
      out.push_back(std::move(a));
    }
  }
  return out;
}

struct Counts {
  size_t docs = 0, gold = 0, tagged = 0, correct = 0;
  double Precision() const { return tagged ? double(correct) / tagged : 1.0; }
  double Recall() const { return gold ? double(correct) / gold : 1.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

template <typename T>
void Score(const std::set<T>& gold, const std::set<T>& tagged, Counts& counts) {
  ++counts.docs;
  counts.gold += gold.size();
  counts.tagged += tagged.size();
  for (const T& t : tagged) counts.correct += gold.count(t);
}

// Where the tagger found city `id` in `doc`: the first mention with some text around it.
std::string MentionInContext(const Document& doc, uint32_t id) {
  for (const twindex::Page& page : doc.pages)
    for (const twindex::tag::CityMention& m :
         twindex::tag::TagCities(page.text, page.language, Gazetteer::Default())) {
      if (m.id != id || m.related) continue;
      size_t from = m.begin >= 30 ? m.begin - 30 : 0, to = std::min(page.text.size(), m.end + 30);
      while (from > 0 && (page.text[from] & 0xC0) == 0x80) --from;  // UTF-8 boundaries
      while (to < page.text.size() && (page.text[to] & 0xC0) == 0x80) ++to;
      std::string context = page.text.substr(from, to - from);
      std::replace(context.begin(), context.end(), '\n', ' ');
      return " \"" + page.text.substr(m.begin, m.end - m.begin) + "\" in \"" + context + "\"";
    }
  return "";
}

std::string CityName(uint32_t id) {
  const twindex::tag::City* c = Gazetteer::Default().Find(id);
  return c ? std::string(c->name(0)) + " (" + std::to_string(id) + ")"
           : std::to_string(id) + " (unknown)";
}

void PrintTable(const char* what, const std::map<std::string, Counts>& by_language) {
  std::printf("%-6s %-4s %5s %5s %6s %7s %9s %6s %6s\n", what, "lang", "docs", "gold", "tagged",
              "correct", "precision", "recall", "F1");
  Counts all;
  for (const auto& [lang, c] : by_language) {
    std::printf("%-6s %-4s %5zu %5zu %6zu %7zu %9.3f %6.3f %6.3f\n", "", lang.c_str(), c.docs,
                c.gold, c.tagged, c.correct, c.Precision(), c.Recall(), c.F1());
    all.docs += c.docs;
    all.gold += c.gold;
    all.tagged += c.tagged;
    all.correct += c.correct;
  }
  std::printf("%-6s %-4s %5zu %5zu %6zu %7zu %9.3f %6.3f %6.3f\n\n", "", "all", all.docs, all.gold,
              all.tagged, all.correct, all.Precision(), all.Recall(), all.F1());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: tag_eval ROOT INDEX [--check] [--annotations DIR]\n");
    return 2;
  }
  const fs::path root = argv[1];
  bool check = false;
  fs::path annotation_dir = root / "tests/eval/tagging";
  for (int a = 3; a < argc; ++a) {
    const std::string arg = argv[a];
    if (arg == "--check") {
      check = true;
    } else if (arg == "--annotations" && a + 1 < argc) {
      annotation_dir = argv[++a];
    } else if (!arg.empty()) {
      std::fprintf(stderr, "tag_eval: unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  const std::vector<Annotation> annotations = LoadAnnotations(annotation_dir);

  std::map<std::string, Counts> city_counts, date_counts;
  std::vector<std::string> errors;
  for (const Annotation& a : annotations) {
    Document doc;
    try {
      doc = twindex::pipeline::ProcessFile((root / a.path).string(), {});
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: %s\n", a.path.c_str(), e.what());
      return 1;
    }
    std::set<uint32_t> cities;
    for (const twindex::CityRef& c : doc.cities) cities.insert(c.id);
    std::set<std::string> dates;
    std::map<std::string, std::string> date_text;
    for (const twindex::DateRef& d : doc.dates) {
      dates.insert(d.iso);
      date_text.emplace(d.iso, d.text);
    }
    Score(a.cities, cities, city_counts[a.language]);
    Score(a.dates, dates, date_counts[a.language]);

    std::string line;
    for (uint32_t id : cities)
      if (!a.cities.count(id)) line += "  city+ " + CityName(id) + MentionInContext(doc, id) + "\n";
    for (uint32_t id : a.cities)
      if (!cities.count(id)) line += "  city- " + CityName(id) + "\n";
    for (const std::string& d : dates)
      if (!a.dates.count(d)) line += "  date+ " + d + " \"" + date_text[d] + "\"\n";
    for (const std::string& d : a.dates)
      if (!dates.count(d)) line += "  date- " + d + "\n";
    if (!line.empty()) errors.push_back(a.path + " (" + a.language + ")\n" + line);
  }

  std::printf("Tagging evaluation: %zu annotated documents (%s)\n\n", annotations.size(),
              annotation_dir.c_str());
  PrintTable("cities", city_counts);
  PrintTable("dates", date_counts);
  std::printf("Disagreements (+ tagged, not annotated; - annotated, not tagged):\n");
  for (const std::string& e : errors) std::printf("%s", e.c_str());
  if (errors.empty()) std::printf("  none\n");

  // --city NAME, for every name of every annotated city with at most 10 documents.
  std::map<uint32_t, std::set<std::string>> docs_of_city;
  for (const Annotation& a : annotations)
    for (uint32_t id : a.cities) docs_of_city[id].insert(fs::weakly_canonical(root / a.path));
  twindex::index::Searcher searcher(argv[2]);
  size_t queries = 0, cities = 0;
  double recall_sum = 0;
  std::vector<std::string> misses;
  for (const auto& [id, docs] : docs_of_city) {
    if (docs.size() > 10) continue;
    ++cities;
    const twindex::tag::City* city = Gazetteer::Default().Find(id);
    std::set<std::string> names;
    if (city)
      for (size_t i = 0; i < twindex::tag::kNameLanguages; ++i) names.emplace(city->name(i));
    else
      names.insert("#" + std::to_string(id));  // not in the gazetteer: cannot be asked for
    for (const std::string& name : names) {
      ++queries;
      std::vector<uint32_t> ids =
          name[0] == '#' ? std::vector<uint32_t>{} : Gazetteer::Default().Lookup(name);
      size_t found = 0;
      if (!ids.empty()) {
        twindex::index::SearchRequest request;
        request.cities = {ids};
        request.limit = 10;
        const twindex::index::SearchResults results = searcher.Search(request);
        for (const twindex::index::Hit& hit : results.hits) found += docs.count(hit.path);
      }
      recall_sum += double(found) / docs.size();
      if (found < docs.size())
        misses.push_back("  --city '" + name + "' (" + CityName(id) + "): " +
                         std::to_string(found) + " of " + std::to_string(docs.size()) + "\n");
    }
  }
  const double city_recall = queries ? recall_sum / queries : 1.0;
  std::printf(
      "\n--city recall@10: %.3f over %zu queries (%zu cities with <= 10 documents, each "
      "by its en/pl/be/lt/ru names)\n",
      city_recall, queries, cities);
  for (const std::string& m : misses) std::printf("%s", m.c_str());

  if (!check) return 0;
  bool ok = city_recall == 1.0;
  for (const auto* counts : {&city_counts, &date_counts})
    for (const auto& [lang, c] : *counts) ok = ok && c.F1() >= 0.95;
  std::printf(
      "\ncheck (F1 >= 0.95 for cities and dates in every language, --city recall@10 = "
      "1.0): %s\n",
      ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
