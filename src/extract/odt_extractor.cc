#include "extract/odt_extractor.h"

#include <algorithm>
#include <pugixml.hpp>
#include <string_view>

#include "extract/text_builder.h"
#include "extract/tree_walk.h"
#include "extract/xml_part.h"
#include "extract/zip_archive.h"

namespace twindex::extract {
namespace {

// Elements are matched by qualified name with the prefixes ODF writers use ("text:", "table:");
// pugixml does not resolve namespaces.
class OdfTextVisitor {
 public:
  // Notes (footnotes, endnotes) sit inside the paragraph that cites them; their text goes to
  // `notes` so that it does not split that paragraph.
  OdfTextVisitor(TextBuilder& out, TextBuilder& notes) : out_(out), notes_(notes) {}

  bool Enter(pugi::xml_node node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      // Character content lives only in text: elements; elsewhere text is layout whitespace.
      // Inside them ODF collapses whitespace as HTML does (text:s and text:tab are the real ones).
      if (std::string_view(node.parent().name()).starts_with("text:")) {
        out_.AppendCollapsed(node.value());
      }
      return false;
    }
    const std::string_view name = node.name();
    // Deleted text of tracked changes, comments, note numbers, and the templates of indexes
    // (text:table-of-content-source ...), whose generated text is in the index body.
    if (name == "text:tracked-changes" || name == "office:annotation" ||
        name == "text:note-citation" || (name.starts_with("text:") && name.ends_with("-source"))) {
      return false;
    }
    if (name == "text:note") {
      OdfTextVisitor note(notes_, notes_);
      WalkTree(node.child("text:note-body"), note);
      notes_.Break(TextBuilder::Sep::kLine);
      return false;
    }
    if (name == "text:s") out_.Append(Spaces(node.attribute("text:c").as_uint(1)));
    if (name == "text:tab") out_.Append("\t");
    if (name == "text:line-break") out_.LineBreak();
    if (name == "table:table-cell" || name == "table:covered-table-cell") out_.BeginCell();
    // A paragraph can hold a frame with paragraphs of its own; those start a line.
    if (name == "text:p" || name == "text:h") out_.Break(TextBuilder::Sep::kLine);
    return true;
  }

  void Leave(pugi::xml_node node) {
    const std::string_view name = node.name();
    if (name == "text:p" || name == "text:h" || name == "table:table-row" || name == "table:table")
      out_.Break(TextBuilder::Sep::kLine);
    if (name == "table:table-cell" || name == "table:covered-table-cell") out_.EndCell();
  }

 private:
  // Runs of spaces only align text, and cleanup collapses them anyway; the cap keeps a hostile
  // text:c="4000000000" from costing gigabytes.
  static std::string Spaces(unsigned count) { return std::string(std::min(count, 64u), ' '); }

  TextBuilder& out_;
  TextBuilder& notes_;
};

void ReadMetadata(ZipArchive& zip, Document& doc) {
  const std::string name = "meta.xml";
  if (!zip.Has(name)) return;
  const pugi::xml_document meta_doc = ReadXmlPart(zip, name);
  const pugi::xml_node meta = meta_doc.child("office:document-meta").child("office:meta");
  doc.title = meta.child_value("dc:title");
  doc.author = meta.child_value("meta:initial-creator");
  if (doc.author.empty()) doc.author = meta.child_value("dc:creator");
  doc.created = meta.child_value("meta:creation-date");
}

}  // namespace

Document OdtExtractor::Extract(std::string_view bytes, const std::string& /*path*/) const {
  ZipArchive zip(bytes);
  // Encrypted members would otherwise surface as "damaged XML in content.xml".
  const std::string manifest = "META-INF/manifest.xml";
  if (zip.Has(manifest) && zip.Read(manifest).find("encryption-data") != std::string::npos)
    throw ExtractError("encrypted ODT: a password is needed to read it");

  TextBuilder body, notes;
  OdfTextVisitor visitor(body, notes);
  const pugi::xml_document content = ReadXmlPart(zip, "content.xml");
  WalkTree(content.child("office:document-content").child("office:body"), visitor);

  PartJoiner headers, footers;
  if (zip.Has("styles.xml")) {
    const pugi::xml_document styles = ReadXmlPart(zip, "styles.xml");
    const pugi::xml_node master_styles =
        styles.child("office:document-styles").child("office:master-styles");
    for (pugi::xml_node master_page : master_styles.children("style:master-page")) {
      for (pugi::xml_node part : master_page.children()) {
        const std::string_view name = part.name();
        PartJoiner* joiner = name.starts_with("style:header")   ? &headers
                             : name.starts_with("style:footer") ? &footers
                                                                : nullptr;
        if (!joiner) continue;
        TextBuilder text;
        OdfTextVisitor part_visitor(text, text);
        WalkTree(part, part_visitor);
        joiner->Add(text.Finish());
      }
    }
  }

  PartJoiner page;
  page.Add(headers.Finish());
  page.Add(body.Finish());
  page.Add(notes.Finish());
  page.Add(footers.Finish());

  Document doc;
  doc.format = Format::kOdt;
  ReadMetadata(zip, doc);
  doc.pages.push_back(Page{1, page.Finish(), false});
  return doc;
}

}  // namespace twindex::extract
