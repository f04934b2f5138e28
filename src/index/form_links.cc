#include "index/form_links.h"

#include <algorithm>

#include "index/known_stems.h"
#include "index/schema.h"

namespace twindex::index {
namespace {

// What an entry of FormLinkStore::stored_ takes besides its text: the string, its heap block,
// the hash node and its bucket.
constexpr size_t kEntryOverhead = 96;

}  // namespace

void FormLinkCollector::AddWord(const text::AnalyzedWord& w) {
  if (!seen_.insert(w.serial).second) return;
  if (!w.folded.empty())
    links_.push_back({schema::Prefixed(schema::kFoldedPrefix, w.folded), w.exact});
  for (const text::Stem& s : w.stems)
    links_.push_back({schema::StemTerm(s.language, s.stem), w.exact});
  for (const std::string& r : w.romanized)
    links_.push_back({schema::Prefixed(schema::kRomanizedPrefix, r), w.exact});
  AddKnownStemLinks(w, links_);
}

std::vector<std::string> LinkedWords(const Xapian::Database& db, const std::string& form) {
  std::vector<std::string> words;
  for (auto it = db.synonyms_begin(form); it != db.synonyms_end(form); ++it) words.push_back(*it);
  return words;
}

void FormLinkStore::Add(const std::vector<FormLink>& links) {
  // Most links of a file were stored with an earlier file: the key is built in one buffer and
  // looked up first, so a link already stored costs no allocation.
  std::string key;
  for (const FormLink& link : links) {
    key.assign(link.form);
    key += '\0';
    key += link.word;
    if (stored_.find(key) != stored_.end()) continue;
    remembered_bytes_ += key.size() + kEntryOverhead;
    stored_.insert(key);
    pending_.push_back(link);
  }
}

void FormLinkStore::Store(Xapian::WritableDatabase& db) {
  // In form order: Xapian keeps one form's words in memory until the next form comes.
  std::sort(pending_.begin(), pending_.end());
  for (const FormLink& link : pending_) db.add_synonym(link.form, link.word);
  pending_.clear();
  if (remembered_bytes_ > memory_) {
    stored_ = {};  // frees the buckets too
    remembered_bytes_ = 0;
  }
}

void FormLinkStore::DropAll(Xapian::WritableDatabase& db) {
  std::vector<std::string> forms;
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) forms.push_back(*it);
  for (const std::string& form : forms) db.clear_synonyms(form);
}

}  // namespace twindex::index
