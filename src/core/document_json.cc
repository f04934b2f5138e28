#include "core/document_json.h"

#include "core/path_name.h"

namespace twindex {

nlohmann::json ToJson(const Document& doc) {
  nlohmann::json pages = nlohmann::json::array();
  for (const Page& p : doc.pages)
    pages.push_back({{"number", p.number},
                     {"text", p.text},
                     {"ocr", p.ocr},
                     {"language", p.language},
                     {"ocr_languages", p.ocr_languages},
                     {"ocr_confidence", p.ocr_confidence},
                     {"ocr_rotation", p.ocr_rotation},
                     {"ocr_seconds", p.ocr_seconds},
                     {"ocr_error", p.ocr_error}});
  nlohmann::json cities = nlohmann::json::array(), dates = nlohmann::json::array();
  for (const CityRef& c : doc.cities) cities.push_back({{"id", c.id}, {"mentions", c.mentions}});
  for (const DateRef& d : doc.dates) dates.push_back(DateJson(d));
  return {{"path", PathName(doc.path)},
          {"format", FormatName(doc.format)},
          {"title", doc.title},
          {"author", doc.author},
          {"created", doc.created},
          {"encoding", doc.encoding},
          {"language", doc.language},
          {"pages", std::move(pages)},
          {"cities", std::move(cities)},
          {"dates", std::move(dates)},
          {"date", doc.date}};
}

nlohmann::json DateJson(const DateRef& date) {
  nlohmann::json json = {
      {"iso", date.iso}, {"text", date.text}, {"year_inferred", date.year_inferred}};
  if (!date.through.empty()) json["through"] = date.through;
  return json;
}

Document DocumentFromJson(const nlohmann::json& json) {
  Document doc;
  doc.path = PathFromName(json.at("path").get<std::string>());
  doc.format = FormatFromName(json.at("format").get<std::string>());
  doc.title = json.at("title").get<std::string>();
  doc.author = json.at("author").get<std::string>();
  doc.created = json.at("created").get<std::string>();
  doc.encoding = json.at("encoding").get<std::string>();
  doc.language = json.at("language").get<std::string>();
  for (const auto& p : json.at("pages"))
    doc.pages.push_back({p.at("number").get<int>(), p.value("text", ""), p.at("ocr").get<bool>(),
                         p.value("language", ""), p.value("ocr_languages", ""),
                         p.value("ocr_confidence", 0), p.value("ocr_rotation", 0),
                         p.value("ocr_seconds", 0.0), p.value("ocr_error", "")});
  for (const auto& c : json.value("cities", nlohmann::json::array()))
    doc.cities.push_back({c.at("id").get<uint32_t>(), c.at("mentions").get<int>()});
  for (const auto& d : json.value("dates", nlohmann::json::array()))
    doc.dates.push_back({d.at("iso").get<std::string>(), d.at("text").get<std::string>(),
                         d.value("year_inferred", false), d.value("through", "")});
  doc.date = json.value("date", "");
  return doc;
}

}  // namespace twindex
