// JSON form of a Document: what an extraction worker sends back over its pipe, and the base of
// `twindex extract --json`, and of what the index stores of a file (index/schema.h; there
// without the pages' text, which reads back as empty). Round-trips every field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace twindex {

nlohmann::json ToJson(const Document& doc);
// One date as ToJson writes it: {"iso", "text", "year_inferred"[, "through"]}.
nlohmann::json DateJson(const DateRef& date);
Document DocumentFromJson(const nlohmann::json& json);  // throws nlohmann::json::exception

}  // namespace twindex
