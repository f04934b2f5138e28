#include "extract/text_builder.h"

#include <algorithm>

namespace twindex::extract {
namespace {

bool IsCollapsibleSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

void TextBuilder::WritePending() {
  const bool line_start = text_.empty() || text_.back() == '\n';
  if (!line_start) {
    if (pending_ == Sep::kSpace) text_ += ' ';
    if (pending_ == Sep::kTab) text_ += '\t';
    if (pending_ == Sep::kLine) text_ += '\n';
  }
  pending_ = Sep::kNone;
}

void TextBuilder::Append(std::string_view text) {
  if (text.empty()) return;
  WritePending();
  text_ += text;
}

void TextBuilder::AppendCollapsed(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (IsCollapsibleSpace(text[i])) {
      Break(Sep::kSpace);
      while (i < text.size() && IsCollapsibleSpace(text[i])) ++i;
    } else {
      const size_t start = i;
      while (i < text.size() && !IsCollapsibleSpace(text[i])) ++i;
      Append(text.substr(start, i - start));
    }
  }
}

void TextBuilder::Break(Sep sep) {
  if (sep == Sep::kLine && cell_depth_ > 0) sep = Sep::kSpace;
  pending_ = std::max(pending_, sep);
}

void TextBuilder::LineBreak() {
  if (cell_depth_ > 0) return Break(Sep::kSpace);
  pending_ = Sep::kNone;  // the break replaces whatever separator was due
  text_ += '\n';
}

void TextBuilder::BeginCell() { ++cell_depth_; }

void TextBuilder::EndCell() {
  if (cell_depth_ > 0) --cell_depth_;
  Break(Sep::kTab);
}

std::string TextBuilder::Finish() {
  if (!text_.empty() && text_.back() != '\n') text_ += '\n';
  pending_ = Sep::kNone;
  return std::move(text_);
}

void PartJoiner::Add(std::string part) {
  if (part.empty() || std::ranges::find(seen_, part) != seen_.end()) return;
  page_ += part;
  seen_.push_back(std::move(part));
}

}  // namespace twindex::extract
