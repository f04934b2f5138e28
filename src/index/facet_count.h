// Facet counting for Searcher::Search: the languages, cities and years of the files a query
// matches, each file counted once.
//
// Counting every matching page costs as much as the pages (a broad word matches half the index),
// so the count is bounded: FacetSpy counts the first `up_to` matching pages as the search meets
// them (in docid order, shard after shard: the files ingested first), and when a query matches
// more, the Searcher counts the rest after the search, from where the spy stopped: in full, or
// on a DocidSample of a bounded number of pages, each counted `stride` times (Facets::exact
// false unless the stride is 1). The sample is blocks of consecutive docids spread evenly over the
// rest of the index, so that it is not biased towards the files ingested first.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "index/searcher.h"

namespace twindex::index {

// A MatchSpy counting, once per file (by its file key), the facets of the pages the matcher
// passes it (schema.h kSlotFacets), reading values in docid order through value streams.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(const Xapian::Database& db, size_t up_to) : db_(db), up_to_(up_to) {}

  void operator()(const Xapian::Document& doc, double) override;

  // Pages passed in, counted or not.
  size_t pages() const { return pages_; }
  // Every page passed in was counted.
  bool complete() const { return pages_ <= up_to_; }
  // Pages counted.
  size_t counted() const { return std::min(pages_, up_to_); }
  // Files counted.
  size_t files() const { return seen_files_.size(); }
  // The last page counted: its docid (in its shard, over a combined database) and its file's
  // key. The matcher passes pages in docid order, shard after shard in a combined database.
  Xapian::docid last_counted() const { return last_counted_; }
  const std::string& last_counted_file() const { return last_counted_file_; }
  // From now on count every page passed in, each `weight` times (a sample's stride); a file
  // already counted is not counted again.
  void CountAllWeighted(size_t weight) {
    up_to_ = SIZE_MAX;
    weight_ = weight;
  }

  // The n largest counts of each facet, most first (ties by key), with `exact` as given.
  Facets Top(size_t n, bool exact) const;

 private:
  // The value of `slot` for `did`, through a value stream that moves forward (restarted if the
  // matcher goes back, as it does across the shards of a combined database): reading values in
  // docid order decodes each chunk of the value table once, not once per page.
  std::string ValueAt(Xapian::ValueIterator& it, unsigned slot, Xapian::docid did);

  const Xapian::Database& db_;
  size_t up_to_;
  size_t weight_ = 1;
  size_t pages_ = 0;
  Xapian::docid last_counted_ = 0;
  std::string last_counted_file_;

  Xapian::ValueIterator file_keys_, facets_;
  std::unordered_set<uint64_t> seen_files_;
  std::unordered_map<uint32_t, size_t> cities_;
  std::unordered_map<int, size_t> years_;
  std::unordered_map<std::string, size_t> languages_;
};

// Boolean posting source matching blocks of kBlock consecutive docids from `first` on, one block
// in every `stride`: filtering a query by it keeps about 1/stride of its matches from `first`
// on, spread evenly, and lets the matcher skip the rest of its postings.
class DocidSample : public Xapian::PostingSource {
 public:
  static constexpr Xapian::docid kBlock = 16;

  DocidSample(Xapian::docid stride, Xapian::docid first) : stride_(stride), first_(first) {}

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return estimate_; }
  Xapian::doccount get_termfreq_max() const override { return max_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return did_ > last_; }
  Xapian::docid get_docid() const override { return did_; }
  PostingSource* clone() const override { return new DocidSample(stride_, first_); }
  std::string get_description() const override;

 private:
  // The first sampled docid at or after `did`.
  Xapian::docid SampledFrom(Xapian::docid did) const;

  const Xapian::docid stride_, first_;
  Xapian::docid did_ = 0, last_ = 0;
  Xapian::doccount estimate_ = 0, max_ = 0;
};

}  // namespace twindex::index
