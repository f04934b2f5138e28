// Facet counting for Searcher::Search: the languages, cities and years of the files a query
// matches, each file counted once.
//
// Counting every matching page costs as much as the pages (a broad word matches half the index),
// so the count is bounded: FacetSpy stops counting after `up_to` pages, and when a query matches
// more, the Searcher counts a DocidSample of about that many of its pages instead and scales the
// counts up (Facets::exact false). The sample is blocks of consecutive docids spread evenly over
// the whole index, not the first matches in docid order, which are the files ingested first.
#pragma once

#include <xapian.h>

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
  size_t files() const { return seen_files_.size(); }

  // The n largest counts of each facet, most first (ties by key), each multiplied by `scale`
  // (rounded; 1 = as counted), with `exact` as given.
  Facets Top(size_t n, double scale, bool exact) const;

 private:
  // The value of `slot` for `did`, through a value stream that moves forward (restarted if the
  // matcher goes back, as it does across the shards of a combined database): reading values in
  // docid order decodes each chunk of the value table once, not once per page.
  std::string ValueAt(Xapian::ValueIterator& it, unsigned slot, Xapian::docid did);

  const Xapian::Database& db_;
  const size_t up_to_;
  size_t pages_ = 0;

 public:
  size_t resets_ = 0;

 private:
  Xapian::ValueIterator file_keys_, facets_;
  std::unordered_set<uint64_t> seen_files_;
  std::unordered_map<uint32_t, size_t> cities_;
  std::unordered_map<int, size_t> years_;
  std::unordered_map<std::string, size_t> languages_;
};

// Boolean posting source matching blocks of kBlock consecutive docids, one block in every
// `stride`, from the first: filtering a query by it keeps about 1/stride of its matches, spread
// over the whole index, and lets the matcher skip the rest of its postings.
class DocidSample : public Xapian::PostingSource {
 public:
  static constexpr Xapian::docid kBlock = 16;

  explicit DocidSample(Xapian::docid stride) : stride_(stride) {}

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return estimate_; }
  Xapian::doccount get_termfreq_max() const override { return max_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return did_ > last_; }
  Xapian::docid get_docid() const override { return did_; }
  PostingSource* clone() const override { return new DocidSample(stride_); }
  std::string get_description() const override;

 private:
  // The first sampled docid at or after `did`.
  Xapian::docid SampledFrom(Xapian::docid did) const;

  const Xapian::docid stride_;
  Xapian::docid did_ = 0, last_ = 0;
  Xapian::doccount estimate_ = 0, max_ = 0;
};

}  // namespace twindex::index
