// Layout: what every HTML page of the server shares — the document head (the embedded style
// sheet and script, no inline ones: the Content-Security-Policy forbids them), the header with
// the interface-language switch (#ui-lang), and the main region a page fills.
#pragma once

#include <string>
#include <string_view>

#include "serve/i18n.h"
#include "serve/query_params.h"

namespace twindex::serve {

struct PageContext {
  Ui ui = Ui::kEn;
  std::string base;    // URL prefix under a reverse proxy ("" or "/archive"), no trailing '/'
  std::string path;    // the request's path, for the language switch's links
  Params params;       // the request's parameters, likewise
  std::string assets;  // the assets' version (for /static/…?v=), so they may be cached for long
};

// The context of a request: the interface language from ?ui= if it names one, else from the
// Accept-Language header.
PageContext MakeContext(std::string base, std::string path, const Params& params,
                        std::string_view accept_language);

// A whole page: <title> and <h1> `title` (text), `body` (HTML) inside <main>.
std::string HtmlPage(const PageContext& context, std::string_view title, std::string_view body);

// The URL of `path` under the base (base + path), escaped for an attribute.
std::string Href(const PageContext& context, std::string_view path_and_query);

}  // namespace twindex::serve
