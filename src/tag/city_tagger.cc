#include "tag/city_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "tag/case_forms.h"
#include "tag/country_names.h"
#include "tag/partner_lands.h"
#include "tag/person_names.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"
#include "text/word_forms.h"

namespace twindex::tag {
namespace {

// Longest name, in words, the tagger tries (Brześć nad Bugiem; Königsberg in Preußen).
constexpr size_t kMaxNameWords = 4;
// At a sentence's start a common-word name is read as the city when the city is this large.
constexpr uint64_t kLargeCity = 100'000;
// Mid-sentence, a capitalized common word is read as the town's name when the town is this
// large ("Twierdzy Przemyśl", not "że Nowe przepisy").
constexpr uint64_t kMidSizeCity = 50'000;

// A name this short (in letters) is met from other words' stems too easily ("Шуи" and Шу, "Goriu"
// and Góra): the word must be a case form of it (tag/case_forms.h).
constexpr size_t kShortName = 5;

// A set of case-folded words, asked about the words around every mention: hashed, as a tree's
// string comparisons cost more than the hash.
using WordSet = std::unordered_set<std::string_view>;

// Words that announce a place name: "miasto Koło", "m. Piła", "г. Мир", "Lidos miestas",
// "пасёлак Мір".
const WordSet kPlaceWords = {
    "miasto", "miasta", "mieście", "miastem", "miastu", "m", "gmina", "gminy", "gminie", "gminą",
    "город", "города", "городе", "городу", "городом", "г", "гор", "горад", "горада", "горадзе",
    "гораду", "горадам", "miestas", "miesto", "mieste", "miestui", "miestą",
    // a village or a small town: "wieś Koło", "пасёлак Мір", "посёлок Мир", "miestelis"
    "wieś", "wsi", "wsią", "osada", "osady", "osadzie", "miasteczko", "miasteczka", "miasteczku",
    "пасёлак", "пасёлка", "пасёлку", "вёска", "вёскі", "вёсцы", "вёску", "мястэчка", "мястэчку",
    "посёлок", "поселок", "посёлка", "поселка", "посёлке", "поселке", "деревня", "деревни",
    "деревне", "деревню", "село", "села", "селе", "kaimas", "kaimo", "kaime", "miestelis",
    "miestelio", "miestelyje"};

// Words that announce a place name after it, as Lithuanian does ("Kauno miesto", "Druskininkų
// savivaldybė", "Lazdijų rajono").
const WordSet kPlaceWordsAfter = {"miestas",       "miesto",       "mieste",      "miestui",
                                  "miestą",        "miestu",       "rajonas",     "rajono",
                                  "rajone",        "rajonui",      "rajoną",      "savivaldybė",
                                  "savivaldybės",  "savivaldybei", "savivaldybę", "savivaldybe",
                                  "savivaldybėje", "seniūnija",    "seniūnijos",  "seniūnijoje"};

// Words after which a capitalized word names a street, not a city ("ul. Grodzka", "вул.
// Леніна"), or a person ("im. ks. Stanisława", "имени Пушкина", "Pani Lida"), case-folded.
const WordSet kStreetOrPersonBefore = {
    // streets and squares
    "ul", "ulica", "ulicy", "ulicę", "ulicą", "al", "aleja", "alei", "aleją", "pl", "plac", "placu",
    "os", "osiedle", "osiedlu", "rondo", "ronda", "skwer", "skweru", "вул", "вуліца", "вуліцы",
    "вуліцу", "вуліцай", "ул", "улица", "улице", "улицы", "улицу", "пр", "просп", "проспект",
    "проспекте", "праспект", "праспекце", "пл", "площадь", "площади", "плошча", "плошчы", "плошчу",
    "пер", "переулок", "бул", "бульвар", "бульваре", "бульвара", "бульвару", "наб", "набережная",
    "набережной", "шоссе", "aikštė", "aikštėje", "aikštės",
    // people: "im. ks. Stanisława", "имени Пушкина", "Pani Lida"
    "im", "imienia", "ks", "św", "bł", "dr", "prof", "mgr", "inż", "pan", "pani", "pana", "panu",
    "panią", "им", "имени", "імя", "св", "проф", "спадар", "спадарыня", "šv", "vardo", "ponas",
    "ponia", "gerb",
    // saints, written out: "собор Святого Павла", "kościół Świętego Pawła"
    "święty", "świętego", "świętemu", "świętym", "święta", "świętej", "świętą", "святой", "святого",
    "святому", "святым", "святом", "святая", "святую", "святых", "святы", "святога", "šventasis",
    "šventojo", "šventajam", "šventąjį", "šventoji", "šventosios"};
// Words after which a capitalized word names a street in Lithuanian ("Tilžės g."), or a fortress
// ("Rabato tvirtovė" in Akhaltsikhe, no Rabat).
const WordSet kStreetAfter = {
    "tvirtovė", "tvirtovės", "tvirtovę",   "tvirtovėje",  "tvirtove",    "tvirtovei", "g",
    "gatvė",    "gatvės",    "gatvėje",    "gatvėse",     "gatve",       "gatvę",     "gatvei",
    "gatvių",   "gatvėmis",  "prospektas", "prospekto",   "prospekte",   "prospektu", "prospektą",
    "pr",       "al",        "alėja",      "alėjos",      "alėjoje",     "alėją",     "aikštė",
    "aikštės",  "aikštėje",  "aikštę",     "skersgatvis", "skersgatvio", "plentas",   "plento"};
// Words after which a name is a river's, a region's, a lake's, a park's or an event's named like a
// town ("rzeka Niemen", "nad Wisłą", "Еврорегион «Неман»", "рацэ Нёман", "obwód Kaliningrad",
// "forum Kaliningrad", "возера Нарач"), case-folded; also across a list ("бассейны Вислы и
// Немана").
const WordSet kRiverOrRegionBefore = {
    "nad", "над", "prie", "rzeka", "rzeki", "rzece", "rzekę", "rzeką", "dorzecze", "dorzecza",
    "dorzeczu", "upė", "upės", "upėje", "upę", "upe", "baseinas", "baseino", "река", "реки", "реке",
    "реку", "рекой", "бассейн", "бассейна", "бассейне", "бассейны", "бассейнов", "рака", "ракі",
    "рацэ", "раку", "ракой", "басейн", "басейна", "басейне", "obwód", "obwodu", "obwodzie",
    "obwodem", "область", "области", "областью", "вобласць", "вобласці", "oblast", "sritis",
    "srities", "srityje", "euroregion", "euroregionu", "euroregionie", "euroregionem", "еврорегион",
    "еврорегиона", "еврорегионе", "еврорегионом", "еўрарэгіён", "еўрарэгіёна", "еўрарэгіёне",
    "еўрарэгіёнам", "euroregionas", "euroregiono", "euroregione", "euroregioną", "forum", "forumu",
    "форум", "форума", "форуме", "forumas", "forumo", "forume",
    // along a river: "wzdłuż Wisły", "вдоль Днепра", "уздоўж Нёмана", "palei Nemuną"
    "wzdłuż", "вдоль", "уздоўж", "palei",
    // a river's valley: "dolina Narwi", "долина Немана"
    "dolina", "doliny", "dolinie", "doliną", "долина", "долины", "долине", "долину", "даліна",
    "даліны", "даліне", "даліну",
    // a lake, a lagoon, a bay, a reservoir, a sea or a nature park named like a town: "jezioro
    // Wigry", "возера Нарач", "озеро Свитязь", "Zalew Wiślany", "park Arkadia"
    "jezioro", "jeziora", "jeziorze", "jeziorem", "jezior", "zalew", "zalewu", "zalewie", "zalewem",
    "zatoka", "zatoki", "zatoce", "zatokę", "zatoką", "zbiornik", "zbiornika", "zbiorniku", "morze",
    "morza", "morzu", "park", "parku", "parkiem", "возера", "возеры", "возеру", "возерам", "заліў",
    "заліва", "заліве", "заліву", "вадасховішча", "мора", "моры", "парк", "парка", "парку",
    "паркам", "озеро", "озера", "озере", "озеру", "озером", "залив", "залива", "заливе", "заливу",
    "заливом", "водохранилище", "водохранилища", "море", "моря", "морем", "парке", "парком",
    "ežeras", "ežero", "ežere", "ežerą", "ežeru", "marios", "marių", "mariose", "įlanka", "įlankos",
    "įlankoje", "įlanką", "tvenkinys", "tvenkinio", "parkas", "parko", "parke", "parką",
    // a republic is a state or a region ("Республика Карелия", "Рэспубліка Беларусь"), no town
    "республика", "республики", "республике", "республику", "республикой", "рэспубліка",
    "рэспублікі", "рэспубліцы", "рэспубліку", "рэспублікай", "republika", "republiki", "republice",
    "republikę", "republiką", "respublika", "respublikos", "respublikoje", "respubliką"};
// Words after which a name in the genitive is a river's, a region's or a lake's, as Lithuanian and
// Russian put it ("Kaliningrado srities", "Nemuno upė", "Kaliningrad Oblast").
const WordSet kRiverOrRegionAfter = {
    "upė", "upės", "upėje", "upę", "sritis", "srities", "srityje", "sritį", "oblast",
    "euroregionas", "euroregiono", "euroregione", "euroregionui", "euroregioną", "slėnis", "slėnio",
    "slėnyje", "slėnį",
    // a lake, a lagoon, a bay, a reservoir: "Platelių ežeras", "Kuršių marios"
    "ežeras", "ežero", "ežere", "ežerą", "ežeru", "marios", "marių", "mariose", "įlanka", "įlankos",
    "įlankoje", "įlanką", "tvenkinys", "tvenkinio", "tvenkinyje",
    // a park named by a place's genitive: "Sofijivkos parke" (in Uman), no village Sofiyivka
    "parkas", "parko", "parke", "parką", "parku"};
// Words after which a name in an adjective's form names a district, not the town
// ("Кастрычніцкі раён", "Октябрьский район"): regions named by an adjective are not the town.
const WordSet kDistrictAfter = {"район",   "района",  "районе",  "районом", "раён",
                                "раёна",   "раёне",   "раёнам",  "rejon",   "rejonu",
                                "rejonie", "rejonem", "rajonas", "rajono",  "rajone"};
// Nouns of an establishment whose name, in quotes after them, may be a town's ("restauracja
// „Wilno”", "spółdzielni mleczarskiej „Sejny”", "гостиница «Лида»", "AB „Alytus“"), case-folded.
const WordSet kEstablishmentBefore = {
    "restauracja", "restauracji", "restaurację", "restauracją", "kawiarnia", "kawiarni",
    "kawiarnię", "hotel", "hotelu", "hotelem", "hotelowi", "mleczarnia", "mleczarni",
    "mleczarskiej", "mleczarska", "spółdzielnia", "spółdzielni", "spółdzielnię", "firma", "firmy",
    "firmie", "firmę", "spółka", "spółki", "spółce", "spółkę", "sklep", "sklepu", "sklepie", "kino",
    "kina", "kinie", "klub", "klubu", "klubie", "drużyna", "drużyny", "drużynie", "zakład",
    "zakładu", "zakładzie", "browar", "browaru", "ресторан", "ресторана", "ресторане", "кафе",
    "гостиница", "гостиницы", "гостинице", "гостиницу", "отель", "отеля", "отеле", "команда",
    "команды", "команде", "команду", "клуб", "клуба", "клубе", "завод", "завода", "заводе",
    "фабрика", "фабрики", "компания", "компании", "ооо", "оао", "зао", "ао", "санаторий",
    "санатория", "санатории", "кинотеатр", "кинотеатра", "магазин", "магазина", "рэстаран",
    "рэстарана", "рэстаране", "кавярня", "кавярні", "кавярню", "гасцініца", "гасцініцы",
    "гасцініцу", "гатэль", "гатэля", "каманда", "каманды", "камандзе", "фабрыка", "фабрыкі",
    "кампанія", "кампаніі", "санаторый", "санаторыя", "кінатэатр", "крама", "крамы", "restoranas",
    "restorano", "restorane", "kavinė", "kavinės", "kavinėje", "viešbutis", "viešbučio",
    "viešbutyje", "klubas", "klubo", "klube", "komanda", "komandos", "bendrovė", "bendrovės",
    "bendrovei", "bendrovėje", "ab", "uab", "įmonė", "įmonės", "gamykla", "gamyklos", "parduotuvė",
    "parduotuvės",
    // a choir, an ensemble: "chór „Lida”", "хор «Вішнева»", "ansamblis „Alytus“"
    "chór", "chóru", "chórem", "zespół", "zespołu", "zespołem", "хор", "хора", "хоре", "хором",
    "ансамбль", "ансамбля", "ансамбле", "choras", "choro", "ansamblis", "ansamblio"};
// Words after which a name as written (the nominative) is a district's or an estate's of the town
// the text is in ("w dzielnicy Biskupice", "в микрорайоне Северный"); a town after them is in the
// genitive ("dzielnica Krakowa").
const WordSet kDistrictBefore = {
    "dzielnica",  "dzielnicy",  "dzielnicę",    "dzielnicą",   "osiedle",     "osiedla",
    "osiedlu",    "osiedlem",   "микрорайон",   "микрорайона", "микрорайоне", "мікрараён",
    "мікрараёна", "мікрараёне", "mikrorajonas", "mikrorajono", "mikrorajone"};
// Marks that open a quotation.
constexpr std::string_view kOpeningQuotes[] = {"«", "„", "“", "\""};
// Words joining items of a list ("z Druskiennik, Lidy i Nowogródka").
const WordSet kConjunctions = {"i", "oraz", "a", "lub", "и", "і", "ды", "ir", "ar", "bei"};
constexpr size_t kLongestConjunction = 4;  // letters: "oraz"

// Country names by the folded prefix of their inflected forms (Polsce, Белоруссии, Lietuvoje).
struct CountryPrefixes {
  std::string_view country;
  std::array<std::string_view, 8> prefixes;  // unused ones empty
};
constexpr CountryPrefixes kCountries[] = {
    {"PL", {"polsk", "polsc", "польш", "польск", "lenkij", "poland"}},
    {"BY", {"bialorus", "беларус", "белорус", "baltarus", "belarus", "белару"}},
    {"LT", {"litw", "литв", "літв", "lietuv", "lithuan", "litv"}},
    {"RU", {"rosj", "rosyj", "росси", "расі", "rusij", "russia", "rossi"}},
    // Not "franc", "франц": Franciszek, Францыск are first names.
    {"FR", {"francj", "francu", "prancuz", "france", "франция", "франции", "францию", "францыі"}},
    // Belarusian writes "ў" after a vowel: "ва Ўкраіне", "ўкраінскі".
    {"UA", {"ukrain", "украин", "україн", "украін", "ўкраін"}},
    {"LV", {"lotw", "латви", "латві", "latvij", "latvia", "latvi"}},
    {"EE", {"eston", "эстони", "эстоні", "estij", "estonia", "eston"}},
    {"DE", {"niemc", "германи", "германі", "нямеччын", "vokietij", "german"}},
    {"CZ", {"czech", "чехи", "чэхі", "cekij", "czech", "czech"}},
    {"SK", {"slowacj", "словаки", "славакі", "slovakij", "slovak", "slovak"}},
    {"SE", {"szwecj", "швеци", "швецы", "svedij", "swed", "swed"}},
    {"FI", {"finlandi", "финлянди", "фінлянды", "suomij", "finland", "finland"}},
    {"IT", {"wloch", "итали", "італі", "italij", "italy", "wlosk"}},
    {"HU", {"wegr", "венгри", "венгры", "vengrij", "hungar", "wegier"}},
    {"IE", {"irlandi", "ирланди", "ірланды", "airij", "ireland", "irlandi"}},
    {"MD", {"moldaw", "молдав", "малдов", "moldov", "moldov", "moldov"}},
    // Lands of far partners, where a town's namesake often is (Bar in Montenegro and in Ukraine).
    // No prefix a town's name starts with: Черногорск, Армянск, Казах (Qazax), Serbinivka.
    {"ME", {"czarnog", "черногори", "чарнагоры", "juodkaln", "montenegr"}},
    {"GE", {"gruzj", "gruzin", "грузи", "грузі", "gruzij", "sakartvel"}},
    {"AM", {"armeni", "ormian", "армени", "армені"}},
    {"KZ", {"kazachst", "kazachsk", "казахст", "казахск", "kazakhst"}},
    {"RS", {"serbia", "serbii", "serbij", "serbsk", "сербия", "сербии", "сербск"}},
    {"BG", {"bulgar", "болгар", "балгар"}},
    {"IL", {"izrael", "израил", "ізраіл", "israel"}},
};

std::string_view HomeCountry(std::string_view language) {
  if (language == "pl") return "PL";
  if (language == "be") return "BY";
  if (language == "lt") return "LT";
  if (language == "ru") return "RU";
  return "";
}

// Countries as bits by their index in kCountries.
using CountrySet = uint32_t;
static_assert(std::size(kCountries) <= 32);

// A word's first two bytes, the key of CountryPrefixesByStart.
uint16_t Start(std::string_view s) {
  return static_cast<uint16_t>(static_cast<unsigned char>(s[0]) << 8 |
                               static_cast<unsigned char>(s[1]));
}

constexpr bool CountryPrefixesOfTwoBytes() {
  for (const CountryPrefixes& c : kCountries)
    for (const std::string_view& p : c.prefixes)
      if (!p.empty() && p.size() < 2) return false;
  return true;
}
static_assert(CountryPrefixesOfTwoBytes(), "CountryPrefixesByStart keys on two bytes");

struct CountryPrefix {
  uint16_t start;
  CountrySet country;
  std::string_view prefix;
};

// kCountries' prefixes by their first two bytes: the tagger asks about every word of a text,
// and most start like none of them.
const std::vector<CountryPrefix>& CountryPrefixesByStart() {
  static const std::vector<CountryPrefix> table = [] {
    std::vector<CountryPrefix> t;
    for (size_t c = 0; c < std::size(kCountries); ++c)
      for (std::string_view p : kCountries[c].prefixes)
        if (!p.empty()) t.push_back({Start(p), CountrySet{1} << c, p});
    std::sort(t.begin(), t.end(),
              [](const CountryPrefix& a, const CountryPrefix& b) { return a.start < b.start; });
    return t;
  }();
  return table;
}

// The countries a folded word names in any of their forms ("Lenkijos Elko miestas": not a
// person's first name); 0 for none.
CountrySet CountriesNamedBy(std::string_view folded_word) {
  if (folded_word.size() < 2) return 0;  // shorter than every prefix
  const std::vector<CountryPrefix>& table = CountryPrefixesByStart();
  const uint16_t start = Start(folded_word);
  auto it = std::lower_bound(table.begin(), table.end(), start,
                             [](const CountryPrefix& p, uint16_t s) { return p.start < s; });
  CountrySet named = 0;
  for (; it != table.end() && it->start == start; ++it)
    if (folded_word.starts_with(it->prefix)) named |= it->country;
  return named;
}

// The bit of `country` (ISO code) in a CountrySet; 0 for a country kCountries lacks.
CountrySet CountryBit(std::string_view country) {
  for (size_t c = 0; c < std::size(kCountries); ++c)
    if (kCountries[c].country == country) return CountrySet{1} << c;
  return 0;
}

// Adjective endings, folded: a word ending so is derived from the city, not the city (gdański,
// гродненский, гарадзенскі), unless it is the city's own name with a noun ending (Gdańska).
constexpr std::string_view kAdjectiveEndings[] = {
    "ski",   "ska",  "skie",   "skiego", "skiej", "skim",  "skich", "skimi",  "skiemu", "cki",
    "cka",   "ckie", "ckiego", "ckiej",  "ckim",  "ckich", "ский",  "ская",   "ское",   "ского",
    "ской",  "ском", "ские",   "ских",   "ским",  "скими", "скому", "скую",   "скі",    "скае",
    "скага", "скай", "скім",   "скія",   "скіх",  "цкі",   "цкий",  "цкая",   "цкое",   "цкого",
    "цкой",  "цком", "цкие",   "цких",   "цкага", "ietis", "ieciu", "ieciai", "iskis",  "iskiu"};
constexpr std::string_view kNounEndings[] = {"",    "a", "u", "e", "ie", "iem", "em", "om",
                                             "owi", "а", "у", "е", "ом", "ем",  "ам"};

// Runs on every word of every page: cached per thread, as MakeWordForms also romanizes
// Cyrillic words, which is slow and not needed here.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using FoldCache = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

FoldCache& ThreadFoldCache() {
  thread_local FoldCache cache;
  return cache;
}

// A word's gazetteer keys (DocumentWordKeys), by language '\0' word: a text's capitalized
// words recur across its pages and files.
using KeyCache =
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>;

KeyCache& ThreadKeyCache() {
  thread_local KeyCache cache;
  return cache;
}

// A city's names folded (City::ForEachName's order: the five languages', then the variants), by
// id: the tagger compares words with them again and again.
using FoldedNamesCache = std::unordered_map<uint32_t, std::vector<std::string>>;

FoldedNamesCache& ThreadFoldedNames() {
  thread_local FoldedNamesCache cache;
  return cache;
}

// A city's names case-folded (text::FoldCase, in ForEachName's order), by id: compared with the
// dictionary's lemmas of every word that meets the city through a stem.
FoldedNamesCache& ThreadCaseFoldedNames() {
  thread_local FoldedNamesCache cache;
  return cache;
}

// Emptied only here, between texts, so that references Folded and WordKeys returned stay valid
// while a text is tagged.
void TrimFoldCache() {
  if (ThreadFoldCache().size() > 100'000) ThreadFoldCache().clear();
  if (ThreadKeyCache().size() > 100'000) ThreadKeyCache().clear();
  if (ThreadFoldedNames().size() > 20'000) ThreadFoldedNames().clear();
  if (ThreadCaseFoldedNames().size() > 20'000) ThreadCaseFoldedNames().clear();
}

const std::vector<std::string>& WordKeys(std::string_view word, std::string_view language) {
  KeyCache& cache = ThreadKeyCache();
  // Built in a buffer kept for the thread: a look-up, nearly always of a word seen before, then
  // costs no allocation.
  thread_local std::string key;
  key.assign(language);
  key += '\0';
  key += word;
  if (auto it = cache.find(std::string_view(key)); it != cache.end()) return it->second;
  return cache.emplace(key, DocumentWordKeys(word, language)).first->second;
}

const std::string& Folded(std::string_view word) {
  FoldCache& cache = ThreadFoldCache();
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  text::WordForms f = text::MakeWordForms(word);
  return cache
      .emplace(std::string(word), f.folded.empty() ? std::move(f.exact) : std::move(f.folded))
      .first->second;
}

size_t CodePoints(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

// How many letters two UTF-8 words share at their start.
size_t CommonPrefixLetters(std::string_view a, std::string_view b) {
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  while (common > 0 && common < a.size() && (a[common] & 0xC0) == 0x80) --common;
  return CodePoints(a.substr(0, common));
}

// Only spaces and hyphens between two words of one name ("Biała Podlaska", "Бяла-Падляска"),
// and at most one line break: a name wraps at a line's end like any words ("Białej\nPodlaskiej").
bool Joinable(std::string_view gap) {
  const size_t breaks = std::count(gap.begin(), gap.end(), '\n');
  return !gap.empty() && gap.size() <= 3 + 2 * breaks && breaks <= 1 &&
         std::all_of(gap.begin(), gap.end(),
                     [](char c) { return c == ' ' || c == '-' || c == '\n' || c == '\r'; });
}

// Only spaces, a line break and quotation marks between two words ("Euroregionu „Niemen”",
// "рацэ Нёман").
bool SpacesOrQuotes(std::string_view gap) {
  if (std::count(gap.begin(), gap.end(), '\n') > 1) return false;
  while (!gap.empty()) {
    if (gap[0] == ' ' || gap[0] == '\n' || gap[0] == '\r' || gap[0] == '"' || gap[0] == '\'') {
      gap.remove_prefix(1);
      continue;
    }
    bool mark = false;
    for (std::string_view m : {"«", "»", "„", "”", "“"})
      if (gap.starts_with(m)) {
        gap.remove_prefix(m.size());
        mark = true;
      }
    if (!mark) return false;
  }
  return true;
}

// Whether a word may be one of a longer name's after its first: capitalized, or a short joining
// word ("Brześć nad Bugiem", "Ростов-на-Дону"); "Новы замкі" 'the new castles' is not Nové Zámky.
bool NameWord(std::string_view word, bool capitalized) {
  return capitalized || CodePoints(word) <= 4;
}

// The word at `begin` starts a sentence: nothing but spaces since the text's or a line's start,
// or since a sentence's end.
bool SentenceStart(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r') return true;
  char c = text[i - 1];
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == '(') return true;
  // A quotation or a title in quotes starts capitalized too ("«Мір вачыма дзяцей»").
  std::string_view before = text.substr(0, i);
  for (std::string_view mark : {"…", "•", "«", "„", "“", "–", "—"})
    if (before.ends_with(mark)) return true;
  return false;
}

// Whether `word` (case-folded) is a common word of `language` that lost one of its diacritics
// ("salimis" for "šalimis" 'the Parties'): OCR, especially on capitals, and hasty typing lose
// them, and the bare word can then look like an inflection of some small town's name.
bool CommonWordLackingDiacritic(std::string_view word, std::string_view language) {
  using Marks = std::vector<std::pair<char, std::string_view>>;
  static const Marks kLithuanian = {{'a', "ą"}, {'c', "č"}, {'e', "ę"}, {'e', "ė"}, {'i', "į"},
                                    {'s', "š"}, {'u', "ų"}, {'u', "ū"}, {'z', "ž"}};
  static const Marks kPolish = {{'a', "ą"}, {'c', "ć"}, {'e', "ę"}, {'l', "ł"}, {'n', "ń"},
                                {'o', "ó"}, {'s', "ś"}, {'z', "ź"}, {'z', "ż"}};
  const Marks* marks = language == "lt" ? &kLithuanian : language == "pl" ? &kPolish : nullptr;
  if (marks == nullptr) return false;
  const text::Stemmer& stemmer = text::Stemmer::ForLanguage(language);
  std::string variant(word);
  for (size_t at = 0; at < word.size(); ++at)
    for (const auto& [plain, marked] : *marks) {
      if (word[at] != plain) continue;
      variant.replace(at, 1, marked);
      if (stemmer.IsCommonWord(variant)) return true;
      variant = word;
    }
  return false;
}

// The first word of a folded name ("grodzisk" of "grodzisk mazowiecki", "bielsko" of
// "bielsko-biala").
std::string_view FirstWord(std::string_view folded_name) {
  return folded_name.substr(0, std::min(folded_name.find(' '), folded_name.find('-')));
}

bool HasAdjectiveEnding(std::string_view word) {
  return std::any_of(std::begin(kAdjectiveEndings), std::end(kAdjectiveEndings),
                     [&](std::string_view e) { return word.ends_with(e); });
}

bool IsAdjective(const std::string& word, const City& city) {
  if (!HasAdjectiveEnding(word)) return false;
  for (size_t l = 0; l < kNameLanguages; ++l) {
    // A longer name's first word: "Grodziska" is Grodzisk Mazowiecki's genitive.
    std::string_view n = FirstWord(Folded(city.name(l)));
    for (std::string_view e : kNounEndings)
      if (word.size() == n.size() + e.size() && word.starts_with(n) && word.ends_with(e))
        return false;
    // A name ending in a vowel declines in its place: Olecko -> Olecka, Ostrołęka -> Ostrołęki.
    if (!n.empty() && std::string_view("aeiouy").find(n.back()) != std::string_view::npos) {
      n.remove_suffix(1);
      if (word.size() == n.size() + 1 && word.starts_with(n)) return false;
    }
  }
  return true;
}

const std::vector<std::string>& FoldedNames(const City& city) {
  FoldedNamesCache& cache = ThreadFoldedNames();
  if (auto it = cache.find(city.id); it != cache.end()) return it->second;
  std::vector<std::string> names;
  city.ForEachName([&](std::string_view name) {
    text::WordForms f = text::MakeWordForms(name);
    names.push_back(f.folded.empty() ? std::move(f.exact) : std::move(f.folded));
  });
  return cache.emplace(city.id, std::move(names)).first->second;
}

const std::vector<std::string>& CaseFoldedNames(const City& city) {
  FoldedNamesCache& cache = ThreadCaseFoldedNames();
  if (auto it = cache.find(city.id); it != cache.end()) return it->second;
  std::vector<std::string> names;
  city.ForEachName([&](std::string_view name) { names.push_back(text::FoldCase(name)); });
  return cache.emplace(city.id, std::move(names)).first->second;
}

// Whether one of the city's names, case-folded, is one of `lemmas`.
bool HasNameIn(const City& city, const std::vector<std::string>& lemmas) {
  if (lemmas.empty()) return false;
  const std::vector<std::string>& names = CaseFoldedNames(city);
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return std::find(lemmas.begin(), lemmas.end(), name) != lemmas.end();
  });
}

// Polish writes a foreign v as w (Nowowołyńsk, Jonawa).
std::string WToV(std::string s) {
  std::replace(s.begin(), s.end(), 'w', 'v');
  return s;
}

// Whether a word or name is written in Cyrillic (by its first letter).
bool IsCyrillic(std::string_view s) {
  UChar32 c = 0;
  int32_t at = 0;
  U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
  return c >= 0x400 && c < 0x530;
}

// Whether the folded word `w` may be a case form of one of the city's names (tag/case_forms.h)
// in the text's language: "Бары" is Bor's, not Bar's, "Шуи" Shuya's, not Chu's (Шу).
// A city with no name in the word's script is not judged ("Павла" and Malta's Pawla). Nor is
// one without a name in the text's language whose longer names the word starts like: the text
// respells them its own way (Lithuanian "Kalušo" of Kalush, Polish "Jonawa" of Jonava).
bool CaseFormOfCity(const std::string& w, const City& city, std::string_view language) {
  const bool cyrillic = IsCyrillic(w);
  bool own_name = false;  // the city has a name in the text's language and the word's script
  for (size_t l = 0; l < kNameLanguages; ++l)
    own_name |=
        kNameLanguage[l] == language && city.HasOwnName(l) && IsCyrillic(city.name(l)) == cyrillic;
  bool same_script = false;
  for (const std::string& n : FoldedNames(city)) {
    if (n.empty() || IsCyrillic(n) != cyrillic) continue;
    same_script = true;
    if (IsCaseFormOf(w, n, language) || IsRespeltCaseFormOf(w, n, language) ||
        (!own_name && CodePoints(n) > kShortName && CommonPrefixLetters(WToV(n), WToV(w)) >= 3))
      return true;
  }
  return !same_script;
}

// The city's distinct folded names of one word, and the first words of its longer names unless
// short (Biała, Nowy: as likely words of their own), by id: what a short form may decline.
const std::vector<std::string>& OneWordNames(const City& city) {
  thread_local std::unordered_map<uint32_t, std::vector<std::string>> cache;
  if (auto it = cache.find(city.id); it != cache.end()) return it->second;
  if (cache.size() > 20'000) cache.clear();
  std::vector<std::string> words;
  for (const std::string& n : FoldedNames(city)) {
    const std::string_view first = FirstWord(n);
    if (first.size() < 2 || (first.size() < n.size() && CodePoints(first) <= kShortName)) continue;
    if (std::find(words.begin(), words.end(), first) == words.end()) words.emplace_back(first);
  }
  return cache.emplace(city.id, std::move(words)).first->second;
}

// Whether the folded word `w` is a case form (tag/case_forms.h, not respelt) of one of the city's
// names, or of the first word of a longer one, a short form ("Камсамольску" of
// Комсомольск-на-Амуре).
bool FormOfNameOrItsFirstWord(const std::string& w, const City& city, std::string_view language) {
  if (language.empty()) return false;
  for (const std::string& n : OneWordNames(city))
    // Cheap test first: a form starts with its name's first two bytes.
    if (w.compare(0, 2, n, 0, 2) == 0 && IsCaseFormOf(w, n, language)) return true;
  return false;
}

// Whether the folded word `w` is a case form, possibly respelt (tag/case_forms.h), of one of the
// city's names in the five languages (not of its other names: former ones, other lands'); true
// when none of them is in the word's script.
bool FormOfOwnName(const std::string& w, const City& city, std::string_view language) {
  const std::vector<std::string>& names = FoldedNames(city);
  bool same_script = false;
  for (size_t l = 0; l < kNameLanguages; ++l) {
    const std::string& n = names[l];
    if (n.empty() || IsCyrillic(n) != IsCyrillic(w)) continue;
    same_script = true;
    if (IsCaseFormOf(w, n, language) || IsRespeltCaseFormOf(w, n, language)) return true;
  }
  return !same_script;
}

// The folded words of a namesake's region (City::region_words), and the Latin spellings of the
// Cyrillic ones: GeoNames has no Polish name for Westphalia, but its Russian "Вестфалия" romanizes
// to what a Polish text writes. Cached by id.
const std::vector<std::string>& RegionKeys(const City& city) {
  thread_local std::unordered_map<uint32_t, std::vector<std::string>> cache;
  if (auto it = cache.find(city.id); it != cache.end()) return it->second;
  if (cache.size() > 20'000) cache.clear();
  std::vector<std::string> keys;
  std::string_view words = city.region_words();
  while (!words.empty()) {
    const size_t bar = words.find('|');
    const std::string_view w = words.substr(0, bar);
    words = bar == std::string_view::npos ? std::string_view() : words.substr(bar + 1);
    text::WordForms f = text::MakeWordForms(w);
    keys.push_back(WToV(f.folded.empty() ? f.exact : f.folded));
    for (std::string& r : f.romanized) keys.push_back(WToV(std::move(r)));
  }
  return cache.emplace(city.id, std::move(keys)).first->second;
}

// Whether the folded word names the region one of `keys` is a word of: it starts as that word
// does, but for an ending ("westfalii" of Vestfaliya, "калужском" of Калужская, "saksonijos");
// w and v are one letter, as Polish writes a foreign v as w.
bool NamesRegion(const std::string& folded_word, const std::vector<std::string>& keys) {
  const std::string word = WToV(folded_word);
  for (const std::string& key : keys) {
    const size_t common = CommonPrefixLetters(key, word), letters = CodePoints(key);
    if (common >= 5 && common + 3 >= letters) return true;
  }
  return false;
}

struct Candidate {
  uint32_t city;
  NameKind kind;
  size_t first, last;  // token range
  bool evidence, related;
  bool inflected;  // met through an inflection, romanization or folding, not as written
  bool listable;   // the word is a form of the city's own name: a list of places may vouch
};

}  // namespace

std::vector<CityMention> TagCities(std::string_view text, std::string_view language,
                                   const Gazetteer& gazetteer) {
  TrimFoldCache();
  const std::vector<text::Token> tokens = text::WordSpans(text);
  auto word = [&](size_t i) {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  };
  auto keys_of = [&](size_t i) { return &WordKeys(word(i), language); };
  // What is asked of a word, once per word: the tagger looks at each as a mention, as its
  // neighbours' context, and in the passes over the whole text.
  std::vector<bool> capital(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) capital[i] = text::StartsWithCapital(word(i));
  std::vector<const std::string*> folded_words(tokens.size());  // into the thread's FoldCache
  auto folded_word = [&](size_t i) -> const std::string& {
    if (!folded_words[i]) folded_words[i] = &Folded(word(i));
    return *folded_words[i];
  };
  std::vector<std::optional<std::string>> case_folded_words(tokens.size());
  auto case_folded_word = [&](size_t i) -> const std::string& {
    if (!case_folded_words[i]) case_folded_words[i] = text::FoldCase(word(i));
    return *case_folded_words[i];
  };
  std::vector<std::optional<CountrySet>> word_countries(tokens.size());
  auto countries_of = [&](size_t i) {
    if (!word_countries[i]) word_countries[i] = CountriesNamedBy(folded_word(i));
    return *word_countries[i];
  };
  // Countries named anywhere in the text, computed when first needed. Adjectives count too
  // ("польскага", "litewskiej"): they name the country as well.
  std::optional<CountrySet> text_countries;
  auto country_named = [&](std::string_view country) {
    if (!text_countries) {
      text_countries = 0;
      for (size_t i = 0; i < tokens.size(); ++i) *text_countries |= countries_of(i);
    }
    return (*text_countries & CountryBit(country)) != 0;
  };

  // The names that start at token i (computed once: the ranking also looks at neighbours'), and
  // once per run of words: a text repeats its names ("Sandomierz" 21 times), and what a run meets
  // depends only on its words (each word's cached keys stand for it, as written) and whether a dot
  // follows the second.
  std::vector<std::optional<std::vector<NameMatch>>> match_cache(tokens.size());
  using WordRun = std::pair<std::vector<const std::vector<std::string>*>, bool>;
  std::map<WordRun, size_t> run_met_at;  // a run -> the first token whose match_cache it filled
  auto matches_at = [&](size_t i) -> const std::vector<NameMatch>& {
    if (match_cache[i]) return *match_cache[i];
    std::vector<const std::vector<std::string>*> words{keys_of(i)};
    for (size_t j = i + 1; j < tokens.size() && words.size() < kMaxNameWords; ++j) {
      if (!Joinable(text.substr(tokens[j - 1].end, tokens[j].begin - tokens[j - 1].end)) ||
          !NameWord(word(j), capital[j]))
        break;
      words.push_back(keys_of(j));
    }
    const bool dot_after_second =
        words.size() >= 2 && text.substr(tokens[i + 1].end).starts_with(".");
    WordRun run{std::move(words), dot_after_second};
    if (auto it = run_met_at.find(run); it != run_met_at.end()) {
      match_cache[i] = *match_cache[it->second];
      return *match_cache[i];
    }
    const std::vector<const std::vector<std::string>*>& run_words = run.first;
    std::vector<NameMatch> met = gazetteer.MatchAt(run_words);
    // A name's second word abbreviated: "Grodzisk Wlkp.", "Białej Podl.".
    if (dot_after_second &&
        std::all_of(met.begin(), met.end(), [](const NameMatch& m) { return m.words == 1; }))
      if (auto a = gazetteer.MatchAbbreviated(*run_words[0], *run_words[1]); !a.empty())
        met = std::move(a);
    // A name met through a stem or a romanization that the word is no case form of: a short
    // name met from another word ("Шуи" and Шу, "Goriu" and Góra, "Арт-цэнтр" and Arta).
    // Unless the text's dictionary has the word as a form of the name.
    std::optional<std::vector<std::string>> lemmas;
    std::erase_if(met, [&](const NameMatch& m) {
      if (m.words != 1 || !m.inflected || m.respelled) return false;
      const City& city = *gazetteer.Find(m.city);
      if (CaseFormOfCity(folded_word(i), city, language)) return false;
      if (!lemmas) lemmas = ProperNounLemmas(word(i), language);
      return !HasNameIn(city, *lemmas);
    });
    match_cache[i] = std::move(met);
    run_met_at.emplace(std::move(run), i);
    return *match_cache[i];
  };
  // Whether token j starts another mention of a name the mention at token i has: in
  // "czarnogórski Bar – a nie ukraiński Bar" each Bar has its own qualifier. (Towns of other names
  // share a qualifier: "Витебском и Городком (Республика Беларусь)".)
  auto namesake_at = [&](size_t i, size_t j) {
    if (j >= tokens.size() || !capital[j] || countries_of(j) != 0) return false;
    for (const NameMatch& m : matches_at(j))
      for (const NameMatch& n : matches_at(i))
        if (m.city == n.city) return true;
    return false;
  };
  // A country named right before a mention starting at token i, or within three words after
  // it: "Lenkijos Elko", "Brest (France)", "Городком (Республика Беларусь)". A country after it
  // counts only up to a namesake's next mention, and not when it stands right before one: two
  // towns of one name in one text are each told by their own.
  auto country_near_token = [&](size_t i, std::string_view country) {
    const CountrySet bit = CountryBit(country);
    if (i >= 1 && (countries_of(i - 1) & bit)) return true;
    for (size_t j = i + 1; j < std::min(tokens.size(), i + 4); ++j) {
      if (namesake_at(i, j)) return false;
      if ((countries_of(j) & bit) && !namesake_at(i, j + 1)) return true;
    }
    return false;
  };

  // The country of the name at token j when all its best readings agree on it, else "": the
  // readings met as written if any, else those met through a stem, else by consonants. "Гродно"
  // is in Belarus, though its consonants also meet Gardanne; "Seinų" (Sejny, Seinäjoki) is in
  // no one country.
  auto sole_country = [&](size_t j) -> std::string_view {
    const std::vector<NameMatch>& m = matches_at(j);
    auto tier = [](const NameMatch& n) { return !n.inflected ? 2 : !n.respelled ? 1 : 0; };
    int best = -1;
    for (const NameMatch& n : m) best = std::max(best, tier(n));
    std::string_view country;
    for (const NameMatch& n : m) {
      if (tier(n) != best) continue;
      const std::string_view c = gazetteer.Find(n.city)->country();
      if (!country.empty() && country != c) return {};
      country = c;
    }
    return country;
  };
  // A neighbouring mention (within a few words) in `country`: places listed together are mostly
  // of one country ("Z Wysokiego i Kobrynia").
  auto neighbour_in = [&](size_t i, std::string_view country) {
    const size_t from = i >= 8 ? i - 8 : 0, to = std::min(tokens.size(), i + 9);
    for (size_t j = from; j < to; ++j)
      if (j != i && capital[j] && sole_country(j) == country) return true;
    return false;
  };
  // How many capitalized words of the text name a place in each country (sole_country),
  // computed when first needed: the other places of a document are mostly of one
  // country (Brest among Hrodna and Minsk is Belarus's, not France's).
  std::optional<std::map<std::string_view, int>> places_by_country;
  auto places_in = [&](size_t i, std::string_view country) {
    if (!places_by_country) {
      places_by_country.emplace();
      for (size_t j = 0; j < tokens.size(); ++j)
        if (capital[j])
          if (std::string_view c = sole_country(j); !c.empty()) ++(*places_by_country)[c];
    }
    const auto it = places_by_country->find(country);
    const int count = it == places_by_country->end() ? 0 : it->second;
    return count - (sole_country(i) == country ? 1 : 0);  // not counting the word itself
  };

  auto gap_between = [&](size_t a) {  // the text between tokens a and a + 1
    return text.substr(tokens[a].end, tokens[a + 1].begin - tokens[a].end);
  };
  // The folded words that meet each city as written (computed when first needed).
  std::optional<std::map<uint32_t, std::set<std::string_view>>> written_as;
  auto text_written = [&]() -> const std::map<uint32_t, std::set<std::string_view>>& {
    if (!written_as) {
      written_as.emplace();
      for (size_t j = 0; j < tokens.size(); ++j)
        if (capital[j])
          for (const NameMatch& m : matches_at(j))
            if (!m.inflected) (*written_as)[m.city].insert(folded_word(j));
    }
    return *written_as;
  };
  // Whether a word other than token i's meets the city as written.
  auto named_elsewhere = [&](size_t i, uint32_t city) {
    const auto it = text_written().find(city);
    if (it == text_written().end()) return false;
    const std::string& w = folded_word(i);
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](std::string_view other) { return other != w; });
  };

  // Whether tokens a (the end of one mention) and b (the start of the next) are items of a list:
  // "Lidy, Nowogródka", "Lidy i Nowogródka", "Брэст — Тэрэспаль", "Panevėžys–Pasvalys", also
  // with a parenthesis after the first ("Lidy (Białoruś) i Olecka").
  auto list_items = [&](size_t a, size_t b) {
    if (b <= a) return false;
    std::string_view g = text.substr(tokens[a].end, tokens[b].begin - tokens[a].end);
    if (size_t open = g.find_first_not_of(' '); open != std::string_view::npos && g[open] == '(') {
      const size_t close = g.find(')');
      if (close == std::string_view::npos) return false;
      g.remove_prefix(close + 1);
    }
    const size_t from = g.find_first_not_of(" \n\r"), to = g.find_last_not_of(" \n\r");
    if (from == std::string_view::npos) return false;
    const std::string_view between = g.substr(from, to - from + 1);
    for (std::string_view separator : {",", "-", "–", "—"})
      if (between == separator) return true;
    // Folding never drops a letter: a gap longer than any conjunction needs none.
    return g.find('\n') == std::string_view::npos && CodePoints(between) <= kLongestConjunction &&
           kConjunctions.count(text::FoldCase(between));
  };

  std::vector<Candidate> candidates;
  // A capitalized word that meets cities, but none as written and none the text names (as
  // written by another word, or read with evidence before it): the one text city it is a case
  // form of, if any ("з Прэйляў" in a text naming Preiļi, not Perlejewo by its consonants;
  // "у Камсамольску" after "Камсамольск-на-Амуры", not a town once called Komsomolsk); 0 if
  // none. Not in a capitalized phrase, a name of several words MatchAt has not met.
  auto text_city_form = [&](size_t i, const std::vector<NameMatch>& met) -> uint32_t {
    if (met.empty() ||
        std::any_of(met.begin(), met.end(), [](const NameMatch& m) { return !m.inflected; }))
      return 0;
    if (i + 1 < tokens.size() && Joinable(gap_between(i)) && capital[i + 1]) return 0;
    auto read = [&](uint32_t city) {
      return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.city == city && c.evidence && !c.related;
      });
    };
    for (const NameMatch& m : met)
      if (read(m.city) || named_elsewhere(i, m.city)) return 0;
    uint32_t form_of = 0;
    auto consider = [&](uint32_t city) {
      if (city == form_of ||
          !FormOfNameOrItsFirstWord(folded_word(i), *gazetteer.Find(city), language))
        return true;
      if (form_of != 0) return false;  // two of them: no telling
      form_of = city;
      return true;
    };
    for (const auto& [city, words] : text_written())
      if (!consider(city)) return 0u;
    for (const Candidate& c : candidates)
      if (c.evidence && !c.related && !consider(c.city)) return 0u;
    return form_of;
  };
  for (size_t i = 0; i < tokens.size();) {
    // A mention starts with a capital (below); most words do not, and need no analysis.
    if (!capital[i]) {
      ++i;
      continue;
    }
    const std::vector<NameMatch>* found = &matches_at(i);
    std::vector<NameMatch> text_city;
    if (const uint32_t id = text_city_form(i, *found); id != 0) {
      text_city = {{id, 1, NameKind::kPlain, /*inflected=*/true, /*respelled=*/false}};
      found = &text_city;
    }
    const std::vector<NameMatch>& matches = *found;
    // Documents capitalise city names (KAUNO, Grodno); a lower-case word that meets a name
    // through a stem is a common word ("darbuotojų", "рост").
    if (matches.empty()) {
      ++i;
      continue;
    }
    // One city per mention: the one whose country the text names, else the most populous. If
    // any of its names that matched is ambiguous (Piła; Pila, Піла match too), evidence is
    // needed: the word as written may be that common word.
    // Ranked by: a name met as written; its country named right there ("Городком (Республика
    // Беларусь)"); met through a stem rather than by its consonants only (Полацку: Polatsk,
    // not Płock); how much of a name the word spells out (Łucka: Łuck, not Łódź's "Ludz"); the
    // text's dictionary knows the word as a form of the name (Nowogródka: Nowogródek, not
    // Nowogród); the country of the places listed around it ("Z Wysokiego i Kobrynia"); the
    // country of the text's other places; a town of the partner lands rather than a far one
    // (Perth: the Scottish town, not the Australian city); the word is the city's own name, not
    // the one another language gives it (Jarosław: the Polish town, not Yaroslavl; Брест:
    // Belarus's, not France's); the text names its country; size, a town of the text's own country
    // counting ten times.
    auto country_near = [&](std::string_view country) { return country_near_token(i, country); };
    const bool several_countries =
        std::any_of(matches.begin(), matches.end(), [&](const NameMatch& m) {
          return gazetteer.Find(m.city)->country() != gazetteer.Find(matches[0].city)->country();
        });
    std::optional<std::vector<std::string>> lemmas;  // computed when first needed
    auto proper_lemmas = [&]() -> const std::vector<std::string>& {
      if (!lemmas) lemmas = ProperNounLemmas(word(i), language);
      return *lemmas;
    };
    auto rank = [&](const NameMatch& m) {
      const City* c = gazetteer.Find(m.city);
      bool as_written = false, stemmed = false;
      for (const NameMatch& n : matches)
        if (n.city == m.city) {
          as_written |= !n.inflected;
          stemmed |= !n.respelled;
        }
      size_t closeness = 0;  // letters the word shares with the start of one of its names
      const std::string& w = folded_word(i);
      for (const std::string& name : FoldedNames(*c))
        closeness = std::max(closeness, CommonPrefixLetters(name, w));
      // The text's dictionary has the word as a form of one of the city's names (Nowogródka:
      // Nowogródek's genitive, not Nowogród's).
      const bool dictionary_form = HasNameIn(*c, proper_lemmas());
      // The word spells the city's own name, in its country's language, as far as any other.
      size_t own_closeness = 0;
      for (size_t l : OwnLanguages(c->country()))
        own_closeness =
            std::max(own_closeness, CommonPrefixLetters(Folded(c->name(l)), folded_word(i)));
      const bool own_name = own_closeness > 0 && own_closeness == closeness;
      const uint64_t weight = c->population * (c->country() == HomeCountry(language) ? 10 : 1);
      // Only worth the look when the readings disagree on the country.
      const bool neighbour = several_countries && neighbour_in(i, c->country());
      const int places = several_countries ? places_in(i, c->country()) : 0;
      // The text names the city as written by another word: "Turku" and "Turkiem" in a text
      // that names Turek are its forms (when the dictionary says so; Turku in Finland is met as
      // written), "у Бары" in one that names Bor is Bor's locative, not Bar's.
      const bool named = named_elsewhere(i, c->id);
      // The town's region named within two words of it ("Halle w Westfalii", "Кіравам Калужскай
      // вобласці", "калужском Кирове", "australijskie Perth"): a qualifier, as its country is;
      // further away, it may be the region of another town the text tells it from.
      bool region_near = false;
      if (const std::vector<std::string>& keys = RegionKeys(*c); !keys.empty()) {
        const size_t end = i + m.words;
        for (size_t j = i >= 2 ? i - 2 : 0; j < std::min(tokens.size(), end + 2) && !region_near;
             ++j)
          region_near = (j < i || j >= end) && NamesRegion(folded_word(j), keys);
      }
      return std::make_tuple(named && dictionary_form, as_written, named,
                             country_near(c->country()), region_near, stemmed, closeness,
                             dictionary_form, neighbour, places, InPartnerLands(c->country()),
                             own_name, country_named(c->country()), weight);
    };
    const NameMatch* best = &matches[0];
    const bool several_cities = std::any_of(matches.begin(), matches.end(),
                                            [&](auto& m) { return m.city != matches[0].city; });
    if (several_cities) {
      auto best_rank = rank(*best);
      for (const NameMatch& m : matches)
        if (m.city != best->city)
          if (auto r = rank(m); r > best_rank) best = &m, best_rank = r;
    }
    NameKind kind = NameKind::kPlain;
    bool inflected = true;  // no name of the city met as written
    bool respelled = true;  // met only by consonants
    for (const NameMatch& m : matches)
      if (m.city == best->city) {
        kind = std::max(kind, m.kind);
        inflected &= m.inflected;
        respelled &= m.respelled;
      }
    const size_t last = i + best->words - 1;
    const City* city = gazetteer.Find(best->city);
    const std::string_view before = i > 0 ? case_folded_word(i - 1) : std::string_view();
    const std::string_view after =
        last + 1 < tokens.size() ? case_folded_word(last + 1) : std::string_view();
    auto gap = [&](size_t a) {  // the text between tokens a and a + 1
      return text.substr(tokens[a].end, tokens[a + 1].begin - tokens[a].end);
    };
    // A capitalized proper word (not a common word) right next to the mention: the two are a
    // person's name ("Tomasz Jurkiewicz", "Halina Mucha", "Ярослав Бородзюк").
    auto proper_word = [&](size_t j) {
      return capital[j] && countries_of(j) == 0 &&
             !text::Stemmer::ForLanguage(language).IsCommonWord(case_folded_word(j));
    };
    const bool single = best->words == 1;
    const std::string& folded = folded_word(i);
    // Whether the word is a form of one of the city's own names, not of a longer word that
    // starts like one ("Šalys" 'parties' is no form of Sale, "Tomasza" none of Tomaszów;
    // "Połocka" is Połock's genitive even though also an adjective's form).
    auto own_form = [&] {
      bool own = false;
      for (const std::string& n : FoldedNames(*city)) {
        size_t common = CommonPrefixLetters(n, folded);
        own |= common >= 3 && common + 1 >= CodePoints(n);
      }
      return own;
    };
    const std::string_view case_folded = single ? case_folded_word(i) : std::string_view();
    // A person's name (Tomasz, Marta, Николай; Kalisz the surname): not the town it starts
    // like, and, when a capitalized word that names no place follows, the person rather than
    // the town of that name ("Kalisz Jan", "Лида Орлова").
    const bool person_name = single && IsPersonName(case_folded, language);
    // A place word in the same sentence: "горада. Госці" is no "город X" (an abbreviation's
    // dot is no sentence's end: "г. Мир", "m. Piła").
    auto same_sentence = [&](std::string_view g, std::string_view word_before) {
      return g.find_first_of("!?;") == std::string_view::npos &&
             (g.find('.') == std::string_view::npos || CodePoints(word_before) <= 3);
    };
    // "г." after a number is a year ("2019 г. Бакі абмеркавалі"), not a town.
    const bool year_abbreviation =
        before == "г" && i > 1 && std::isdigit(static_cast<unsigned char>(word(i - 2).back()));
    const bool place_word = (i > 0 && kPlaceWords.count(before) && !year_abbreviation &&
                             same_sentence(gap(i - 1), before)) ||
                            (kPlaceWordsAfter.count(after) && same_sentence(gap(last), word(last)));
    if (person_name && !place_word && !own_form()) {
      ++i;
      continue;
    }
    // A town named as a person is (Станіслаў, Sława, Лида; "Стихи Пушкина", Pushkino's genitive
    // too): the person, unless a place word, a preposition, a list or the country says
    // otherwise; a large city's name as written is read as the city (Владимир).
    if (person_name && (inflected || city->population < kLargeCity))
      kind = std::max(kind, NameKind::kPersonal);
    // Met as written only as another name than the city's own in the five languages, a former
    // name or another land's (Stalino for Donetsk): as likely something else so called ("Stalino
    // gimtinę" 'Stalin's birthplace'); evidence is needed, as for a personal name. (A word met
    // inflected is mostly the text's own spelling of a foreign name: "Jonawa".)
    if (single && !inflected && !FormOfOwnName(folded, *city, language))
      kind = std::max(kind, NameKind::kPersonal);
    const bool next_spaced = last + 1 < tokens.size() && gap(last) == " ";
    const bool surname_after = next_spaced && person_name && !place_word && capital[last + 1] &&
                               countries_of(last + 1) == 0 && matches_at(last + 1).empty();
    const bool person_before = i > 0 && gap(i - 1) == " " && proper_word(i - 1);
    const bool person_after = next_spaced && (proper_word(last + 1) || surname_after);
    // A street or person word up to three words back, across abbreviations and capitalized
    // words: "ul. Boh. Monte Cassino", "im. ks. Stanisława", "плошча Леніна".
    bool street_or_person = false;
    for (size_t k = i; k > 0 && i - k < 3; --k) {
      std::string_view g = gap(k - 1);
      if (!std::all_of(g.begin(), g.end(), [](char ch) { return ch == ' ' || ch == '.'; })) break;
      if (kStreetOrPersonBefore.count(case_folded_word(k - 1))) {
        street_or_person = true;
        break;
      }
      if (!g.starts_with(".") && !capital[k - 1]) break;
    }
    // A town whose name is an adjective, naming a district: "Кастрычніцкі раён".
    const bool district =
        (single && kDistrictAfter.count(after) && gap(last) == " " && HasAdjectiveEnding(folded)) ||
        (single && !inflected && i > 0 && gap(i - 1) == " " &&
         kDistrictBefore.count(case_folded_word(i - 1)));
    // A river, a region or an event named like the town, or a list of them: "rzeka Niemen",
    // "Kaliningrado srities", "бассейны Вислы и Немана", "nad Dźwiną, Wisłą".
    // A list item that ends a town's name met before ("Nowe Miasto nad Pilicą i Łowicz") is that
    // town: its "nad" is the town's, and the list is one of towns, not of rivers.
    auto in_town_name = [&](size_t k) {
      return !candidates.empty() && candidates.back().first <= k && k <= candidates.back().last;
    };
    auto river_or_region = [&] {
      if (kRiverOrRegionAfter.count(after) && SpacesOrQuotes(gap(last))) return true;
      for (size_t k = i, items = 0; k > 0 && items < 3; ++items) {
        const std::string_view g = gap(k - 1);
        if (g.find(',') != std::string_view::npos && g.size() <= 3 && capital[k - 1]) {
          if (in_town_name(k - 1)) return false;
          k -= 1;  // "Wisłą, Niemnem": the list's item before
          continue;
        }
        if (!SpacesOrQuotes(g)) return false;
        const std::string_view w = case_folded_word(k - 1);
        if (kRiverOrRegionBefore.count(w)) return true;
        if (!kConjunctions.count(w) || k < 2 || gap(k - 2) != " " || !capital[k - 2] ||
            in_town_name(k - 2))
          return false;
        k -= 2;  // "Вислы и Немана"
      }
      return false;
    };
    // An establishment's name in quotes: "restauracja „Wilno”", "spółdzielni mleczarskiej
    // „Sejny”" (the noun one or two words before the opening quote).
    auto establishment = [&] {
      if (i == 0) return false;
      const std::string_view g = gap(i - 1);
      const bool quoted = std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                                      [&](std::string_view q) { return g.ends_with(q); });
      if (!quoted || g.size() > 4) return false;  // a space and the quote at most
      if (kEstablishmentBefore.count(case_folded_word(i - 1))) return true;
      return i >= 2 && gap(i - 2) == " " && kEstablishmentBefore.count(case_folded_word(i - 2));
    };
    const bool initial_before =
        i > 0 && CodePoints(word(i - 1)) == 1 && capital[i - 1] && gap(i - 1).starts_with(".");
    if ((single && (street_or_person || initial_before || person_before || person_after ||
                    (kStreetAfter.count(after) && gap(last).size() <= 2))) ||
        district || river_or_region() || establishment()) {
      i = last + 1;
      continue;
    }
    // "России", "Niemcy": a country, whatever town it inflects like. "Węgry" as written too,
    // though a village has the name, unless a place word says otherwise; but Luxembourg is its
    // country's city.
    const std::string_view named_country =
        single && !place_word ? CountryNamedBy(folded, language, inflected) : std::string_view();
    if ((inflected && countries_of(i) != 0) ||
        (!named_country.empty() && named_country != city->country())) {
      ++i;
      continue;
    }

    Candidate c{best->city, kind, i, last, false, false, inflected, true};
    // A list continued from an accepted mention: "z Druskiennik, Lidy i Nowogródka".
    const bool listed =
        !candidates.empty() && candidates.back().evidence && list_items(candidates.back().last, i);
    // A place word, or the city's country named right there ("Lidy (Republika Białorusi)"):
    // evidence for a form of the city's own name.
    const bool placed = place_word || country_near(city->country());
    // Capitalized because the next word is too: a capitalized phrase ("Koło Gospodyń
    // Wiejskich", "Rynek Wielki"), which says nothing of a place.
    const bool in_phrase = last + 1 < tokens.size() && gap(last) == " " && capital[last + 1];
    const bool mid_sentence = !SentenceStart(text, tokens[i].begin) && !in_phrase;
    // A place preposition right before the name, or before an adjective before it ("z
    // pobliskiego Koła", "z wielkopolskim Kołem").
    const bool after_preposition =
        i > 0 &&
        (IsPlacePreposition(before) ||
         (i > 1 && gap(i - 1) == " " && gap(i - 2) == " " && !capital[i - 1] &&
          HasAdjectiveEnding(folded_word(i - 1)) && IsPlacePreposition(case_folded_word(i - 2))));
    const bool common_word =
        single && (text::Stemmer::ForLanguage(language).IsCommonWord(case_folded) ||
                   (inflected && CommonWordLackingDiacritic(case_folded, language)));
    // A common word that starts a capitalized phrase names what the phrase does, even in a list
    // of places ("Połągę i Górę Krzyży" 'the Hill of Crosses').
    const bool listed_word = listed && !in_phrase;
    if (common_word && !own_form()) {
      // A common word that only meets the city through a stem ("Stronami" 'the Parties' and
      // Stronie, "з Бакоў" and Bąków) needs a place word or a list of places; capitalization
      // mid-sentence is evidence only for a large city.
      c.evidence = place_word || listed_word || (mid_sentence && city->population >= kLargeCity);
      c.kind = std::max(kind, NameKind::kCommon);
      c.listable = false;
    } else if (common_word && inflected) {
      // A form of the city's name that is also a common word ("z Piły", "z Połocka", "Kauną",
      // but "Šalims" 'to the Parties' of Sala): a place word, a preposition, a list, or, for a
      // large city, capitalization mid-sentence.
      c.evidence = placed || listed_word || after_preposition ||
                   (mid_sentence && city->population >= kLargeCity);
      c.kind = std::max(kind, NameKind::kCommon);
    } else if (respelled) {
      // Only the consonants agree (Гюстраў, Сандамір): a place word, a preposition or a list;
      // a capital mid-sentence may as well be a surname's ("Бібліі Скарыны" is Skaryna's).
      c.evidence = placed || listed || after_preposition;
      c.kind = std::max(kind, NameKind::kCommon);
    } else if (kind == NameKind::kCommon) {
      // A capital mid-sentence says "a name" of a word the text's language does not use as a
      // common word ("Mir" in Polish), or of a town of some size ("Twierdzy Przemyśl"); "że
      // Nowe przepisy" needs a preposition too.
      c.evidence =
          placed || listed || city->population >= kLargeCity ||
          (mid_sentence && (!common_word || city->population >= kMidSizeCity || after_preposition));
    } else if (kind == NameKind::kPersonal) {
      c.evidence = placed || listed || after_preposition;
    } else {
      c.evidence = true;
    }
    c.related = single && IsAdjective(folded, *city);
    candidates.push_back(c);
    i = last + 1;
  }

  // A list that goes on to an accepted mention vouches for its items too, as one continued
  // from one does ("Przemyśl i Lwów", "Koło, Nowe i Konin").
  for (size_t k = candidates.size(); k-- > 1;) {
    Candidate& c = candidates[k - 1];
    const Candidate& next = candidates[k];
    if (!c.evidence && c.listable && !c.related && next.evidence && !next.related &&
        list_items(c.last, next.first))
      c.evidence = true;
  }

  // A city met with evidence vouches for its other, weaker mentions; but only when met as
  // written, or more than once: one odd inflection is as likely a misspelt or OCR-damaged word
  // ("Salimis" for "Šalimis" 'the Parties') as a place, and must not turn every "Šalys" into
  // Sala.
  std::map<uint32_t, int> vouching;  // city -> evidence mentions (as written: 2)
  for (const Candidate& c : candidates)
    if (c.evidence && !c.related) vouching[c.city] += c.inflected ? 1 : 2;
  std::set<uint32_t> confirmed;
  for (const auto& [city, weight] : vouching)
    if (weight >= 2) confirmed.insert(city);
  std::vector<CityMention> mentions;
  for (const Candidate& c : candidates) {
    bool accept = c.evidence || (c.kind != NameKind::kPlain && confirmed.count(c.city));
    if (accept) mentions.push_back({c.city, tokens[c.first].begin, tokens[c.last].end, c.related});
  }
  return mentions;
}

}  // namespace twindex::tag
