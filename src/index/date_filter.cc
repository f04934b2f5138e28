#include "index/date_filter.h"

#include <vector>

#include "index/schema.h"

namespace twindex::index {
namespace {

// Day strings ("YYYYMMDD", schema.h) from `first` to `last`, as the range [from, to] sees them.
struct Span {
  std::string first, last;
};

bool Inside(const Span& span, const std::string& from, const std::string& to) {
  return (from.empty() || span.first >= from) && (to.empty() || span.last <= to);
}
bool Overlaps(const Span& span, const std::string& from, const std::string& to) {
  return (to.empty() || span.first <= to) && (from.empty() || span.last >= from);
}

// Every day string with this prefix (a year's 4 digits, a month's 6) lies within the span.
Span SpanOf(const std::string& digits) {
  return {digits + std::string(8 - digits.size(), '0'),
          digits + std::string(8 - digits.size(), '9')};
}

// The day terms starting with `prefix` (all of them if it is kDatePrefix) within the range;
// returns how many day terms start with `prefix`, in the range or not.
size_t AddDays(const Xapian::Database& db, const std::string& prefix, const std::string& from,
               const std::string& to, std::vector<Xapian::Query>& out) {
  size_t all = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it, ++all) {
    const std::string day = (*it).substr(schema::kDatePrefix.size());
    if ((from.empty() || day >= from) && (to.empty() || day <= to)) out.emplace_back(*it);
  }
  return all;
}

Xapian::Query AnyOf(const std::vector<Xapian::Query>& terms) {
  if (terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

Xapian::Query DayTermFilter(const Xapian::Database& db, const std::string& from,
                            const std::string& to) {
  std::vector<Xapian::Query> days;
  AddDays(db, std::string(schema::kDatePrefix), from, to, days);
  return AnyOf(days);
}

Xapian::Query DateFilter(const Xapian::Database& db, const std::string& from,
                         const std::string& to) {
  const std::string year_prefix(schema::kDateYearPrefix), month_prefix(schema::kDateMonthPrefix);
  if (db.allterms_begin(year_prefix) == db.allterms_end(year_prefix))
    return DayTermFilter(db, from, to);
  // Every day term has 8 digits (schema::DateTerm), so one with a year's or a month's digits
  // lies within that year's or month's span, and a span inside the range holds only days inside.
  // A year or month at an end of the range is taken whole too if the index holds no day of it
  // outside the range (a range to 2005-12-31 holds all of 2005).
  std::vector<Xapian::Query> terms;
  for (auto year = db.allterms_begin(year_prefix); year != db.allterms_end(year_prefix); ++year) {
    const std::string y = (*year).substr(year_prefix.size());
    if (!Overlaps(SpanOf(y), from, to)) continue;
    if (Inside(SpanOf(y), from, to)) {
      terms.emplace_back(*year);
      continue;
    }
    std::vector<Xapian::Query> parts;
    bool whole_year = true;
    const std::string months = month_prefix + y;
    for (auto month = db.allterms_begin(months); month != db.allterms_end(months); ++month) {
      const std::string m = (*month).substr(month_prefix.size());
      if (Inside(SpanOf(m), from, to)) {
        parts.emplace_back(*month);
        continue;
      }
      std::vector<Xapian::Query> days;
      const size_t all = Overlaps(SpanOf(m), from, to)
                             ? AddDays(db, schema::Prefixed(schema::kDatePrefix, m), from, to, days)
                             : 1;  // the index holds a day of this month, outside the range
      if (days.size() == all) {
        parts.emplace_back(*month);
      } else {
        whole_year = false;
        parts.insert(parts.end(), days.begin(), days.end());
      }
    }
    if (whole_year)
      terms.emplace_back(*year);
    else
      terms.insert(terms.end(), parts.begin(), parts.end());
  }
  return AnyOf(terms);
}

}  // namespace twindex::index
