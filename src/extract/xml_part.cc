#include "extract/xml_part.h"

#include "extract/extractor.h"

namespace twindex::extract {

pugi::xml_document ParseXmlPart(std::string_view xml, std::string_view name) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    throw ExtractError("damaged XML in " + std::string(name) + ": " + result.description() +
                       " at offset " + std::to_string(result.offset));
  }
  return doc;
}

pugi::xml_document ReadXmlPart(ZipArchive& zip, const std::string& name) {
  return ParseXmlPart(zip.Read(name), name);
}

}  // namespace twindex::extract
