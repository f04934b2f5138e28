#include "text/document_language.h"

#include <map>

#include "text/language.h"

namespace twindex::text {
namespace {

// Below this many bytes a page's language is a guess; it follows its document instead.
constexpr size_t kMinPageBytes = 200;

}  // namespace

void IdentifyLanguages(Document& doc) {
  std::map<std::string, size_t> bytes_by_language;
  for (Page& page : doc.pages) {
    if (page.text.size() < kMinPageBytes) continue;
    page.language = IdentifyLanguage(page.text).code;
    if (!page.language.empty()) bytes_by_language[page.language] += page.text.size();
  }
  if (bytes_by_language.empty()) {
    // Only short pages: judge them together.
    std::string all = doc.title;
    for (const Page& page : doc.pages) all += "\n" + page.text;
    doc.language = IdentifyLanguage(all).code;
  } else {
    auto best = bytes_by_language.begin();
    for (auto it = bytes_by_language.begin(); it != bytes_by_language.end(); ++it)
      if (it->second > best->second) best = it;
    doc.language = best->first;
  }
  for (Page& page : doc.pages)
    if (page.language.empty()) page.language = doc.language;
}

}  // namespace twindex::text
