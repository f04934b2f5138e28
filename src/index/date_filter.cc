#include "index/date_filter.h"

#include "index/schema.h"

namespace twindex::index {
namespace {

// Adds the prefixes below `prefix` (itself within [lo, hi] at its length, or not) that cover
// [lo, hi]: `prefix` itself when every completion is inside, none when none is.
void Cover(std::string& prefix, const std::string& lo, const std::string& hi,
           std::vector<std::string>& out) {
  const size_t n = lo.size();
  const std::string first = prefix + std::string(n - prefix.size(), '0');
  const std::string last = prefix + std::string(n - prefix.size(), '9');
  if (last < lo || first > hi) return;
  if (first >= lo && last <= hi) {
    out.push_back(prefix);
    return;
  }
  for (char d = '0'; d <= '9'; ++d) {
    prefix.push_back(d);
    Cover(prefix, lo, hi, out);
    prefix.pop_back();
  }
}

constexpr size_t kDateDigits = 8;  // yyyymmdd

}  // namespace

std::vector<std::string> CoveringPrefixes(const std::string& lo, const std::string& hi) {
  std::vector<std::string> out;
  if (lo.size() != hi.size() || lo > hi) return out;
  std::string prefix;
  Cover(prefix, lo, hi, out);
  return out;
}

Xapian::Query DateFilter(const std::string& from, const std::string& to) {
  // Bounds as the date terms' 8 digits (a shorter bound is the first or last day it holds).
  std::string lo = from.substr(0, kDateDigits), hi = to.substr(0, kDateDigits);
  lo.resize(kDateDigits, '0');
  hi.resize(kDateDigits, '9');
  std::vector<Xapian::Query> parts;
  for (const std::string& prefix : CoveringPrefixes(lo, hi)) {
    const std::string term = schema::Prefixed(schema::kDatePrefix, prefix);
    if (prefix.size() == kDateDigits)
      parts.emplace_back(term);
    else
      parts.emplace_back(Xapian::Query::OP_WILDCARD, term, 0, Xapian::Query::WILDCARD_LIMIT_ERROR,
                         Xapian::Query::OP_OR);
  }
  if (parts.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace twindex::index
