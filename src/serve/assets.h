// Assets: the style sheet and the script of the pages, linked into the binary at build time
// (core/incbin.h), so the server needs no files beside it and no front-end build step.
#pragma once

#include <string_view>

namespace twindex::serve {

std::string_view StyleCss();
std::string_view AppJs();
// A digest of both, for their URLs (/static/style.css?v=…): a new build is a new URL, so a
// browser may cache them for a year.
std::string_view AssetsVersion();

}  // namespace twindex::serve
