#include "core/document_json.h"

namespace twindex {

nlohmann::json ToJson(const Document& doc) {
  nlohmann::json pages = nlohmann::json::array();
  for (const Page& p : doc.pages)
    pages.push_back(
        {{"number", p.number}, {"text", p.text}, {"ocr", p.ocr}, {"language", p.language}});
  return {{"path", doc.path},         {"format", FormatName(doc.format)},
          {"title", doc.title},       {"author", doc.author},
          {"created", doc.created},   {"encoding", doc.encoding},
          {"language", doc.language}, {"pages", std::move(pages)}};
}

Document DocumentFromJson(const nlohmann::json& json) {
  Document doc;
  doc.path = json.at("path").get<std::string>();
  doc.format = FormatFromName(json.at("format").get<std::string>());
  doc.title = json.at("title").get<std::string>();
  doc.author = json.at("author").get<std::string>();
  doc.created = json.at("created").get<std::string>();
  doc.encoding = json.at("encoding").get<std::string>();
  doc.language = json.at("language").get<std::string>();
  for (const auto& p : json.at("pages"))
    doc.pages.push_back({p.at("number").get<int>(), p.at("text").get<std::string>(),
                         p.at("ocr").get<bool>(), p.value("language", "")});
  return doc;
}

}  // namespace twindex
