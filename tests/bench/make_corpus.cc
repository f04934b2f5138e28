// make_corpus: writes a deterministic corpus of text PDFs about city partnerships for benchmarks.
//
//   make_corpus --out DIR [--count N] [--seed S] [--per-folder K] [--mkpdf PATH] [--jobs J]
//
// Each document is in one of pl, be, lt, ru, has 1-6 pages recombined from a small pool of
// sentences per language (with city names, years and numbers filled in), and carries a title,
// an author and a creation date. Layout:
//   DIR/pdf/dNNN/LANG-NNNNN.pdf   the corpus (K per folder), the only thing to index
//   DIR/src/NNNNN.txt             the text each PDF was made from
//   DIR/list.tsv                  the mkpdf batch list
//   DIR/manifest.json             counts per language and pages, for checks
// Document i depends only on (seed, i), so a larger N extends a smaller corpus with the same files.
// Rendering is left to `mkpdf --batch` (found next to this binary's build tree or via --mkpdf).

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

// splitmix64: tiny, fast and identical on every platform (std:: distributions are not).
struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1)));
  }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }
};

// Sentences use {A} and {B} for city names (always in the nominative), {Y} for a year and {N}
// for a number, so the same pool gives different pages.
struct Language {
  std::string code;
  std::string title;    // {A}, {B}
  std::string article;  // {K}: article number
  std::string place_date;
  std::vector<std::string> cities, authors, sentences;
};

std::vector<Language> Languages() {
  return {
      {"pl",
       "Porozumienie o współpracy partnerskiej: {A} – {B}",
       "§ {K}",
       "Sporządzono: {A}, {Y}",
       {"Białystok", "Lublin", "Suwałki", "Sejny",       "Augustów", "Biała Podlaska", "Hajnówka",
        "Olsztyn",   "Gdańsk", "Kraków",  "Grodno",      "Brześć",   "Wilno",          "Kowno",
        "Mińsk",     "Pińsk",  "Olita",   "Druskieniki", "Smoleńsk", "Przemyśl"},
       {"Anna Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska", "Tomasz Zieliński",
        "Małgorzata Wójcik", "Krzysztof Kamiński", "Urząd Miasta, Wydział Promocji"},
       {"{A} i {B} zobowiązują się do rozwijania współpracy w dziedzinie kultury, oświaty i "
        "sportu.",
        "Strony będą wspierać wymianę młodzieży szkolnej i studentów co najmniej raz w roku.",
        "Porozumienie zostało podpisane w {Y} roku w obecności przedstawicieli obu rad miejskich.",
        "{A} przekaże partnerom doświadczenia w zakresie gospodarki komunalnej i transportu "
        "publicznego.",
        "Wspólna komisja spotyka się dwa razy w roku, na przemian w każdym z miast partnerskich.",
        "Budżet wspólnych projektów na bieżący rok wynosi {N} tysięcy euro.",
        "Szczególną uwagę strony poświęcą ochronie dziedzictwa historycznego i zabytków "
        "pogranicza.",
        "Urzędy miejskie wymieniają informacje o planowanych inwestycjach i przetargach.",
        "Współpraca obejmuje również organizacje pozarządowe, izby gospodarcze i uczelnie.",
        "Coroczne Dni Miasta Partnerskiego odbywają się w czerwcu, a program ustala wspólna "
        "komisja.",
        "{B} zaprasza zespoły folklorystyczne i chóry na festiwal muzyki dawnej.",
        "Strony dążą do uproszczenia procedur wizowych dla uczestników wymiany.",
        "W ramach programu transgranicznego przygotowano {N} wspólnych wniosków o dofinansowanie.",
        "Biblioteki miejskie wymieniają książki, czasopisma i wystawy dotyczące historii regionu.",
        "Służby ratownicze obu miast przeprowadzą wspólne ćwiczenia na wypadek powodzi.",
        "Porozumienie zawarto na czas nieokreślony i może zostać wypowiedziane z "
        "sześciomiesięcznym "
        "wyprzedzeniem.",
        "Tekst sporządzono w dwóch egzemplarzach, w języku polskim i rosyjskim; oba teksty są "
        "jednakowo autentyczne.",
        "Lekarze i pielęgniarki szpitali miejskich uczestniczą w stażach i szkoleniach.",
        "Kluby sportowe rozgrywają coroczny turniej piłki nożnej o puchar burmistrzów.",
        "Strony popierają kontakty przedsiębiorców, zwłaszcza małych i średnich firm.",
        "Muzeum regionalne przygotuje wystawę fotografii poświęconą wspólnej historii miast.",
        "Wymiana doświadczeń dotyczy także ochrony środowiska, gospodarki wodnej i odpadów.",
        "Koordynatorem ze strony miasta {A} jest wydział promocji i współpracy zagranicznej.",
        "Delegacja liczyła {N} osób, w tym radnych, urzędników i przedstawicieli szkół.",
        "W {Y} roku partnerzy uzgodnili plan działań na kolejne pięć lat.",
        "Szkoły artystyczne organizują wspólne plenery malarskie nad jeziorami.",
        "Strony informują się nawzajem o ważnych wydarzeniach kulturalnych i gospodarczych.",
        "Zmiany porozumienia wymagają formy pisemnej i zgody obu rad miejskich.",
        "Turystyka rowerowa i szlaki transgraniczne należą do priorytetów współpracy.",
        "Mieszkańcy obu miast mogą korzystać z ulgowych biletów do muzeów i teatrów partnera."}},
      {"be",
       "Пагадненне аб партнёрстве гарадоў: {A} — {B}",
       "Артыкул {K}",
       "Складзена: {A}, {Y}",
       {"Гродна",     "Брэст",   "Мінск",        "Пінск",    "Ліда",   "Баранавічы", "Маладзечна",
        "Наваградак", "Віцебск", "Гомель",       "Беласток", "Люблін", "Сувалкі",    "Вільня",
        "Коўна",      "Алітус",  "Друскінінкай", "Смаленск", "Пскоў",  "Кракаў"},
       {"Алена Кавалёва", "Сяргей Мельнік", "Наталля Шэўчык", "Андрэй Лукашэвіч",
        "Вольга Бандарэнка", "Уладзімір Сакалоў", "Гарадскі выканаўчы камітэт"},
       {"{A} і {B} абавязваюцца развіваць супрацоўніцтва ў галіне культуры, адукацыі і спорту.",
        "Бакі будуць падтрымліваць абмен школьнікамі і студэнтамі не радзей за адзін раз на год.",
        "Пагадненне падпісана ў {Y} годзе ў прысутнасці прадстаўнікоў абедзвюх гарадскіх рад.",
        "{A} перадасць партнёрам досвед у сферы камунальнай гаспадаркі і грамадскага транспарту.",
        "Сумесная камісія збіраецца двойчы на год, па чарзе ў кожным з гарадоў-партнёраў.",
        "Бюджэт сумесных праектаў на бягучы год складае {N} тысяч еўра.",
        "Асаблівую ўвагу бакі надаюць захаванню гістарычнай спадчыны і помнікаў памежжа.",
        "Гарадскія адміністрацыі абменьваюцца інфармацыяй пра запланаваныя інвестыцыі і конкурсы.",
        "Супрацоўніцтва ахоплівае таксама грамадскія арганізацыі, гандлёвыя палаты і ўніверсітэты.",
        "Штогадовыя Дні горада-партнёра праходзяць у чэрвені, праграму зацвярджае сумесная "
        "камісія.",
        "{B} запрашае фальклорныя ансамблі і хоры на фестываль старадаўняй музыкі.",
        "Бакі імкнуцца спрасціць візавыя працэдуры для ўдзельнікаў абменаў.",
        "У межах праграмы трансгранічнага супрацоўніцтва падрыхтавана {N} сумесных заявак на "
        "фінансаванне.",
        "Гарадскія бібліятэкі абменьваюцца кнігамі, часопісамі і выставамі па гісторыі краю.",
        "Выратавальныя службы абодвух гарадоў правядуць сумесныя вучэнні на выпадак паводкі.",
        "Пагадненне заключана на нявызначаны тэрмін і можа быць скасавана з папярэджаннем за шэсць "
        "месяцаў.",
        "Тэкст складзены ў двух экземплярах на беларускай і польскай мовах; абодва тэксты маюць "
        "аднолькавую сілу.",
        "Урачы і медыцынскія сёстры гарадскіх бальніц праходзяць стажыроўкі і навучанне.",
        "Спартыўныя клубы праводзяць штогадовы турнір па футболе на кубак мэраў.",
        "Бакі падтрымліваюць кантакты прадпрымальнікаў, перш за ўсё малога і сярэдняга бізнесу.",
        "Краязнаўчы музей падрыхтуе фотавыставу, прысвечаную агульнай гісторыі гарадоў.",
        "Абмен досведам датычыцца таксама аховы навакольнага асяроддзя, воднай гаспадаркі і "
        "перапрацоўкі адходаў.",
        "Каардынатарам з боку горада {A} з’яўляецца аддзел знешніх сувязяў.",
        "У склад дэлегацыі ўвайшлі {N} чалавек, у тым ліку дэпутаты, чыноўнікі і настаўнікі.",
        "У {Y} годзе партнёры ўзгаднілі план дзеянняў на наступныя пяць гадоў.",
        "Мастацкія школы арганізуюць сумесныя пленэры на берагах азёр.",
        "Бакі інфармуюць адзін аднаго пра важныя культурныя і эканамічныя падзеі.",
        "Змены пагаднення патрабуюць пісьмовай формы і згоды абедзвюх гарадскіх рад.",
        "Веласіпедны турызм і памежныя маршруты належаць да прыярытэтаў супрацоўніцтва.",
        "Жыхары абодвух гарадоў могуць карыстацца льготнымі квіткамі ў музеі і тэатры партнёра."}},
      {"lt",
       "Miestų partnerystės sutartis: {A} – {B}",
       "{K} straipsnis",
       "Sudaryta: {A}, {Y}",
       {"Vilnius",  "Kaunas",    "Alytus",   "Druskininkai", "Marijampolė",
        "Lazdijai", "Klaipėda",  "Šiauliai", "Panevėžys",    "Trakai",
        "Balstogė", "Liublinas", "Suvalkai", "Seinai",       "Gardinas",
        "Brestas",  "Minskas",   "Krokuva",  "Gdanskas",     "Karaliaučius"},
       {"Rūta Kazlauskienė", "Tomas Petrauskas", "Jurgita Jankauskienė", "Mindaugas Stankevičius",
        "Ieva Vasiliauskaitė", "Darius Žukauskas", "Savivaldybės administracija"},
       {"{A} ir {B} įsipareigoja plėtoti bendradarbiavimą kultūros, švietimo ir sporto srityse.",
        "Šalys rems moksleivių ir studentų mainus ne rečiau kaip kartą per metus.",
        "Sutartis pasirašyta {Y} metais, dalyvaujant abiejų miestų tarybų atstovams.",
        "{A} perduos partneriams patirtį komunalinio ūkio ir viešojo transporto srityse.",
        "Bendra komisija renkasi du kartus per metus, pakaitomis kiekviename partneriniame mieste.",
        "Bendrų projektų biudžetas šiems metams sudaro {N} tūkstančių eurų.",
        "Ypatingą dėmesį šalys skiria istorinio paveldo ir pasienio paminklų apsaugai.",
        "Miestų savivaldybės keičiasi informacija apie planuojamas investicijas ir konkursus.",
        "Bendradarbiavimas apima ir nevyriausybines organizacijas, prekybos rūmus bei "
        "universitetus.",
        "Kasmetinės partnerio miesto dienos vyksta birželį, programą tvirtina bendra komisija.",
        "{B} kviečia folkloro ansamblius ir chorus į senosios muzikos festivalį.",
        "Šalys siekia supaprastinti vizų procedūras mainų dalyviams.",
        "Pagal pasienio bendradarbiavimo programą parengta {N} bendrų paraiškų finansavimui gauti.",
        "Miestų bibliotekos keičiasi knygomis, žurnalais ir parodomis apie krašto istoriją.",
        "Abiejų miestų gelbėjimo tarnybos surengs bendras pratybas potvynio atvejui.",
        "Sutartis sudaryta neterminuotam laikui ir gali būti nutraukta įspėjus prieš šešis "
        "mėnesius.",
        "Tekstas parengtas dviem egzemplioriais lietuvių ir lenkų kalbomis; abu tekstai turi "
        "vienodą "
        "galią.",
        "Miesto ligoninių gydytojai ir slaugytojai dalyvauja stažuotėse ir mokymuose.",
        "Sporto klubai kasmet rengia futbolo turnyrą merų taurei laimėti.",
        "Šalys remia verslininkų ryšius, ypač smulkiojo ir vidutinio verslo.",
        "Kraštotyros muziejus parengs fotografijų parodą apie bendrą miestų istoriją.",
        "Patirties mainai apima ir aplinkos apsaugą, vandens ūkį bei atliekų tvarkymą.",
        "Už koordinavimą atsakingas užsienio ryšių skyrius, kurį paskyrė {A}.",
        "Delegaciją sudarė {N} žmonių, tarp jų tarybos nariai, valdininkai ir mokytojai.",
        "{Y} metais partneriai suderino veiksmų planą penkeriems metams.",
        "Meno mokyklos rengia bendrus plenerus prie ežerų.",
        "Šalys informuoja viena kitą apie svarbius kultūros ir ekonomikos įvykius.",
        "Sutarties pakeitimai turi būti rašytiniai ir patvirtinti abiejų miestų tarybų.",
        "Dviračių turizmas ir pasienio maršrutai yra bendradarbiavimo prioritetai.",
        "Abiejų miestų gyventojai gali naudotis lengvatiniais bilietais į partnerio muziejus ir "
        "teatrus."}},
      {"ru",
       "Соглашение о побратимских связях: {A} — {B}",
       "Статья {K}",
       "Составлено: {A}, {Y}",
       {"Смоленск", "Псков",  "Калининград", "Великие Луки", "Брянск",  "Советск", "Черняховск",
        "Гродно",   "Брест",  "Минск",       "Витебск",      "Гомель",  "Вильнюс", "Каунас",
        "Белосток", "Люблин", "Гданьск",     "Краков",       "Ольштын", "Сувалки"},
       {"Елена Иванова", "Сергей Петров", "Наталья Смирнова", "Андрей Кузнецов", "Ольга Васильева",
        "Дмитрий Соколов", "Администрация города, отдел внешних связей"},
       {"{A} и {B} обязуются развивать сотрудничество в области культуры, образования и спорта.",
        "Стороны будут поддерживать обмен школьниками и студентами не реже одного раза в год.",
        "Соглашение подписано в {Y} году в присутствии представителей обоих городских советов.",
        "{A} передаст партнёрам опыт в сфере коммунального хозяйства и общественного транспорта.",
        "Совместная комиссия собирается два раза в год, поочерёдно в каждом из городов-побратимов.",
        "Бюджет совместных проектов на текущий год составляет {N} тысяч евро.",
        "Особое внимание стороны уделяют сохранению исторического наследия и памятников "
        "приграничья.",
        "Городские администрации обмениваются информацией о планируемых инвестициях и конкурсах.",
        "Сотрудничество охватывает также общественные организации, торговые палаты и университеты.",
        "Ежегодные Дни города-побратима проходят в июне, программу утверждает совместная комиссия.",
        "{B} приглашает фольклорные ансамбли и хоры на фестиваль старинной музыки.",
        "Стороны стремятся упростить визовые процедуры для участников обменов.",
        "В рамках программы приграничного сотрудничества подготовлено {N} совместных заявок на "
        "финансирование.",
        "Городские библиотеки обмениваются книгами, журналами и выставками по истории края.",
        "Спасательные службы обоих городов проведут совместные учения на случай наводнения.",
        "Соглашение заключено на неопределённый срок и может быть расторгнуто с предупреждением за "
        "шесть месяцев.",
        "Текст составлен в двух экземплярах на русском и польском языках; оба текста имеют "
        "одинаковую силу.",
        "Врачи и медицинские сёстры городских больниц проходят стажировки и обучение.",
        "Спортивные клубы проводят ежегодный турнир по футболу на кубок мэров.",
        "Стороны поддерживают контакты предпринимателей, прежде всего малого и среднего бизнеса.",
        "Краеведческий музей подготовит фотовыставку, посвящённую общей истории городов.",
        "Обмен опытом касается также охраны окружающей среды, водного хозяйства и переработки "
        "отходов.",
        "Координатором со стороны города {A} является отдел внешних связей.",
        "В состав делегации вошли {N} человек, в том числе депутаты, чиновники и учителя.",
        "В {Y} году партнёры согласовали план действий на следующие пять лет.",
        "Художественные школы организуют совместные пленэры на берегах озёр.",
        "Стороны информируют друг друга о важных культурных и экономических событиях.",
        "Изменения соглашения требуют письменной формы и согласия обоих городских советов.",
        "Велосипедный туризм и приграничные маршруты относятся к приоритетам сотрудничества.",
        "Жители обоих городов могут пользоваться льготными билетами в музеи и театры партнёра."}},
  };
}

std::string Fill(std::string s, std::string_view key, const std::string& value) {
  for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
    s.replace(at, key.size(), value);
  return s;
}

struct Doc {
  std::string lang, title, author, created, text;
  int pages = 0;
};

Doc MakeDoc(const std::vector<Language>& langs, uint64_t seed, size_t index) {
  Rng rng{seed * 0x100000001B3ull + index};
  const Language& L = langs[rng.Below(langs.size())];
  const std::string a = rng.Pick(L.cities);
  std::string b = rng.Pick(L.cities);
  while (b == a) b = rng.Pick(L.cities);
  const int year = rng.Range(1991, 2024);

  Doc d;
  d.lang = L.code;
  d.title = Fill(Fill(L.title, "{A}", a), "{B}", b);
  d.author = rng.Pick(L.authors);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, rng.Range(1, 12), rng.Range(1, 28));
  d.created = date;
  d.pages = rng.Range(1, 6);

  // Sentences are drawn with their placeholders filled afresh each time, so no two pages match.
  // Within a page, sentences come from a shuffled deck so that none repeats.
  std::vector<size_t> deck(L.sentences.size());
  size_t dealt = deck.size();
  auto sentence = [&] {
    if (dealt == deck.size()) {
      for (size_t i = 0; i < deck.size(); ++i) deck[i] = i;
      for (size_t i = deck.size() - 1; i > 0; --i) std::swap(deck[i], deck[rng.Below(i + 1)]);
      dealt = 0;
    }
    std::string s = L.sentences[deck[dealt++]];
    s = Fill(s, "{A}", rng.Below(3) ? a : rng.Pick(L.cities));
    s = Fill(s, "{B}", rng.Below(3) ? b : rng.Pick(L.cities));
    s = Fill(s, "{Y}", std::to_string(rng.Range(1991, 2024)));
    return Fill(s, "{N}", std::to_string(rng.Range(2, 480)));
  };
  int article = 1;
  for (int p = 0; p < d.pages; ++p) {
    if (p > 0) d.text += '\f';
    dealt = deck.size();
    if (p == 0)
      d.text +=
          d.title + "\n" + Fill(Fill(L.place_date, "{A}", a), "{Y}", std::to_string(year)) + "\n\n";
    // 3-5 articles of 2-4 sentences: about half a page, so mkpdf never spills onto extra pages.
    for (int k = rng.Range(3, 5); k > 0; --k, ++article) {
      d.text += Fill(L.article, "{K}", std::to_string(article)) + "\n";
      for (int s = rng.Range(2, 4); s > 0; --s) d.text += sentence() + (s > 1 ? " " : "\n\n");
    }
  }
  return d;
}

[[noreturn]] void Usage(const std::string& error) {
  if (!error.empty()) std::cerr << "make_corpus: " << error << "\n";
  std::cerr << "usage: make_corpus --out DIR [--count N] [--seed S] [--per-folder K] "
               "[--mkpdf PATH] [--jobs J]\n";
  std::exit(error.empty() ? 0 : 2);
}

unsigned long ParseNumber(const std::string& flag, const std::string& s) {
  size_t used = 0;
  unsigned long v = 0;
  try {
    v = std::stoul(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != s.size() || s.empty()) Usage("invalid " + flag + " '" + s + "'");
  return v;
}

// mkpdf is built in tests/tools of the same build tree as this binary (tests/bench).
fs::path DefaultMkpdf(const char* argv0) {
  std::error_code ec;
  fs::path self = fs::canonical("/proc/self/exe", ec);
  if (ec) self = argv0;
  return self.parent_path().parent_path() / "tools" / "mkpdf";
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  fs::path out, mkpdf;
  size_t count = 2000, per_folder = 20;
  uint64_t seed = 20240601;
  std::string jobs = "0";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") Usage("");
    if (i + 1 >= argc) Usage("unknown option or missing value: " + arg);
    const std::string value = argv[++i];
    if (arg == "--out")
      out = value;
    else if (arg == "--count")
      count = ParseNumber(arg, value);
    else if (arg == "--seed")
      seed = ParseNumber(arg, value);
    else if (arg == "--per-folder")
      per_folder = ParseNumber(arg, value);
    else if (arg == "--mkpdf")
      mkpdf = value;
    else if (arg == "--jobs")
      jobs = std::to_string(ParseNumber(arg, value));
    else
      Usage("unknown option " + arg);
  }
  if (out.empty()) Usage("--out is required");
  if (count == 0 || per_folder == 0) Usage("--count and --per-folder must be positive");
  if (mkpdf.empty()) mkpdf = DefaultMkpdf(argv[0]);

  try {
    const std::vector<Language> langs = Languages();
    fs::create_directories(out / "src");
    std::ofstream list(out / "list.tsv", std::ios::binary);
    std::array<size_t, 4> docs_per_lang{};
    size_t pages = 0;
    for (size_t i = 0; i < count; ++i) {
      const Doc d = MakeDoc(langs, seed, i);
      char folder[32], name[32];
      std::snprintf(folder, sizeof folder, "d%03zu", i / per_folder);
      std::snprintf(name, sizeof name, "%05zu", i);
      const fs::path pdf = out / "pdf" / folder / (d.lang + "-" + name + ".pdf");
      const fs::path txt = out / "src" / (std::string(name) + ".txt");
      fs::create_directories(pdf.parent_path());
      WriteFile(txt, d.text);
      list << pdf.string() << '\t' << txt.string() << '\t' << d.title << '\t' << d.author << '\t'
           << d.created << '\n';
      for (size_t l = 0; l < langs.size(); ++l) docs_per_lang[l] += langs[l].code == d.lang;
      pages += static_cast<size_t>(d.pages);
    }
    if (!list.flush()) throw std::runtime_error("cannot write list.tsv");
    list.close();

    std::string manifest = "{\"count\": " + std::to_string(count) +
                           ", \"seed\": " + std::to_string(seed) +
                           ", \"pages\": " + std::to_string(pages) + ", \"per_lang\": {";
    for (size_t l = 0; l < langs.size(); ++l)
      manifest += (l ? ", \"" : "\"") + langs[l].code + "\": " + std::to_string(docs_per_lang[l]);
    WriteFile(out / "manifest.json", manifest + "}}\n");

    const std::string list_path = (out / "list.tsv").string();
    const pid_t pid = fork();
    if (pid == 0) {
      execl(mkpdf.c_str(), mkpdf.c_str(), "--batch", list_path.c_str(), "--jobs", jobs.c_str(),
            static_cast<char*>(nullptr));
      std::perror(("make_corpus: cannot run " + mkpdf.string()).c_str());
      _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0) throw std::runtime_error("cannot run mkpdf");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::cerr << "make_corpus: mkpdf failed\n";
      return 1;
    }
    std::cout << "make_corpus: " << count << " PDFs, " << pages << " pages in " << (out / "pdf")
              << "\n";
  } catch (const std::exception& e) {
    std::cerr << "make_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
