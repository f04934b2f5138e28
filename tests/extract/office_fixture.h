// Builds zip, DOCX and ODT files in memory, so that each test shows the XML it feeds in.
// Header-only: tests/CMakeLists.txt compiles only *_test.cc files.
#pragma once

#include <zip.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extractor.h"

namespace twindex::testing {

using ZipMembers = std::vector<std::pair<std::string, std::string>>;  // name, content

// A zip holding `members`, deflated, in the order given.
inline std::string MakeZip(const ZipMembers& members) {
  struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
  };
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  zip_source_keep(buffer.get());  // stays ours after the archive is closed, to read back
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  if (!archive) throw std::runtime_error("zip_open_from_source failed");
  for (const auto& [name, content] : members) {
    zip_source_t* member = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!member || zip_file_add(archive, name.c_str(), member, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(member);
      zip_discard(archive);
      throw std::runtime_error("zip_file_add failed for " + name);
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw std::runtime_error("zip_close failed");
  }
  zip_stat_t stat;
  std::string bytes;
  if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0)
    throw std::runtime_error("cannot read back the zip");
  bytes.resize(stat.size);
  const zip_int64_t n = zip_source_read(buffer.get(), bytes.data(), bytes.size());
  zip_source_close(buffer.get());
  if (n != static_cast<zip_int64_t>(bytes.size())) throw std::runtime_error("short zip read");
  return bytes;
}

inline constexpr std::string_view kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")";

// word/document.xml around the content of w:body.
inline std::string WordDocument(std::string_view body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "<w:document " + std::string(kWordNamespaces) + "><w:body>" + std::string(body) +
         "</w:body></w:document>";
}

// A header or footer part ("hdr" or "ftr") around its paragraphs.
inline std::string WordHeaderFooter(std::string_view tag, std::string_view content) {
  return "<w:" + std::string(tag) + " " + std::string(kWordNamespaces) + ">" +
         std::string(content) + "</w:" + std::string(tag) + ">";
}

struct WordRelationship {
  std::string id;
  std::string type;    // last part of the type URI: "header", "footnotes", "hyperlink"...
  std::string target;  // a URL ("https://...") makes the relationship external
};

// word/_rels/document.xml.rels with these relationships, in this order.
inline std::string WordRelationships(const std::vector<WordRelationship>& relationships) {
  std::string xml =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (const WordRelationship& rel : relationships) {
    xml += R"(<Relationship Id=")" + rel.id +
           R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" +
           rel.type + R"(" Target=")" + rel.target + '"';
    if (rel.target.find("://") != std::string::npos) xml += R"( TargetMode="External")";
    xml += "/>";
  }
  return xml + "</Relationships>";
}

// A DOCX whose body is `body`, plus any other parts.
inline std::string MakeDocx(std::string_view body, ZipMembers parts = {}) {
  parts.insert(parts.begin(), {"word/document.xml", WordDocument(body)});
  return MakeZip(parts);
}

inline constexpr std::string_view kOdfNamespaces =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
    R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3")";

// content.xml around the content of office:text.
inline std::string OdfContent(std::string_view text) {
  return "<office:document-content " + std::string(kOdfNamespaces) + "><office:body><office:text>" +
         std::string(text) + "</office:text></office:body></office:document-content>";
}

// An ODT whose office:text is `text`, plus any other parts.
inline std::string MakeOdt(std::string_view text, ZipMembers parts = {}) {
  parts.insert(parts.begin(), {{"mimetype", "application/vnd.oasis.opendocument.text"},
                               {"content.xml", OdfContent(text)}});
  return MakeZip(parts);
}

// The message of the ExtractError that `f` throws, or "(no error)".
inline std::string ExtractErrorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const extract::ExtractError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace twindex::testing
