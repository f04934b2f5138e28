// DocumentLanguage: sets the language of each page of a document and of the document as a
// whole. A page long enough to judge gets its own language (documents mix them: a Polish report
// with a Lithuanian annex); the document's language is the one of most of its letters; pages too
// short to judge take the document's.
#pragma once

#include "core/document.h"

namespace twindex::text {

void IdentifyLanguages(Document& doc);

}  // namespace twindex::text
