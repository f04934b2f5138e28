// DateFilter: the pages carrying a date within a range (--from/--to), as a query of date terms
// (schema.h: XD<yyyymmdd>).
//
// Not an OR of every date term in the range: Xapian 1.4 opens each term of an OR in every
// database of a sharded index, and a term a shard lacks costs as much as one it has (a 20-year
// range of 6,000 dates took 0.5 s per shard of 2,500 files, 13 ms with only the shard's own
// terms). Instead the range is cut into the fewest digit prefixes that cover it exactly
// ("2000".."2020-12-31" is XD200*, XD201*, XD2020*), each a wildcard, which Xapian expands in each
// database from the terms that database holds.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace twindex::index {

// The digit strings whose completions to `lo.size()` digits are exactly those in [lo, hi]
// (equal length, digits only), fewest and shortest first. Empty if lo > hi.
std::vector<std::string> CoveringPrefixes(const std::string& lo, const std::string& hi);

// The query matching pages with a date term in [from, to] ("YYYYMMDD"; "" = open).
Xapian::Query DateFilter(const std::string& from, const std::string& to);

}  // namespace twindex::index
