// A word's other forms (no diacritics, other inflections, the other script, its city's tag) as
// one query that weighs about like one term: every form weighs with the inverse document
// frequency of the whole group, as Xapian's OP_SYNONYM means to, so a rare inflection counts no
// more than a common one (a page with several forms adds them, where OP_SYNONYM adds their counts
// first).
//
// Why not OP_SYNONYM: Xapian 1.4 estimates the group's frequency inside each database of a
// combined one, from the forms that database holds, with integer rounding along an OR tree shaped
// by local frequencies; the same page then scored differently in one database and in shards.
// Here a weight depends only on terms' frequencies in the whole index (Database::get_termfreq of
// the combined database) and on stock operators (OP_OR, OP_SCALE_WEIGHT; not OP_MAX, which
// crashes Debian's Xapian 1.4.22 in the match), so every layout scores alike: shards, their
// merge by xapian-compact, a remote shard behind xapian-tcpsrv.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace twindex::index {

// `forms`: words (searched as their schema::WordTerm) or prefixed terms such as a city's (any
// order, duplicates allowed; absent ones are left out). `weight`: the
// group's share of a plain term's weight (e.g. 0.5 so that the exact word ranks first). Gives
// an empty query (Query::empty()) if no form is in the index.
Xapian::Query OtherFormsQuery(const Xapian::Database& db, std::vector<std::string> forms,
                              double weight);

}  // namespace twindex::index
