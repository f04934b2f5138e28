// XmlPart: reads an XML part of a zipped office document (DOCX, ODT) into a pugixml tree.
//
// Whitespace-only text is kept, as both formats can mean it (<w:t xml:space="preserve"> </w:t>,
// the space between two ODF spans). pugixml reads no DTD and expands no entities beyond the five
// predefined ones, so a hostile part can neither fetch files nor blow up in memory.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "extract/zip_archive.h"

namespace twindex::extract {

// Throws ExtractError "damaged XML in <name>: <reason>".
pugi::xml_document ParseXmlPart(std::string_view xml, std::string_view name);

// Reads and parses member `name`; throws ExtractError if it is missing or damaged.
pugi::xml_document ReadXmlPart(ZipArchive& zip, const std::string& name);

}  // namespace twindex::extract
