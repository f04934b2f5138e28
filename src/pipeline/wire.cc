#include "pipeline/wire.h"

#include <nlohmann/json.hpp>

#include "core/document_json.h"

namespace twindex::pipeline {

std::string EncodeDocument(const Document& doc) {
  return ToJson(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Document DecodeDocument(std::string_view bytes) {
  try {
    return DocumentFromJson(nlohmann::json::parse(bytes));
  } catch (const nlohmann::json::exception& e) {
    throw WireError(e.what());
  }
}

}  // namespace twindex::pipeline
