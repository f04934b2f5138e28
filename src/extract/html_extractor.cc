#include "extract/html_extractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string_view>

#include "extract/charset.h"
#include "extract/text_builder.h"
#include "extract/tree_walk.h"

namespace twindex::extract {
namespace {

struct FreeDoc {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDoc = std::unique_ptr<xmlDoc, FreeDoc>;

void IgnoreError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

// Even with HTML_PARSE_NOERROR, libxml2 prints encoding errors on stderr. Its error handlers are
// per-thread state, hence once per thread rather than once per process.
void SilenceLibxml() {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  thread_local bool silenced = false;
  if (!silenced) {
    xmlSetGenericErrorFunc(nullptr, IgnoreError);
    xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
    silenced = true;
  }
}

// `encoding` nullptr: libxml2 follows the page's BOM or <meta>. Otherwise the bytes are in that
// encoding whatever the <meta> says (they have been decoded already).
HtmlDoc Parse(std::string_view bytes, const char* encoding) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  if (encoding) options |= HTML_PARSE_IGNORE_ENC;
  return HtmlDoc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, options));
}

// libxml2 hands out UTF-8 as unsigned chars.
const char* AsChars(const xmlChar* text) { return reinterpret_cast<const char*>(text); }

bool IsValidUtf8(std::string_view bytes) {
  const int32_t length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes.data(), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// The handle WalkTree needs over libxml2's nodes.
class Node {
 public:
  Node(xmlNode* node = nullptr) : node_(node) {}  // NOLINT: implicit by design
  Node first_child() const { return node_->children; }
  Node next_sibling() const { return node_->next; }
  Node parent() const { return node_->parent; }
  explicit operator bool() const { return node_ != nullptr; }
  bool operator==(const Node&) const = default;
  const xmlNode* operator->() const { return node_; }

  std::string_view name() const { return AsChars(node_->name); }
  std::string_view content() const { return node_->content ? AsChars(node_->content) : ""; }
  bool has_attribute(std::string_view name) const { return FindAttribute(name) != nullptr; }
  // The value of attribute `name`, "" if absent or empty.
  std::string_view attribute(std::string_view name) const {
    const xmlAttr* attr = FindAttribute(name);
    return attr && attr->children ? Node(attr->children).content() : "";
  }

 private:
  const xmlAttr* FindAttribute(std::string_view name) const {
    for (const xmlAttr* attr = node_->properties; attr; attr = attr->next)
      if (AsChars(attr->name) == name) return attr;
    return nullptr;
  }

  xmlNode* node_;
};

// Sorted, for binary search. The HTML parser gives element names in lower case.
constexpr std::array<std::string_view, 8> kInvisible = {
    "head", "iframe", "noembed", "noframes", "noscript", "script", "style", "template"};
constexpr std::array<std::string_view, 46> kBlocks = {
    "address", "article", "aside",  "blockquote", "body",   "caption",  "center",     "dd",
    "details", "dialog",  "div",    "dl",         "dt",     "fieldset", "figcaption", "figure",
    "footer",  "form",    "h1",     "h2",         "h3",     "h4",       "h5",         "h6",
    "header",  "hgroup",  "hr",     "html",       "legend", "li",       "main",       "menu",
    "nav",     "ol",      "option", "p",          "pre",    "section",  "summary",    "table",
    "tbody",   "tfoot",   "thead",  "title",      "tr",     "ul"};
static_assert(std::ranges::is_sorted(kInvisible) && std::ranges::is_sorted(kBlocks));

bool IsHidden(Node element) {
  if (element.has_attribute("hidden")) return true;
  std::string style;
  for (char c : element.attribute("style"))
    if (!std::isspace(static_cast<unsigned char>(c)))
      style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return style.find("display:none") != std::string::npos;
}

class VisibleTextVisitor {
 public:
  explicit VisibleTextVisitor(TextBuilder& out) : out_(out) {}

  bool Enter(Node node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (pre_depth_ > 0) {
        out_.Append(node.content());
      } else {
        out_.AppendCollapsed(node.content());
      }
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;  // comments, processing instructions
    const std::string_view name = node.name();
    if (std::ranges::binary_search(kInvisible, name) || IsHidden(node)) return false;
    if (name == "br") out_.LineBreak();
    if (name == "td" || name == "th") out_.BeginCell();
    if (std::ranges::binary_search(kBlocks, name)) out_.Break(TextBuilder::Sep::kLine);
    if (name == "pre") ++pre_depth_;
    return true;
  }

  void Leave(Node node) {
    const std::string_view name = node.name();
    if (name == "td" || name == "th") out_.EndCell();
    if (std::ranges::binary_search(kBlocks, name)) out_.Break(TextBuilder::Sep::kLine);
    if (name == "pre") --pre_depth_;
  }

 private:
  TextBuilder& out_;
  int pre_depth_ = 0;  // inside <pre>, whitespace is the author's
};

std::string VisibleText(Node root) {
  TextBuilder out;
  VisibleTextVisitor visitor(out);
  WalkTree(root, visitor);
  return out.Finish();
}

// The first element under `root`, in document order, for which `match` is true; or a null node.
Node FindElement(Node root, const std::function<bool(Node)>& match) {
  struct Finder {
    const std::function<bool(Node)>& match;
    Node found;
    bool Enter(Node node) {
      if (found || node->type != XML_ELEMENT_NODE) return false;
      if (match(node)) found = node;
      return !found;
    }
    void Leave(Node) {}
  } finder{match, {}};
  WalkTree(root, finder);
  return finder.found;
}

std::function<bool(Node)> Named(std::string_view name) {
  return [name](Node node) { return node.name() == name; };
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(
      a, b, [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

std::string OneLine(std::string text) {
  std::ranges::replace(text, '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

Document HtmlExtractor::Extract(std::string_view bytes, const std::string& /*path*/) const {
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    throw ExtractError("HTML larger than 2 GiB is not supported");
  SilenceLibxml();

  Document doc;
  doc.format = Format::kHtml;
  // libxml2 finds the declared charset (meta, BOM), but anything other than UTF-8 is decoded by ICU
  // and parsed again: libxml2 2.9 drops the rest of a page at the first byte its iconv cannot
  // convert (0x98 in windows-1251, a mislabelled page) where ICU substitutes U+FFFD. Undeclared
  // bytes that are not UTF-8, which libxml2 would read as Latin-1, go the same way.
  HtmlDoc html = Parse(bytes, nullptr);
  const std::string declared = html && html->encoding ? AsChars(html->encoding) : "";
  const bool utf8 = declared.empty() || EqualsIgnoringCase(declared, "UTF-8") ||
                    EqualsIgnoringCase(declared, "UTF8");
  if (utf8 && IsValidUtf8(bytes)) {
    doc.encoding = "UTF-8";
  } else {
    DecodedText decoded = DecodeToUtf8(bytes, declared);
    html = Parse(decoded.utf8, "UTF-8");
    doc.encoding = decoded.encoding;
  }

  // libxml2 gives no tree for input without any markup or text, i.e. an empty page.
  const Node root = html ? xmlDocGetRootElement(html.get()) : nullptr;
  for (std::string_view name : {"title", "h1"}) {
    if (const Node element = FindElement(root, Named(name)))
      doc.title = OneLine(VisibleText(element));
    if (!doc.title.empty()) break;
  }
  const Node author = FindElement(root, [](Node node) {
    return node.name() == "meta" && EqualsIgnoringCase(node.attribute("name"), "author");
  });
  if (author) doc.author = author.attribute("content");
  doc.pages.push_back(Page{1, root ? VisibleText(root) : std::string(), false});
  return doc;
}

}  // namespace twindex::extract
