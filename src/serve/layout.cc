#include "serve/layout.h"

#include "serve/assets.h"
#include "serve/html.h"

namespace twindex::serve {

PageContext MakeContext(std::string base, std::string path, const Params& params,
                        std::string_view accept_language) {
  PageContext c;
  const auto ui = params.find("ui");
  if (ui == params.end() || !UiFromCode(ui->second, c.ui)) c.ui = Negotiate(accept_language);
  c.base = std::move(base);
  c.path = std::move(path);
  c.params = params;
  c.assets = std::string(AssetsVersion());
  return c;
}

std::string Href(const PageContext& context, std::string_view path_and_query) {
  return Escape(context.base + std::string(path_and_query));
}

std::string HtmlPage(const PageContext& c, std::string_view title, std::string_view body) {
  const UiText& t = Text(c.ui);
  std::string switcher;
  for (Ui ui : kUiLanguages) {
    std::string query;
    for (const auto& [key, value] : c.params)
      if (key != "ui") AppendJoined(query, "&", UrlEncode(key) + "=" + UrlEncode(value));
    AppendJoined(query, "&", "ui=" + std::string(Code(ui)));
    const std::string code(Code(ui));
    switcher += "<li><a href=\"" + Href(c, c.path + "?" + query) + "\" lang=\"" + code +
                "\" hreflang=\"" + code + "\"" + (ui == c.ui ? " aria-current=\"true\"" : "") +
                ">" + Escape(OwnName(ui)) + "</a></li>";
  }
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(Code(c.ui)) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" +
         Escape(title) +
         " · twindex</title>\n"
         "<link rel=\"stylesheet\" href=\"" +
         Href(c, "/static/style.css?v=" + c.assets) +
         "\">\n"
         "<script src=\"" +
         Href(c, "/static/app.js?v=" + c.assets) +
         "\" defer></script>\n"
         "</head>\n<body data-base=\"" +
         Escape(c.base) + "\" data-ui=\"" + std::string(Code(c.ui)) +
         "\">\n<header>\n<a class=\"brand\" href=\"" + Href(c, "/?ui=" + std::string(Code(c.ui))) +
         "\">" + Escape(t.app_title) + "</a>\n<nav aria-label=\"" + Escape(t.ui_language) +
         "\"><ul id=\"ui-lang\">" + switcher + "</ul></nav>\n</header>\n<main>\n<h1>" +
         Escape(title) + "</h1>\n" + std::string(body) + "</main>\n</body>\n</html>\n";
}

}  // namespace twindex::serve
