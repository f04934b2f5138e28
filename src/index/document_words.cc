#include "index/document_words.h"

#include <unordered_map>

#include "index/page_document.h"
#include "index/schema.h"
#include "index/word_term.h"
#include "text/analyzer.h"
#include "text/tokenizer.h"

namespace twindex::index {
namespace {

// Ids by analysis (AnalyzedWord::serial): a repeated word costs one hash look-up, and its term
// is made once per file, not once per occurrence.
class WordIds {
 public:
  explicit WordIds(DocumentWords& out) : out_(out) {}

  std::vector<uint32_t> Of(std::string_view text, std::string_view language) {
    std::vector<uint32_t> ids;
    for (const text::Token& t : text::WordSpans(text)) {
      const text::AnalyzedWord& w =
          text::AnalyzeDocumentWord(text.substr(t.begin, t.end - t.begin), language);
      auto [it, added] = ids_.try_emplace(w.serial, static_cast<uint32_t>(out_.terms.size()));
      if (added) {
        out_.terms.push_back(schema::WordTerm(w.exact));
        links_.AddWord(w);
      }
      ids.push_back(it->second);
    }
    return ids;
  }

  std::vector<FormLink> TakeLinks() { return links_.Take(); }

 private:
  DocumentWords& out_;
  std::unordered_map<uint64_t, uint32_t> ids_;
  FormLinkCollector links_;
};

}  // namespace

DocumentWords AnalyzeDocumentWords(const Document& doc) {
  DocumentWords out;
  WordIds ids(out);
  out.title = ids.Of(DisplayTitle(doc), doc.language);
  out.pages.reserve(doc.pages.size());
  for (const Page& page : doc.pages)
    out.pages.push_back(ids.Of(page.text, PageLanguage(doc, page)));
  out.form_links = ids.TakeLinks();
  return out;
}

}  // namespace twindex::index
