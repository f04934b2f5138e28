#include "index/forms_query.h"

#include <algorithm>
#include <cmath>

#include "index/word_term.h"

namespace twindex::index {
namespace {

// The inverse document frequency part of Xapian 1.4's BM25Weight (no relevance set): log of
// (N - n + 0.5) / (n + 0.5), raised to at least log(1 + r/2) for a term in over half the pages
// (bm25weight.cc does the same, so a scale of idf(group) / idf(form) makes the form weigh with
// the group's frequency).
double Idf(double collection_size, double termfreq) {
  double ratio = (collection_size - termfreq + 0.5) / (termfreq + 0.5);
  if (ratio < 2) ratio = ratio * 0.5 + 1;
  return std::log(ratio);
}

}  // namespace

Xapian::Query OtherFormsQuery(const Xapian::Database& db, std::vector<std::string> forms,
                              double weight) {
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  const double pages = db.get_doccount();
  std::vector<std::pair<std::string, double>> present;  // form, its pages
  double none_of_them = 1;  // the share of pages holding no form, if forms occur independently
  for (const std::string& form : forms) {
    const double termfreq = db.get_termfreq(schema::WordTerm(form));
    if (termfreq == 0) continue;
    present.emplace_back(form, termfreq);
    none_of_them *= 1 - termfreq / pages;
  }
  if (present.empty()) return Xapian::Query::MatchNothing;
  const double group_idf = Idf(pages, std::min(pages, pages * (1 - none_of_them)));
  std::vector<Xapian::Query> scaled;
  for (const auto& [form, termfreq] : present) {
    const double idf = Idf(pages, termfreq);
    const double scale = idf > 1e-12 ? weight * group_idf / idf : 0;
    scaled.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(schema::WordTerm(form)),
                        scale);
  }
  return Xapian::Query(Xapian::Query::OP_OR, scaled.begin(), scaled.end());
}

}  // namespace twindex::index
