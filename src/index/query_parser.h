// QueryParser: turns what a user types into a Xapian query, using text/ to make terms so that a
// query word matches the terms the indexer made from the same word.
//
// Syntax (the usual search-box grammar):
//   word word        both words (AND)
//   word OR word     either (also "|")
//   -word, NOT word  without
//   "a phrase"       words in this order, adjacent (with QueryMode::kAllForms each word in
//                    any of its forms: "umowa partnerska" finds "umowami partnerskimi")
//   title:word       in the title
//   ( ... )          grouping
// A word that text/ splits into several terms (e.g. "Polsko-Białoruskie", "город-побратим")
// becomes a phrase.
// Words are expanded to the forms text/analyzer.h defines (see QueryMode).
// Unbalanced quotes or parentheses, or a dangling operator, throw QuerySyntaxError.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::index {

class QuerySyntaxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ParsedQuery {
  Xapian::Query query;  // MatchNothing-free: an empty input gives Query() (no terms)
  // The exact words (the terms pages hold) the positive query words match: each word as typed
  // (case-folded) and, with all forms, the words of the index it was expanded to. A page word
  // whose exact form is one of these is what matched: snippets highlight it.
  std::vector<std::string> terms;
};

enum class QueryMode {
  kAllForms,  // a word also matches its forms without diacritics, its other inflections and
              // its spellings in the other script (text/analyzer.h); exact forms rank first
  kExact,     // a word matches only its exact (case-folded) form
};

// A query that matches every document, made anew for each caller. Xapian::Query::MatchAll is one
// static object whose reference count is not atomic: threads that copy it at once (the web
// server's searchers) corrupt it, and the match then crashes.
Xapian::Query MatchEverything();

// `db` is the index the query is for: a word's other forms are looked up in it (form_links.h),
// and so are the dictionary stems of the words it holds (known_stems.h).
// Throws Xapian::Error if reading it fails.
ParsedQuery ParseQuery(std::string_view input, QueryMode mode = QueryMode::kAllForms,
                       const Xapian::Database& db = Xapian::Database());

// The query that command-line arguments spell: the arguments joined by spaces, except that an
// argument of several words with no syntax of its own is a phrase, as the user quoted it in the
// shell to keep its words together (twindex search "umowa partnerska"); an argument with
// operators, quotes or parentheses ('Grodno OR Lida') is taken as syntax.
std::string QueryFromArguments(const std::vector<std::string>& args);

}  // namespace twindex::index
