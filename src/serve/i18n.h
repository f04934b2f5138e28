// I18n: the interface in Polish, Belarusian, Lithuanian, Russian and English — every string of
// the pages in each, the language chosen from the browser's Accept-Language or a ?ui= switch,
// and dates written the way each language writes them (a day: ICU's long date, with its genitive
// months; a month of a year: the nominative names and patterns of i18n.cc's table).
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace twindex::serve {

enum class Ui { kPl, kBe, kLt, kRu, kEn };
inline constexpr std::array<Ui, 5> kUiLanguages = {Ui::kPl, Ui::kBe, Ui::kLt, Ui::kRu, Ui::kEn};

// Every string of the interface. A "{}" in a string is where a number or a name goes (Fill).
#define TWINDEX_UI_STRINGS(X)                                                                     \
  X(app_title)                                                                                    \
  X(search_heading)                                                                               \
  X(query_label) X(query_hint) X(search_button) X(filters) X(city_label) X(city_hint)             \
      X(lang_label) X(any_language) X(from_label) X(to_label) X(date_hint) X(sort_label)          \
          X(sort_relevance) X(sort_date) X(found) X(results) X(facet_cities) X(facet_years)       \
              X(facet_languages) X(page_of_hit) X(pages_count) X(no_results) X(removed_by_filter) \
                  X(search_without) X(filter_city) X(filter_lang) X(filter_from) X(filter_to)     \
                      X(previous) X(next) X(result_pages) X(ui_language) X(file_label)            \
                          X(format_label) X(language_label) X(date_label) X(author_label)         \
                              X(created_label) X(cities_label) X(dates_label) X(text_heading)     \
                                  X(page_heading) X(open_original) X(back) X(bad_request)         \
                                      X(not_found) X(not_found_text) X(no_text) X(failed_file)    \
                                          X(lang_pl) X(lang_be) X(lang_lt) X(lang_ru) X(lang_en)  \
                                              X(type_ahead_hint) X(hit_page_first)

struct UiText {
#define TWINDEX_UI_FIELD(name) std::string_view name;
  TWINDEX_UI_STRINGS(TWINDEX_UI_FIELD)
#undef TWINDEX_UI_FIELD
};

const UiText& Text(Ui ui);
// The code of the language ("pl", "be", "lt", "ru", "en") and its own name ("Polski", ...).
std::string_view Code(Ui ui);
std::string_view OwnName(Ui ui);
// The language whose code is `code`, if one of the five.
bool UiFromCode(std::string_view code, Ui& ui);

// The language to show for an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"): the one of the
// five with the highest q (a tag's primary subtag decides, "*" means any; q=0 refuses), the
// header's order between equals; English if none.
Ui Negotiate(std::string_view accept_language);

// A content language's name in the interface language ("pl" in Ui::kEn: "Polish"); the code
// itself for a language the interface has no name for.
std::string LanguageName(std::string_view code, Ui ui);

// An ISO date ("2019-05-12") as the language writes it: pl "12 maja 2019", be "12 мая 2019 г.",
// lt "2019 m. gegužės 12 d.", ru "12 мая 2019 г.", en "12 May 2019"; a month ("2019-05") too:
// pl "maj 2019", be "травень 2019 г.", lt "2019 m. gegužė", ru "май 2019 г.", en "May 2019".
// "YYYY" stays as it is, and so does anything that is not a date.
std::string FormatDate(std::string_view iso, Ui ui);

// `pattern` with each "{}" replaced by the next of `values` (left as is when they run out).
std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace twindex::serve
