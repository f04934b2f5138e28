// FormLinks: the other forms a document word can be found by — without diacritics, its stems,
// its romanizations (text/analyzer.h) — kept once per word in the index instead of on every page
// it occurs on. Xapian's synonym table maps each form term (schema.h: XA, Z<lang>:, XR) to the
// exact words that have that form; a page carries only its exact words, and a query word's
// forms are looked up here and searched as those words (Recoll expands stems the same way).
// This halves the terms of a page, which is most of what indexing costs.
//
// Links are only ever added: a word whose pages are all gone keeps its links, which then find
// nothing. An index emptied for a new schema drops them all.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/analyzer.h"

namespace twindex::index {

struct FormLink {
  std::string form;  // a form term: "XAgdansk", "Zpl:gdansk", "XRgrodna"
  std::string word;  // an exact term that has it: "gdańsku"
  bool operator<(const FormLink& o) const { return form != o.form ? form < o.form : word < o.word; }
  bool operator==(const FormLink&) const = default;
};

// Gathers the links of a file's words as it is made into page documents (in any thread), each
// analyzed word's once.
class FormLinkCollector {
 public:
  void AddWord(const text::AnalyzedWord& word);  // from text::AnalyzeDocumentWord
  std::vector<FormLink> Take() { return std::move(links_); }

 private:
  std::unordered_set<uint64_t> seen_;  // AnalyzedWord::serial
  std::vector<FormLink> links_;
};

// The exact words the index has linked to `form` (a form term, as above).
std::vector<std::string> LinkedWords(const Xapian::Database& db, const std::string& form);

// Collects links for one writable database, each once per run, and stores them in the same
// commit as the pages that brought them (Store() before commit()).
class FormLinkStore {
 public:
  // Remembers up to about `memory` bytes of links as stored; past that it forgets them (and may
  // add a link again, which Xapian takes as a no-op), so a run of any size stays within it.
  explicit FormLinkStore(size_t memory = size_t{64} << 20) : memory_(memory) {}
  void Add(const std::vector<FormLink>& links);
  void Store(Xapian::WritableDatabase& db);  // writes what was added since the last Store
  size_t remembered_bytes() const { return remembered_bytes_; }
  static void DropAll(Xapian::WritableDatabase& db);

 private:
  size_t memory_;
  size_t remembered_bytes_ = 0;             // of stored_, counting each entry's overhead
  std::unordered_set<std::string> stored_;  // form '\0' word
  std::vector<FormLink> pending_;
};

}  // namespace twindex::index
