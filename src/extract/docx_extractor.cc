#include "extract/docx_extractor.h"

#include <pugixml.hpp>
#include <string_view>
#include <vector>

#include "extract/text_builder.h"
#include "extract/tree_walk.h"
#include "extract/xml_part.h"
#include "extract/zip_archive.h"

namespace twindex::extract {
namespace {

// Elements are matched by qualified name with the prefixes Word and every other writer use ("w:",
// "mc:"); pugixml does not resolve namespaces.
class WordTextVisitor {
 public:
  explicit WordTextVisitor(TextBuilder& out) : out_(out) {}

  bool Enter(pugi::xml_node node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      // Only w:t holds visible text; w:delText and w:instrText (field codes) do not.
      if (std::string_view(node.parent().name()) == "w:t") out_.Append(node.value());
      return false;
    }
    const std::string_view name = node.name();
    // Deleted and moved-away runs of tracked changes; paragraph and run properties (whose w:tab are
    // tab stops, not tabs); the VML copy of a text box that mc:Choice already holds.
    if (name == "w:del" || name == "w:moveFrom" || name == "w:pPr" || name == "w:rPr" ||
        name == "mc:Fallback") {
      return false;
    }
    if (name == "w:tab") out_.Append("\t");
    if (name == "w:noBreakHyphen") out_.Append("-");  // "polsko-litewski" must not become one word
    if (name == "w:br" || name == "w:cr") out_.LineBreak();
    if (name == "w:tc") out_.BeginCell();
    return true;
  }

  void Leave(pugi::xml_node node) {
    const std::string_view name = node.name();
    if (name == "w:p" || name == "w:tr" || name == "w:tbl") out_.Break(TextBuilder::Sep::kLine);
    if (name == "w:tc") out_.EndCell();
  }

 private:
  TextBuilder& out_;
};

std::string PartText(const pugi::xml_document& part) {
  TextBuilder out;
  WordTextVisitor visitor(out);
  WalkTree(pugi::xml_node(part), visitor);
  return out.Finish();
}

// The parts the main document refers to, by kind, in the order of its relationships part. A
// header or footer exists only through such a reference, so no guessing from member names.
struct RelatedParts {
  std::vector<std::string> headers, footnotes, endnotes, footers;
};

RelatedParts FindRelatedParts(ZipArchive& zip) {
  RelatedParts parts;
  const std::string rels_name = "word/_rels/document.xml.rels";
  if (!zip.Has(rels_name)) return parts;
  const pugi::xml_document rels = ReadXmlPart(zip, rels_name);
  for (pugi::xml_node rel : rels.child("Relationships").children("Relationship")) {
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    const std::string_view type = rel.attribute("Type").value();
    const std::string_view kind = type.substr(type.rfind('/') + 1);
    std::vector<std::string>* list = kind == "header"      ? &parts.headers
                                     : kind == "footer"    ? &parts.footers
                                     : kind == "footnotes" ? &parts.footnotes
                                     : kind == "endnotes"  ? &parts.endnotes
                                                           : nullptr;
    if (!list) continue;
    // Targets are relative to word/, or absolute from the package root.
    const std::string_view target = rel.attribute("Target").value();
    std::string name =
        target.starts_with('/') ? std::string(target.substr(1)) : "word/" + std::string(target);
    if (zip.Has(name)) list->push_back(std::move(name));  // a dangling reference costs nothing
  }
  return parts;
}

void ReadCoreProperties(ZipArchive& zip, Document& doc) {
  const std::string name = "docProps/core.xml";
  if (!zip.Has(name)) return;
  const pugi::xml_document core = ReadXmlPart(zip, name);
  const pugi::xml_node props = core.child("cp:coreProperties");
  doc.title = props.child_value("dc:title");
  doc.author = props.child_value("dc:creator");
  doc.created = props.child_value("dcterms:created");
}

}  // namespace

Document DocxExtractor::Extract(std::string_view bytes, const std::string& /*path*/) const {
  ZipArchive zip(bytes);
  const pugi::xml_document body = ReadXmlPart(zip, "word/document.xml");
  const RelatedParts related = FindRelatedParts(zip);

  PartJoiner page;
  const auto add_parts = [&](const std::vector<std::string>& names) {
    for (const std::string& name : names) page.Add(PartText(ReadXmlPart(zip, name)));
  };
  add_parts(related.headers);
  page.Add(PartText(body));
  add_parts(related.footnotes);
  add_parts(related.endnotes);
  add_parts(related.footers);

  Document doc;
  doc.format = Format::kDocx;
  ReadCoreProperties(zip, doc);
  doc.pages.push_back(Page{1, page.Finish(), false});
  return doc;
}

}  // namespace twindex::extract
