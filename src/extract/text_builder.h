// TextBuilder: writes the text of a structured document (paragraphs, table cells, inline runs) as
// lines of UTF-8 text.
//
// Structure is given as separator requests (Break) that are written lazily, only between two
// pieces of text, the strongest pending request winning: empty paragraphs and nested blocks thus
// leave no blank lines or stray tabs, and a separator is never written at the start of a line.
// Inside a table cell a line break becomes a space, so that a table row reads as one line with its
// cells separated by tabs.
//
// PartJoiner joins the texts of a document's parts (headers, body, notes, footers) into one page.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twindex::extract {

class TextBuilder {
 public:
  enum class Sep { kNone, kSpace, kTab, kLine };  // in order of strength

  void Append(std::string_view text);  // as is, after the pending separator
  // Text whose whitespace is not significant (HTML, ODF): each run of spaces, tabs and line ends
  // becomes a space separator.
  void AppendCollapsed(std::string_view text);
  void Break(Sep sep);
  void LineBreak();  // an explicit one (<br>, w:br): '\n' even on an empty line; ' ' in a cell
  void BeginCell();
  void EndCell();  // the next text is separated by a tab (a line break if the row ends)

  std::string Finish();  // every line ends with '\n'; "" if there was no text

 private:
  void WritePending();

  std::string text_;
  Sep pending_ = Sep::kNone;
  int cell_depth_ = 0;
};

class PartJoiner {
 public:
  // Appends the finished text of a part unless an earlier part had the same text: Word and Writer
  // keep first-page, even-page and default headers separately, and they are often identical.
  void Add(std::string part);
  std::string Finish() { return std::move(page_); }

 private:
  std::string page_;
  std::vector<std::string> seen_;
};

}  // namespace twindex::extract
