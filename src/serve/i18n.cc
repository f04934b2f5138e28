#include "serve/i18n.h"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <charconv>
#include <memory>

namespace twindex::serve {
namespace {

constexpr UiText kPolish = {
    .app_title = "twindex: wyszukiwarka dokumentów",
    .search_heading = "Przeszukaj archiwum",
    .query_label = "Szukane słowa",
    .query_hint = "słowa, \"fraza\", OR, -słowo",
    .search_button = "Szukaj",
    .filters = "Filtry",
    .city_label = "Miasto",
    .city_hint = "dowolne miasto, w dowolnym języku",
    .lang_label = "Język dokumentu",
    .any_language = "dowolny język",
    .from_label = "Data od",
    .to_label = "Data do",
    .date_hint = "RRRR, RRRR-MM lub RRRR-MM-DD",
    .sort_label = "Kolejność",
    .sort_relevance = "najtrafniejsze najpierw",
    .sort_date = "najnowsze najpierw",
    .found = "Znalezione dokumenty: {}",
    .results = "Wyniki",
    .facet_cities = "Miasta",
    .facet_years = "Lata",
    .facet_languages = "Języki",
    .page_of_hit = "strona {} z {}",
    .pages_count = "Liczba stron",
    .no_results = "Żaden dokument nie pasuje do tego wyszukiwania.",
    .removed_by_filter = "Bez filtra „{}” są pasujące dokumenty.",
    .search_without = "Szukaj bez tego filtra",
    .filter_city = "miasto: {}",
    .filter_lang = "język: {}",
    .filter_from = "od {}",
    .filter_to = "do {}",
    .previous = "Poprzednia strona",
    .next = "Następna strona",
    .result_pages = "Strony wyników",
    .ui_language = "Język interfejsu",
    .file_label = "Plik",
    .format_label = "Format",
    .language_label = "Język",
    .date_label = "Data",
    .author_label = "Autor",
    .created_label = "Utworzono",
    .cities_label = "Miasta",
    .dates_label = "Daty",
    .text_heading = "Tekst",
    .page_heading = "Strona {}",
    .open_original = "Otwórz oryginalny plik na stronie {}",
    .back = "Powrót do wyników",
    .bad_request = "Nie można wykonać wyszukiwania",
    .not_found = "Nie znaleziono",
    .not_found_text = "W indeksie nie ma takiej strony ani dokumentu.",
    .no_text = "Ta strona nie zawiera tekstu.",
    .failed_file = "Nie udało się odczytać pliku: {}",
    .lang_pl = "polski",
    .lang_be = "białoruski",
    .lang_lt = "litewski",
    .lang_ru = "rosyjski",
    .lang_en = "angielski",
    .type_ahead_hint = "Wpisz kilka liter i wybierz miasto z listy strzałkami.",
    .hit_page_first = "Strona z trafieniem jest pokazana jako pierwsza.",
};

constexpr UiText kBelarusian = {
    .app_title = "twindex: пошук дакументаў",
    .search_heading = "Пошук у архіве",
    .query_label = "Словы для пошуку",
    .query_hint = "словы, \"фраза\", OR, -слова",
    .search_button = "Шукаць",
    .filters = "Фільтры",
    .city_label = "Горад",
    .city_hint = "любы горад, на любой мове",
    .lang_label = "Мова дакумента",
    .any_language = "любая мова",
    .from_label = "Дата ад",
    .to_label = "Дата да",
    .date_hint = "ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД",
    .sort_label = "Парадак",
    .sort_relevance = "спачатку найбольш адпаведныя",
    .sort_date = "спачатку найнавейшыя",
    .found = "Знойдзена дакументаў: {}",
    .results = "Вынікі",
    .facet_cities = "Гарады",
    .facet_years = "Гады",
    .facet_languages = "Мовы",
    .page_of_hit = "старонка {} з {}",
    .pages_count = "Колькасць старонак",
    .no_results = "Ніводны дакумент не адпавядае гэтаму пошуку.",
    .removed_by_filter = "Без фільтра «{}» ёсць адпаведныя дакументы.",
    .search_without = "Шукаць без гэтага фільтра",
    .filter_city = "горад: {}",
    .filter_lang = "мова: {}",
    .filter_from = "ад {}",
    .filter_to = "да {}",
    .previous = "Папярэдняя старонка",
    .next = "Наступная старонка",
    .result_pages = "Старонкі вынікаў",
    .ui_language = "Мова інтэрфейсу",
    .file_label = "Файл",
    .format_label = "Фармат",
    .language_label = "Мова",
    .date_label = "Дата",
    .author_label = "Аўтар",
    .created_label = "Створаны",
    .cities_label = "Гарады",
    .dates_label = "Даты",
    .text_heading = "Тэкст",
    .page_heading = "Старонка {}",
    .open_original = "Адкрыць арыгінальны файл на старонцы {}",
    .back = "Назад да вынікаў",
    .bad_request = "Немагчыма выканаць пошук",
    .not_found = "Не знойдзена",
    .not_found_text = "У індэксе няма такой старонкі або дакумента.",
    .no_text = "На гэтай старонцы няма тэксту.",
    .failed_file = "Не ўдалося прачытаць файл: {}",
    .lang_pl = "польская",
    .lang_be = "беларуская",
    .lang_lt = "літоўская",
    .lang_ru = "руская",
    .lang_en = "англійская",
    .type_ahead_hint = "Увядзіце некалькі літар і выберыце горад са спіса стрэлкамі.",
    .hit_page_first = "Старонка са знойдзеным паказана першай.",
};

constexpr UiText kLithuanian = {
    .app_title = "twindex: dokumentų paieška",
    .search_heading = "Paieška archyve",
    .query_label = "Ieškomi žodžiai",
    .query_hint = "žodžiai, \"frazė\", OR, -žodis",
    .search_button = "Ieškoti",
    .filters = "Filtrai",
    .city_label = "Miestas",
    .city_hint = "bet kuris miestas, bet kuria kalba",
    .lang_label = "Dokumento kalba",
    .any_language = "bet kuri kalba",
    .from_label = "Data nuo",
    .to_label = "Data iki",
    .date_hint = "MMMM, MMMM-MM arba MMMM-MM-DD",
    .sort_label = "Tvarka",
    .sort_relevance = "pirmiausia tinkamiausi",
    .sort_date = "pirmiausia naujausi",
    .found = "Rasta dokumentų: {}",
    .results = "Rezultatai",
    .facet_cities = "Miestai",
    .facet_years = "Metai",
    .facet_languages = "Kalbos",
    .page_of_hit = "{} puslapis iš {}",
    .pages_count = "Puslapių skaičius",
    .no_results = "Šios paieškos neatitinka nė vienas dokumentas.",
    .removed_by_filter = "Be filtro „{}“ yra atitinkančių dokumentų.",
    .search_without = "Ieškoti be šio filtro",
    .filter_city = "miestas: {}",
    .filter_lang = "kalba: {}",
    .filter_from = "nuo {}",
    .filter_to = "iki {}",
    .previous = "Ankstesnis puslapis",
    .next = "Kitas puslapis",
    .result_pages = "Rezultatų puslapiai",
    .ui_language = "Sąsajos kalba",
    .file_label = "Failas",
    .format_label = "Formatas",
    .language_label = "Kalba",
    .date_label = "Data",
    .author_label = "Autorius",
    .created_label = "Sukurta",
    .cities_label = "Miestai",
    .dates_label = "Datos",
    .text_heading = "Tekstas",
    .page_heading = "{} puslapis",
    .open_original = "Atidaryti originalų failą {} puslapyje",
    .back = "Atgal į rezultatus",
    .bad_request = "Paieškos atlikti negalima",
    .not_found = "Nerasta",
    .not_found_text = "Indekse tokio puslapio ar dokumento nėra.",
    .no_text = "Šiame puslapyje nėra teksto.",
    .failed_file = "Failo perskaityti nepavyko: {}",
    .lang_pl = "lenkų",
    .lang_be = "baltarusių",
    .lang_lt = "lietuvių",
    .lang_ru = "rusų",
    .lang_en = "anglų",
    .type_ahead_hint = "Įveskite kelias raides ir rodyklėmis pasirinkite miestą iš sąrašo.",
    .hit_page_first = "Puslapis su rastais žodžiais rodomas pirmas.",
};

constexpr UiText kRussian = {
    .app_title = "twindex: поиск документов",
    .search_heading = "Поиск в архиве",
    .query_label = "Слова для поиска",
    .query_hint = "слова, \"фраза\", OR, -слово",
    .search_button = "Найти",
    .filters = "Фильтры",
    .city_label = "Город",
    .city_hint = "любой город, на любом языке",
    .lang_label = "Язык документа",
    .any_language = "любой язык",
    .from_label = "Дата с",
    .to_label = "Дата по",
    .date_hint = "ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
    .sort_label = "Порядок",
    .sort_relevance = "сначала наиболее подходящие",
    .sort_date = "сначала самые новые",
    .found = "Найдено документов: {}",
    .results = "Результаты",
    .facet_cities = "Города",
    .facet_years = "Годы",
    .facet_languages = "Языки",
    .page_of_hit = "страница {} из {}",
    .pages_count = "Число страниц",
    .no_results = "Ни один документ не соответствует этому поиску.",
    .removed_by_filter = "Без фильтра «{}» есть подходящие документы.",
    .search_without = "Искать без этого фильтра",
    .filter_city = "город: {}",
    .filter_lang = "язык: {}",
    .filter_from = "с {}",
    .filter_to = "по {}",
    .previous = "Предыдущая страница",
    .next = "Следующая страница",
    .result_pages = "Страницы результатов",
    .ui_language = "Язык интерфейса",
    .file_label = "Файл",
    .format_label = "Формат",
    .language_label = "Язык",
    .date_label = "Дата",
    .author_label = "Автор",
    .created_label = "Создан",
    .cities_label = "Города",
    .dates_label = "Даты",
    .text_heading = "Текст",
    .page_heading = "Страница {}",
    .open_original = "Открыть исходный файл на странице {}",
    .back = "Назад к результатам",
    .bad_request = "Поиск выполнить нельзя",
    .not_found = "Не найдено",
    .not_found_text = "В индексе нет такой страницы или документа.",
    .no_text = "На этой странице нет текста.",
    .failed_file = "Не удалось прочитать файл: {}",
    .lang_pl = "польский",
    .lang_be = "белорусский",
    .lang_lt = "литовский",
    .lang_ru = "русский",
    .lang_en = "английский",
    .type_ahead_hint = "Введите несколько букв и выберите город из списка стрелками.",
    .hit_page_first = "Страница с найденным показана первой.",
};

constexpr UiText kEnglish = {
    .app_title = "twindex: document search",
    .search_heading = "Search the archive",
    .query_label = "Words to find",
    .query_hint = "words, \"a phrase\", OR, -word",
    .search_button = "Search",
    .filters = "Filters",
    .city_label = "City",
    .city_hint = "any city, in any language",
    .lang_label = "Document language",
    .any_language = "any language",
    .from_label = "Dated from",
    .to_label = "Dated to",
    .date_hint = "YYYY, YYYY-MM or YYYY-MM-DD",
    .sort_label = "Order",
    .sort_relevance = "best match first",
    .sort_date = "newest first",
    .found = "Documents found: {}",
    .results = "Results",
    .facet_cities = "Cities",
    .facet_years = "Years",
    .facet_languages = "Languages",
    .page_of_hit = "page {} of {}",
    .pages_count = "Pages",
    .no_results = "No document matches this search.",
    .removed_by_filter = "Without the filter “{}” there are documents that match.",
    .search_without = "Search without this filter",
    .filter_city = "city: {}",
    .filter_lang = "language: {}",
    .filter_from = "from {}",
    .filter_to = "to {}",
    .previous = "Previous page",
    .next = "Next page",
    .result_pages = "Pages of results",
    .ui_language = "Interface language",
    .file_label = "File",
    .format_label = "Format",
    .language_label = "Language",
    .date_label = "Date",
    .author_label = "Author",
    .created_label = "Created",
    .cities_label = "Cities",
    .dates_label = "Dates",
    .text_heading = "Text",
    .page_heading = "Page {}",
    .open_original = "Open the original file at page {}",
    .back = "Back to the results",
    .bad_request = "The search cannot be run",
    .not_found = "Not found",
    .not_found_text = "The index holds no such page or document.",
    .no_text = "This page has no text.",
    .failed_file = "The file could not be read: {}",
    .lang_pl = "Polish",
    .lang_be = "Belarusian",
    .lang_lt = "Lithuanian",
    .lang_ru = "Russian",
    .lang_en = "English",
    .type_ahead_hint = "Type a few letters and choose a city from the list with the arrow keys.",
    .hit_page_first = "The page of the hit comes first.",
};

// How a language writes a month of a year ("2019-05"): the months' names in the nominative, and
// the pattern, "{M}" the month and "{Y}" the year.
//
// Where they come from: pl, lt, ru and en are CLDR's (42, as ICU 72 has them): the stand-alone
// wide month names and the yMMMM pattern (pl "LLLL y", lt "y 'm'. LLLL", ru "LLLL y 'г'.", en
// "MMMM y", with the narrow no-break space ICU puts before "г."); i18n_test checks them against
// ICU. CLDR's Belarusian is not how Belarusian writes it: it names May "май", the Russian
// month, and has no "г." (yMMMM "LLLL y"). The Belarusian names are those of the literary norm
// (Тлумачальны слоўнік беларускай літаратурнай мовы; the calendar of the Belarusian Wikipedia):
// студзень … травень … снежань, and "2019 г." as Belarusian writes a year, as in its long date.
struct MonthOfYear {
  std::array<std::string_view, 12> names;
  std::string_view pattern;
};

constexpr MonthOfYear kPolishMonths = {
    {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
     "październik", "listopad", "grudzień"},
    "{M} {Y}"};
constexpr MonthOfYear kBelarusianMonths = {
    {"студзень", "люты", "сакавік", "красавік", "травень", "чэрвень", "ліпень", "жнівень",
     "верасень", "кастрычнік", "лістапад", "снежань"},
    "{M} {Y}\u202Fг."};
constexpr MonthOfYear kLithuanianMonths = {
    {"sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis",
     "rugsėjis", "spalis", "lapkritis", "gruodis"},
    "{Y} m. {M}"};
constexpr MonthOfYear kRussianMonths = {
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
     "ноябрь", "декабрь"},
    "{M} {Y}\u202Fг."};
constexpr MonthOfYear kEnglishMonths = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    "{M} {Y}"};

struct Language {
  Ui ui;
  std::string_view code, own_name;
  const char* icu_locale;  // whose long date is the language's usual one
  const UiText* text;
  const MonthOfYear* months;
};

constexpr Language kLanguages[] = {
    {Ui::kPl, "pl", "Polski", "pl_PL", &kPolish, &kPolishMonths},
    {Ui::kBe, "be", "Беларуская", "be_BY", &kBelarusian, &kBelarusianMonths},
    {Ui::kLt, "lt", "Lietuvių", "lt_LT", &kLithuanian, &kLithuanianMonths},
    {Ui::kRu, "ru", "Русский", "ru_RU", &kRussian, &kRussianMonths},
    // en_GB: "12 May 2019", day first.
    {Ui::kEn, "en", "English", "en_GB", &kEnglish, &kEnglishMonths},
};

const Language& Of(Ui ui) { return kLanguages[static_cast<size_t>(ui)]; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "q=0.8" → 0.8; a missing or malformed q is 1 (RFC 9110 allows no other reading that helps).
double Quality(std::string_view params) {
  for (size_t at = 0; at < params.size();) {
    size_t end = params.find(';', at);
    if (end == std::string_view::npos) end = params.size();
    const std::string_view param = Trim(params.substr(at, end - at));
    at = end + 1;
    if (param.size() > 2 && Lower(param[0]) == 'q' && param[1] == '=') {
      double q = 1;
      const std::string_view value = param.substr(2);
      if (std::from_chars(value.data(), value.data() + value.size(), q).ec != std::errc()) return 1;
      return q < 0 ? 0 : q > 1 ? 1 : q;
    }
  }
  return 1;
}

}  // namespace

const UiText& Text(Ui ui) { return *Of(ui).text; }
std::string_view Code(Ui ui) { return Of(ui).code; }
std::string_view OwnName(Ui ui) { return Of(ui).own_name; }

bool UiFromCode(std::string_view code, Ui& ui) {
  for (const Language& l : kLanguages)
    if (l.code == code) {
      ui = l.ui;
      return true;
    }
  return false;
}

Ui Negotiate(std::string_view accept_language) {
  Ui best = Ui::kEn;
  double best_q = 0;
  for (size_t at = 0; at < accept_language.size();) {
    size_t end = accept_language.find(',', at);
    if (end == std::string_view::npos) end = accept_language.size();
    const std::string_view range = accept_language.substr(at, end - at);
    at = end + 1;
    const size_t semicolon = range.find(';');
    const std::string_view tag = Trim(range.substr(0, semicolon));
    const double q = semicolon == std::string_view::npos ? 1 : Quality(range.substr(semicolon + 1));
    if (q <= best_q) continue;  // earlier ranges win ties
    std::string primary;
    for (char c : tag.substr(0, tag.find('-'))) primary += Lower(c);
    Ui ui;
    if (primary == "*") {
      ui = Ui::kEn;
    } else if (!UiFromCode(primary, ui)) {
      continue;
    }
    best = ui;
    best_q = q;
  }
  return best;
}

std::string LanguageName(std::string_view code, Ui ui) {
  const UiText& t = Text(ui);
  if (code == "pl") return std::string(t.lang_pl);
  if (code == "be") return std::string(t.lang_be);
  if (code == "lt") return std::string(t.lang_lt);
  if (code == "ru") return std::string(t.lang_ru);
  if (code == "en") return std::string(t.lang_en);
  return std::string(code);
}

std::string FormatDate(std::string_view iso, Ui ui) {
  int year = 0, month = 0, day = 0;
  auto number = [&](size_t at, size_t length, int& out) {
    if (iso.size() < at + length) return false;
    for (size_t i = at; i < at + length; ++i)
      if (iso[i] < '0' || iso[i] > '9') return false;
    std::from_chars(iso.data() + at, iso.data() + at + length, out);
    return true;
  };
  if ((iso.size() != 7 && iso.size() != 10) || iso[4] != '-' || !number(0, 4, year) ||
      !number(5, 2, month) || month < 1 || month > 12)
    return std::string(iso);
  if (iso.size() == 7) {
    const MonthOfYear& months = *Of(ui).months;
    std::string out(months.pattern);
    out.replace(out.find("{Y}"), 3, iso.substr(0, 4));
    out.replace(out.find("{M}"), 3, months.names[static_cast<size_t>(month - 1)]);
    return out;
  }
  if (iso[7] != '-' || !number(8, 2, day) || day < 1 || day > 31) return std::string(iso);
  // A formatter per thread and language: ICU's formatters are not safe to share between threads
  // and take a while to make.
  thread_local std::unique_ptr<icu::DateFormat> formats[std::size(kLanguages)];
  std::unique_ptr<icu::DateFormat>& format = formats[static_cast<size_t>(ui)];
  if (!format) {
    format.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong,
                                                     icu::Locale(Of(ui).icu_locale)));
    if (!format) return std::string(iso);
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status);
  calendar.clear();
  calendar.set(year, month - 1, day);
  const UDate date = calendar.getTime(status);
  if (U_FAILURE(status)) return std::string(iso);
  icu::UnicodeString text;
  format->format(date, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  auto value = values.begin();
  for (size_t at = 0; at < pattern.size();) {
    const size_t hole = pattern.find("{}", at);
    if (hole == std::string_view::npos || value == values.end()) {
      out += pattern.substr(at);
      break;
    }
    out += pattern.substr(at, hole - at);
    out += *value++;
    at = hole + 2;
  }
  return out;
}

}  // namespace twindex::serve
