#include "index/query_parser.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "index/form_links.h"
#include "index/forms_query.h"
#include "index/known_stems.h"
#include "index/schema.h"
#include "index/word_term.h"
#include "tag/gazetteer.h"
#include "text/analyzer.h"
#include "text/tokenizer.h"

namespace twindex::index {
namespace {

enum class Kind { kWord, kPhrase, kOpen, kClose, kOr, kNot, kEnd };

struct Lexeme {
  Kind kind;
  std::string text;  // the word or phrase; for kWord may carry a "title:" field
};

std::vector<Lexeme> Lex(std::string_view in) {
  std::vector<Lexeme> out;
  size_t i = 0;
  auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (i < in.size()) {
    char c = in[i];
    if (is_space(c)) {
      ++i;
    } else if (c == '(' || c == ')') {
      out.push_back({c == '(' ? Kind::kOpen : Kind::kClose, {}});
      ++i;
    } else if (c == '"') {
      size_t close = in.find('"', i + 1);
      if (close == std::string_view::npos) throw QuerySyntaxError("unbalanced quote in query");
      out.push_back({Kind::kPhrase, std::string(in.substr(i + 1, close - i - 1))});
      i = close + 1;
    } else if (c == '-' && (i + 1 < in.size()) && !is_space(in[i + 1])) {
      out.push_back({Kind::kNot, {}});
      ++i;
    } else {
      size_t end = i;
      while (end < in.size() && !is_space(in[end]) && in[end] != '(' && in[end] != ')' &&
             in[end] != '"')
        ++end;
      std::string word(in.substr(i, end - i));
      if (word == "OR" || word == "|")
        out.push_back({Kind::kOr, {}});
      else if (word == "NOT")
        out.push_back({Kind::kNot, {}});
      else if (word != "AND")
        out.push_back({Kind::kWord, std::move(word)});
      i = end;
    }
  }
  out.push_back({Kind::kEnd, {}});
  return out;
}

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, QueryMode mode, const Xapian::Database& db)
      : lex_(std::move(lexemes)), mode_(mode), db_(db), known_stems_(db) {}

  ParsedQuery Parse() {
    ParsedQuery result;
    if (Peek() != Kind::kEnd) result.query = OrExpr();
    if (Peek() == Kind::kClose) throw QuerySyntaxError("unbalanced ')' in query");
    result.terms = std::move(terms_);
    return result;
  }

 private:
  Kind Peek() const { return lex_[pos_].kind; }

  Xapian::Query OrExpr() {
    Xapian::Query q = AndExpr();
    while (Peek() == Kind::kOr) {
      ++pos_;
      if (Peek() == Kind::kEnd || Peek() == Kind::kClose || Peek() == Kind::kOr)
        throw QuerySyntaxError("OR needs a word on each side");
      q = Xapian::Query(Xapian::Query::OP_OR, q, AndExpr());
    }
    return q;
  }

  Xapian::Query AndExpr() {
    std::vector<Xapian::Query> positive, negative;
    while (Peek() != Kind::kEnd && Peek() != Kind::kClose && Peek() != Kind::kOr) {
      if (Peek() == Kind::kNot) {
        ++pos_;
        if (Peek() != Kind::kWord && Peek() != Kind::kPhrase && Peek() != Kind::kOpen)
          throw QuerySyntaxError("NOT or '-' needs a word after it");
        negative.push_back(Primary(/*collect_terms=*/false));
      } else {
        positive.push_back(Primary(/*collect_terms=*/true));
      }
    }
    if (positive.empty() && negative.empty()) throw QuerySyntaxError("empty group in query");
    Xapian::Query q = positive.empty()
                          ? MatchEverything()
                          : Xapian::Query(Xapian::Query::OP_AND, positive.begin(), positive.end());
    if (!negative.empty())
      q = Xapian::Query(Xapian::Query::OP_AND_NOT, q,
                        Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    return q;
  }

  Xapian::Query Primary(bool collect_terms) {
    Lexeme& l = lex_[pos_++];
    switch (l.kind) {
      case Kind::kOpen: {
        const size_t mark = terms_.size();
        Xapian::Query q = OrExpr();
        if (Peek() != Kind::kClose) throw QuerySyntaxError("unbalanced '(' in query");
        ++pos_;
        if (!collect_terms) terms_.resize(mark);  // words of a negated group are not wanted
        return q;
      }
      case Kind::kPhrase:
        return Words(l.text, "", collect_terms);
      case Kind::kWord: {
        constexpr std::string_view kTitleField = "title:";
        if (l.text.size() > kTitleField.size() && l.text.starts_with(kTitleField))
          return Words(l.text.substr(kTitleField.size()), schema::kTitlePrefix, collect_terms);
        return Words(l.text, "", collect_terms);
      }
      default:
        throw QuerySyntaxError("unexpected operator in query");
    }
  }

  // The words of `text` as one query: a single word, or a phrase of several (a word that
  // text/ splits, like "Polsko-Białoruskie" or "город-побратим", is a phrase too). Text with no
  // word in it (a lone dash) matches everything, so it does not empty an AND.
  Xapian::Query Words(std::string_view text, std::string_view field_prefix, bool collect_terms) {
    std::vector<text::AnalyzedWord> words;
    for (const text::Token& t : text::Tokenize(text))
      words.push_back(text::AnalyzeQueryWord(text.substr(t.begin, t.end - t.begin), &known_stems_));
    if (words.empty()) return MatchEverything();
    // Each word's other forms, as the exact words of the index that have them.
    std::vector<std::vector<std::string>> forms(words.size());
    if (mode_ == QueryMode::kAllForms && field_prefix.empty())
      for (size_t i = 0; i < words.size(); ++i) forms[i] = OtherForms(words[i]);
    if (collect_terms)
      for (size_t i = 0; i < words.size(); ++i) {
        AddTerm(words[i].exact);
        for (const std::string& form : forms[i]) AddTerm(form);
      }
    if (!field_prefix.empty()) {
      // Title terms carry no positions, so a multi-word title match is an AND, not a phrase.
      std::vector<Xapian::Query> parts;
      for (const text::AnalyzedWord& w : words)
        parts.emplace_back(schema::Prefixed(field_prefix, schema::WordTerm(w.exact)));
      return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    }
    if (words.size() == 1)
      return mode_ == QueryMode::kExact ? Xapian::Query(schema::WordTerm(words[0].exact))
                                        : AllForms(words[0], std::move(forms[0]));
    return Phrase(words, std::move(forms));
  }

  void AddTerm(const std::string& term) {
    if (std::find(terms_.begin(), terms_.end(), term) == terms_.end()) terms_.push_back(term);
  }

  // The words adjacent and in order. With all forms, each word is any of its forms (OP_PHRASE
  // takes an OR of terms for a word; Xapian 1.4 cannot place a synonym or a scaled query): every
  // form is an exact word of some page, at that word's positions, so "umowa partnerska" meets
  // "umowami partnerskimi" but not "umowa ... partnerska" further apart. Pages with the phrase
  // as typed get its weight again, so they rank first. `forms`: each word's OtherForms.
  Xapian::Query Phrase(const std::vector<text::AnalyzedWord>& words,
                       std::vector<std::vector<std::string>> forms) const {
    std::vector<Xapian::Query> exact, any_form;
    bool other_forms = false;
    for (size_t i = 0; i < words.size(); ++i) {
      exact.emplace_back(schema::WordTerm(words[i].exact));
      if (mode_ == QueryMode::kExact) continue;
      other_forms = other_forms || !forms[i].empty();
      forms[i].push_back(words[i].exact);
      any_form.push_back(AnyOf(Xapian::Query::OP_OR, std::move(forms[i])));
    }
    Xapian::Query as_typed(Xapian::Query::OP_PHRASE, exact.begin(), exact.end());
    if (!other_forms) return as_typed;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                         Xapian::Query(Xapian::Query::OP_PHRASE, any_form.begin(), any_form.end()),
                         as_typed);
  }

  // The exact words of the index that have `form` (a form term), added to `words`.
  void AddLinked(const std::string& form, std::vector<std::string>& words) const {
    for (std::string& w : LinkedWords(db_, form)) words.push_back(std::move(w));
  }

  // The words' terms joined by `op`, in the words' order.
  static Xapian::Query AnyOf(Xapian::Query::op op, std::vector<std::string> words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::vector<std::string> terms;
    for (const std::string& w : words) terms.push_back(schema::WordTerm(w));
    return Xapian::Query(op, terms.begin(), terms.end());
  }

  // The other forms `w` may take in a document — no diacritics, other inflections, the other
  // script — as the exact words of the index that have them (pages hold exact words only), so
  // each has positions. Without `w.exact`.
  std::vector<std::string> OtherForms(const text::AnalyzedWord& w) const {
    std::vector<std::string> forms;
    if (!w.folded.empty()) forms.push_back(w.folded);
    AddLinked(schema::Prefixed(schema::kFoldedPrefix, w.base()), forms);
    for (const text::Stem& s : w.stems) AddLinked(schema::StemTerm(s.language, s.stem), forms);
    // A Latin spelling meets Cyrillic words through their romanizations ...
    if (w.latin) AddLinked(schema::Prefixed(schema::kRomanizedPrefix, w.base()), forms);
    // ... and a Cyrillic word meets Latin spellings of itself.
    for (const std::string& r : w.romanized) {
      forms.push_back(r);
      AddLinked(schema::Prefixed(schema::kFoldedPrefix, r), forms);
    }
    std::erase(forms, w.exact);
    return forms;
  }

  // A lone word: its exact form at full weight, its other forms as one group at lower weight
  // (forms_query.h), so exact matches rank first.
  // `variants`: its OtherForms.
  Xapian::Query AllForms(const text::AnalyzedWord& w, std::vector<std::string> variants) const {
    // A city name also finds the files tagged with that city, whatever language they name it in
    // (the city's term has no position, so this is for a lone word only, not in a phrase).
    for (uint32_t id : tag::Gazetteer::Default().Lookup(w.exact, &known_stems_))
      variants.push_back(schema::CityTerm(id));
    Xapian::Query others = OtherFormsQuery(db_, std::move(variants), kVariantWeight);
    const Xapian::Query exact(schema::WordTerm(w.exact));
    if (others.empty()) return exact;
    return Xapian::Query(Xapian::Query::OP_OR, exact, others);
  }

  static constexpr double kVariantWeight = 0.5;

  std::vector<Lexeme> lex_;
  QueryMode mode_;
  const Xapian::Database& db_;
  IndexKnownStems known_stems_;
  size_t pos_ = 0;
  std::vector<std::string> terms_;
};

}  // namespace

Xapian::Query MatchEverything() { return Xapian::Query(std::string()); }

ParsedQuery ParseQuery(std::string_view input, QueryMode mode, const Xapian::Database& db) {
  return Parser(Lex(input), mode, db).Parse();
}

std::string QueryFromArguments(const std::vector<std::string>& args) {
  std::string query;
  for (const std::string& arg : args) {
    if (!query.empty()) query += ' ';
    std::vector<Lexeme> lexemes;
    try {
      lexemes = Lex(arg);
    } catch (const QuerySyntaxError&) {  // a quote the next argument closes
      query += arg;
      continue;
    }
    lexemes.pop_back();  // kEnd
    const bool plain_words = std::all_of(lexemes.begin(), lexemes.end(), [](const Lexeme& l) {
      return l.kind == Kind::kWord && l.text.find(':') == std::string::npos;
    });
    // Lex drops AND, the default: an argument that has it is syntax too.
    bool has_and = false;
    std::istringstream words(arg);
    for (std::string word; words >> word;) has_and = has_and || word == "AND";
    if (plain_words && !has_and && lexemes.size() > 1)
      query.append("\"").append(arg).append("\"");
    else
      query += arg;
  }
  return query;
}

}  // namespace twindex::index
