// Known stems: what Hunspell told the ingest about each word of the pages in a dictionary
// language (pl, be), kept in the index's synonym table (schema.h: XK), so a search analyzes a
// query word the index holds without loading a 31 MB dictionary (~0.2 s, most of a search's
// start-up). A word the index holds only on pages of other languages (a Lithuanian word, for
// Polish) is taken to have no stems in that language: its stems there could only lead to that
// language's inflections of a word none of its pages uses, and asking would load the dictionary
// for most Lithuanian and Russian queries. Only a word the index does not hold at all is
// stemmed by the dictionary.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/form_links.h"
#include "text/analyzer.h"

namespace twindex::index {

// The links that record `word`'s stems in the dictionary languages it was stemmed in (stored
// with the form links, form_links.h).
void AddKnownStemLinks(const text::AnalyzedWord& word, std::vector<FormLink>& links);

// KnownStems read from an index: the recorded stems; none for a word the index holds but never
// stemmed in that language; nullopt for a word it does not hold. `db` must outlive it. Find()
// throws Xapian::Error if reading fails.
class IndexKnownStems : public text::KnownStems {
 public:
  explicit IndexKnownStems(const Xapian::Database& db) : db_(db) {}
  std::optional<std::vector<std::string>> Find(std::string_view language,
                                               std::string_view exact) const override;

 private:
  const Xapian::Database& db_;
};

}  // namespace twindex::index
