// OwnDate: the document's own date (an agreement's signing, a news item's publication), read from
// its text, else its metadata's creation date, else none ("").
//
// Looked for near the start of the first page and the end of the last (kOwnDateReach bytes),
// among the dates the text writes in full (day, month and its own year), in this order:
// 1. a dateline among the first lines: "Place, date" or a date that starts its line, with little
//    after it ("Sokółka, 12 maja 2019 r.", "12.05.2019 | Aktualności");
// 2. a date a signing or publication word leads to, the last near the end first ("Sporządzono w
//    Sejnach dnia ...", "Составлено в г. Лида ...", "Sudaryta ... 2019 m. ...", "Opublikowano:"),
//    then the first near the start ("umowa zawarta w dniu ...");
// 3. the first full date near the start, then the last near the end.
// A date that a legal act's word leads to ("na podstawie uchwały nr 12 z dnia ...", "решение от
// ...", "sprendimu ...") cites another document: it is never the document's own.
#pragma once

#include <string>

#include "core/document.h"

namespace twindex::tag {

// "YYYY-MM-DD", or "" when neither the text nor the metadata gives one. `*stated` (if given) is
// set to whether the text states it as its own, among its first lines, on a line of its own
// ("Place, date", anywhere in reach) or after a signing or publication word, rather than it being
// only a date the text names first or last (the start of a period: "Laikotarpis: 2012 m. spal. 1 d.
// – ..."), or the metadata's.
std::string OwnDate(const Document& doc, bool* stated = nullptr);

}  // namespace twindex::tag
