// Results JSON: the JSON forms of what the index answers (a search, one file, the index's
// stats) and of a Document, shared by the two faces that show them: `twindex search|show|stats
// --json` (cli/) and the web API (serve/). One place, so the two print the same fields.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/document.h"
#include "index/searcher.h"

namespace twindex::index {

nlohmann::json SearchJson(const std::string& query, const SearchResults& results);
// What twindex reads from one file: metadata, pages, text, cities and dates.
nlohmann::json DocumentJson(const Document& doc);
// What the index holds for one file, with the first `lines` non-empty lines of its text (0: all).
nlohmann::json ShowJson(const StoredFile& file, size_t lines);
nlohmann::json StatsJson(const IndexStats& stats);
nlohmann::json FacetsJson(const Facets& facets);

// {"en","pl","be","lt","ru"}: a city's names ({} if the gazetteer does not know the id).
nlohmann::json CityNamesJson(uint32_t id);
// A city's name in `language` (one of tag::kNameLanguage), else in English; its id if unknown.
std::string CityNameIn(uint32_t id, std::string_view language);
// A city's English name and country, "Hrodna (BY)", or its id if the gazetteer does not know it.
std::string CityName(uint32_t id);

// The first `n` non-empty lines of the document's text (all if n is 0).
std::vector<std::string> FirstLines(const Document& doc, size_t n);

// JSON as printed: indented, invalid UTF-8 replaced rather than thrown on.
std::string Dump(const nlohmann::json& json);
// The same on one line (the web API).
std::string DumpCompact(const nlohmann::json& json);

}  // namespace twindex::index
