#include "index/page_document.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "text/tokenizer.h"

namespace twindex::index {
namespace {

// Title and body positions are kept apart so that a phrase cannot run from one into the other.
constexpr Xapian::termpos kBodyStart = 1000;

}  // namespace

std::vector<std::string> DocumentDates(const Document& doc) {
  std::vector<std::string> dates;
  if (doc.created.size() >= 10 && !schema::DateTerm(doc.created.substr(0, 10)).empty())
    dates.push_back(doc.created.substr(0, 10));
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

std::string DisplayTitle(const Document& doc) {
  if (!doc.title.empty()) return doc.title;
  return std::filesystem::path(doc.path).filename().string();
}

Xapian::Document MakePageDocument(const Document& doc, const Page& page,
                                  const std::string& file_key) {
  Xapian::Document xdoc;
  const std::string title = DisplayTitle(doc);
  Xapian::termpos pos = 1;
  for (const text::Token& t : text::Tokenize(title)) {
    xdoc.add_posting(t.term, pos++, schema::kTitleWdfBoost);
    xdoc.add_term(schema::Prefixed(schema::kTitlePrefix, t.term));
  }
  pos = kBodyStart;
  for (const text::Token& t : text::Tokenize(page.text)) xdoc.add_posting(t.term, pos++);

  xdoc.add_boolean_term(schema::FileTerm(file_key));
  xdoc.add_boolean_term(schema::PageIdTerm(file_key, page.number));
  xdoc.add_boolean_term(schema::Prefixed(schema::kFormatPrefix, FormatName(doc.format)));
  if (!doc.language.empty())
    xdoc.add_boolean_term(schema::Prefixed(schema::kLanguagePrefix, doc.language));
  const std::vector<std::string> dates = DocumentDates(doc);
  for (const std::string& d : dates) xdoc.add_boolean_term(schema::DateTerm(d));

  xdoc.add_value(schema::kSlotFileKey, file_key);
  xdoc.add_value(schema::kSlotPage, Xapian::sortable_serialise(page.number));
  nlohmann::json data = {{"path", doc.path},     {"title", title},
                         {"page", page.number},  {"pages", doc.pages.size()},
                         {"lang", doc.language}, {"format", FormatName(doc.format)},
                         {"dates", dates},       {"text", page.text}};
  xdoc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return xdoc;
}

}  // namespace twindex::index
