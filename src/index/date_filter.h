// DateFilter: the pages carrying a date within a --from/--to range, as a Xapian query over the
// date terms of schema.h. A range is split into the years it holds whole (XY), the months it
// holds whole within the other years (XM) and the days left at its ends (XD), each taken only if
// the index holds it: a range of decades is a few dozen terms, not thousands of days, and finds
// exactly the pages that the OR of its day terms would.
#pragma once

#include <xapian.h>

#include <string>

namespace twindex::index {

// `from`, `to`: "YYYYMMDD" bounds (date_bound.h), inclusive; "" = open. An index without the
// year and month terms (an older schema) gets the OR of its day terms.
Xapian::Query DateFilter(const Xapian::Database& db, const std::string& from,
                         const std::string& to);

// The OR of every day term within the range: the reference DateFilter must equal (tests).
Xapian::Query DayTermFilter(const Xapian::Database& db, const std::string& from,
                            const std::string& to);

}  // namespace twindex::index
