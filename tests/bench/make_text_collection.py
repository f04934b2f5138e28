#!/usr/bin/env python3
"""make_text_collection: writes a deterministic collection of plain-text (UTF-8) documents that
looks like a town-twinning archive, for the scale benchmark (run_scale_bench.sh). Not a test.

  make_text_collection.py --docs N --out DIR [--seed S] [--per-folder K] [--no-count]

Layout: DIR/docs/dNNNN/LANG-NNNNNNN.txt (K files per folder, at most 1000: the collection, the
only thing to index), DIR/manifest.json (counts, for checks).
Document i depends only on (seed, i), so a larger N extends a smaller collection with the same
files. Output is streamed: memory does not grow with N (except the distinct-word count, which
--no-count turns off).

What a document is made of:
  - language: pl 35%, ru 25%, be 20%, lt 20%; kind: agreement, news or report, with a title line
    (the text extractor takes the first line as the title) and paragraphs;
  - length: log-normal, ~340 words mean; documents of over ~400 words get a form feed (a page
    break, as pdftotext writes) every 250-400 words;
  - two partner cities (one of the language's own country, one from anywhere) and a few others,
    from src/tag/data/gazetteer.tsv, named in the document's language, often inflected
    (a simple genitive per language);
  - dates written in many ways: "12 maja 2019 r.", "12.05.2019", "2019-05-12", "12.V.2019",
    "3-5 maja 2019", "2019 m. gegužės 12 d.";
  - words: a core vocabulary per language (the ~500 most common words of the repo's real texts:
    tests/eval/langid, tests/eval/tagging*/src, tests/eval/tags-unseen/src, tests/data; a short
    built-in list if those are missing), drawn with their own frequencies; plus a long tail drawn
    from a Pareto law over ranks (rank -> a Hunspell dictionary word of the language from
    /usr/share/hunspell, sometimes with an ending, beyond the dictionary a made-up word), so that
    the vocabulary grows as V ~ k * tokens^0.6 (Heaps' law) however large N is;
  - OCR-like noise in 40% of documents: ~3% of their words get a letter confused, split or joined
    to the next one;
  - 3% exact duplicates and 3% near-duplicates (a few words changed) of earlier documents;
  - a few rare topic words (about 1 document in 200) and fixed phrases, so that the scale
    benchmark's queries (scale_queries.tsv) have rare and phrase hits.
Prints a summary (docs, bytes, tokens, distinct words, the fitted Heaps exponent) on stdout.
"""
import argparse
import bisect
import collections
import glob
import json
import math
import os
import random
import re
import sys
import time
import zlib

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LANGS = ("pl", "ru", "be", "lt")
LANG_SHARE = (0.35, 0.25, 0.20, 0.20)
LANG_CUM = [sum(LANG_SHARE[: i + 1]) for i in range(len(LANG_SHARE))]
HOME = {"pl": "PL", "ru": "RU", "be": "BY", "lt": "LT"}
GAZ_COLUMN = {"pl": 4, "be": 5, "lt": 6, "ru": 7}  # gazetteer.tsv: id country pop en pl be lt ru
HUNSPELL = {"pl": "pl_PL", "ru": "ru_RU", "be": "be_BY", "lt": "lt_LT"}
SCRIPT = {"pl": re.compile(r"^[a-ząćęłńóśźż]+$"), "lt": re.compile(r"^[a-ząčęėįšųūž]+$"),
          "ru": re.compile(r"^[а-яё]+$"), "be": re.compile(r"^[абвгдеёжзійклмнопрстуўфхцчшыьэюя']+$")}

# Partnerships an archive comes back to again and again (GeoNames ids): a quarter of the
# documents are about one of them (when both cities have a name in the document's language).
HUB_PAIRS = [(776069, 627904), (776175, 629634), (765876, 598316), (756135, 593116),
             (625144, 756135)]  # Białystok-Grodno, Biała Podlaska-Brest, Lublin-Kaunas, ...
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# Per language: months (genitive, as in a date), the word for "year" after a year, titles per
# kind ({A}, {B}: partner cities, {Y}: a year), article heading, phrases the queries look for,
# rare topic words, endings for inflected forms, OCR letter confusions, a fallback core list.
L = {
    "pl": dict(
        months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
               "listopada grudnia".split(),
        year="r.", and_="i", city_word="miasto",
        titles={"agreement": "Umowa o współpracy partnerskiej między miastem {A} a miastem {B}",
                "news": "{A}: delegacja z miasta {B} z wizytą w ramach współpracy partnerskiej",
                "report": "Sprawozdanie z realizacji współpracy partnerskiej {A} – {B} za rok {Y}"},
        article="Artykuł",
        phrases=["umowa partnerska została podpisana", "wymiana młodzieży",
                 "dni miasta", "współpraca transgraniczna", "miasta partnerskie"],
        rare=["pszczelarstwo", "bursztyniarstwo", "dendrologiczny", "szachownica"],
        endings=["", "", "a", "u", "em", "y", "ie", "ami", "ach", "ego", "ej", "ym"],
        confuse=[("ł", "l"), ("ę", "e"), ("ą", "a"), ("rn", "m"), ("ó", "o"), ("ś", "s"),
                 ("i", "l"), ("c", "e"), ("ż", "z"), ("h", "b")],
        signed="Umowę podpisano w dniu {D} w mieście {A}.",
        fallback="w z i na o się oraz do a od że po ze przez dla jest nie jak który która które "
                 "jego ich tym tego także będą był była było roku miasta miasto współpracy "
                 "strony obu miast między udział kultury mieszkańców młodzieży projekt "
                 "partnerskiej umowy program w ramach spotkanie delegacja wizyta szkoły "
                 "rada burmistrz prezydent urzędu gminy powiatu wspólnych działań".split()),
    "ru": dict(
        months="января февраля марта апреля мая июня июля августа сентября октября ноября "
               "декабря".split(),
        year="г.", and_="и", city_word="город",
        titles={"agreement": "Соглашение о побратимских связях между городом {A} и городом {B}",
                "news": "{A}: делегация из города {B} прибыла с визитом",
                "report": "Отчёт о сотрудничестве городов {A} и {B} за {Y} год"},
        article="Статья",
        phrases=["соглашение о сотрудничестве", "обмен опытом", "день города",
                 "приграничное сотрудничество", "города-побратимы"],
        rare=["пчеловодство", "янтарный", "дендрологический", "шахматный"],
        endings=["", "", "а", "у", "ом", "ы", "е", "ами", "ах", "ого", "ой", "ым"],
        confuse=[("и", "н"), ("ш", "щ"), ("е", "с"), ("п", "н"), ("ь", "ъ"), ("з", "э"),
                 ("т", "г"), ("о", "а"), ("л", "п"), ("в", "б")],
        signed="Соглашение подписано {D} в городе {A}.",
        fallback="в и на с по из о что за для до а также не как это его их был была было "
                 "будет года году города город стороны сотрудничества между участие культуры "
                 "образования гости городов соглашение области мероприятий совместных "
                 "администрации молодежи программы рамках визит делегация школы".split()),
    "be": dict(
        months="студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня "
               "кастрычніка лістапада снежня".split(),
        year="г.", and_="і", city_word="горад",
        titles={"agreement": "Пагадненне аб супрацоўніцтве паміж горадам {A} і горадам {B}",
                "news": "{A}: дэлегацыя з горада {B} прыехала з візітам",
                "report": "Справаздача аб супрацоўніцтве гарадоў {A} і {B} за {Y} год"},
        article="Артыкул",
        phrases=["пагадненне аб супрацоўніцтве", "абмен вопытам", "дзень горада",
                 "памежнае супрацоўніцтва", "гарады-пабрацімы"],
        rare=["пчалярства", "бурштынавы", "дэндралагічны", "шахматны"],
        endings=["", "", "а", "у", "ам", "ы", "е", "амі", "ах", "ага", "ай", "ым"],
        confuse=[("і", "l"), ("ў", "у"), ("ш", "щ"), ("е", "с"), ("п", "н"), ("з", "э"),
                 ("т", "г"), ("о", "а"), ("л", "п"), ("в", "б")],
        signed="Пагадненне падпісана {D} у горадзе {A}.",
        fallback="і з ў у на па а аб да за які для што пра таксама не як гэта яго іх быў была "
                 "было будзе года годзе горада горад бакі супрацоўніцтва паміж удзел культуры "
                 "адукацыі госці гарадоў пагадненне вобласці мерапрыемстваў сумесных "
                 "выканкама моладзі праграмы рамках візіт дэлегацыя школы".split()),
    "lt": dict(
        months="sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
               "lapkričio gruodžio".split(),
        year="m.", and_="ir", city_word="miestas",
        titles={"agreement": "{A} ir {B} miestų bendradarbiavimo sutartis",
                "news": "{A}: svečiuose delegacija iš {B}",
                "report": "{A} ir {B} bendradarbiavimo ataskaita už {Y} metus"},
        article="Straipsnis",
        phrases=["bendradarbiavimo sutartis", "jaunimo mainai", "miesto šventė",
                 "tarpvalstybinis bendradarbiavimas", "miestai partneriai"],
        rare=["bitininkystė", "gintarinis", "dendrologinis", "šachmatų"],
        endings=["", "", "as", "o", "ui", "ą", "e", "ai", "ų", "ams", "uose", "is"],
        confuse=[("ė", "e"), ("į", "i"), ("š", "s"), ("ų", "u"), ("ž", "z"), ("rn", "m"),
                 ("i", "l"), ("c", "e"), ("ū", "u"), ("h", "b")],
        signed="Sutartis pasirašyta {D} {A} mieste.",
        fallback="ir m su iš d o į apie kad per iki kartu buvo yra bus ne kaip tai jo jų miesto "
                 "savivaldybės bendradarbiavimo kultūros rajono miestų dalyvavo šalys jaunimo "
                 "metų abiejų vyko projekto programos susitikimas delegacija mokyklos "
                 "meras tarybos bendrų renginių".split()),
}


# --- data from the repo and the machine -----------------------------------------------------

def core_vocabularies(size=500):
    """The `size` most common words per language in the repo's real texts, with their counts."""
    counts = {lang: collections.Counter() for lang in LANGS}
    word = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
    annot = re.compile(r"\[\[[^|\]]*\|([^\]]*)\]\]")

    def add(lang, text):
        if lang in counts:
            counts[lang].update(w.lower() for w in word.findall(annot.sub(r"\1", text)))

    for f in glob.glob(os.path.join(REPO, "tests/eval/langid/*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    add(parts[0], parts[-1])
    for pattern in ("tests/eval/tagging*/src/**/*.txt", "tests/eval/tags-unseen/src/**/*.txt",
                    "tests/data/pdf-src/*.txt", "tests/data/scan-src/**/*.txt"):
        for f in glob.glob(os.path.join(REPO, pattern), recursive=True):
            rel = os.path.relpath(f, REPO).split(os.sep)
            lang = next((p[:2] for p in reversed(rel) if p[:2] in LANGS and
                         (len(p) == 2 or p[2] in "-_.")), None)
            try:
                with open(f, encoding="utf-8") as fh:
                    add(lang, fh.read())
            except (OSError, UnicodeDecodeError):
                pass
    vocab = {}
    for lang in LANGS:
        good = [(w, c) for w, c in counts[lang].most_common() if SCRIPT[lang].match(w)]
        if len(good) < 100:  # the repo's texts are missing: the built-in list, Zipf weights
            good = [(w, 1000 / (r + 1)) for r, w in enumerate(L[lang]["fallback"])]
        vocab[lang] = good[:size]
    return vocab


def dictionary_words(lang, rng):
    """Lower-case words of the language's Hunspell dictionary (stems), shuffled; [] if none."""
    path = f"/usr/share/hunspell/{HUNSPELL[lang]}.dic"
    aff = path[:-4] + ".aff"
    encoding = "utf-8"
    try:
        with open(aff, "rb") as fh:
            for raw in fh:
                if raw.startswith(b"SET "):
                    encoding = raw[4:].strip().decode("ascii").lower().replace("microsoft-", "")
                    break
        with open(path, encoding=encoding, errors="replace") as fh:
            next(fh, None)
            words = []
            for line in fh:
                w = line.split("/", 1)[0].strip()
                if 3 <= len(w) <= 18 and SCRIPT[lang].match(w):
                    words.append(w)
    except (OSError, LookupError):
        return []
    words = sorted(set(words))
    rng.shuffle(words)
    return words


def city_pools():
    """Per language: (names, cumulative weights) of all cities named in it, and of its own
    country's. Weight: sqrt(population). Names that are also common words are left out."""
    pools = {lang: {"all": ([], []), "home": ([], []), "hubs": []} for lang in LANGS}
    hub_ids = {i for pair in HUB_PAIRS for i in pair}
    hub_names = {}
    with open(os.path.join(REPO, "src/tag/data/gazetteer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 8 or not cols[2].isdigit():
                continue
            ambiguous = set(cols[9].split("|")) if len(cols) > 9 and cols[9] else set()
            pop = int(cols[2])
            if int(cols[0]) in hub_ids:
                hub_names[int(cols[0])] = cols
            if pop < 3000:
                continue
            for lang in LANGS:
                name = cols[GAZ_COLUMN[lang]]
                if not name or name in ambiguous or "(" in name:
                    continue
                for key in ("all", "home") if cols[1] == HOME[lang] else ("all",):
                    names, cum = pools[lang][key]
                    names.append(name)
                    cum.append((cum[-1] if cum else 0) + math.sqrt(pop))
    for lang in LANGS:
        for x, y in HUB_PAIRS:
            if x in hub_names and y in hub_names:
                a, b = hub_names[x][GAZ_COLUMN[lang]], hub_names[y][GAZ_COLUMN[lang]]
                if a and b:
                    pools[lang]["hubs"].append((a, b))
    return pools


# --- words ---------------------------------------------------------------------------------

def genitive(lang, name):
    """A simple genitive of a one-word city name (what the tagger must see through)."""
    if " " in name or "-" in name or len(name) < 4:
        return name
    last = name[-1]
    if lang == "pl":
        if last == "a":
            return name[:-1] + ("i" if name[-2] in "gkl" else "y")
        if last == "o":
            return name[:-1] + "a"
        if last in "bcdfhjłmnprstwz" and not name.endswith(("ice", "y", "i")):
            return name + "a"
    elif lang in ("ru", "be"):
        if last == "а":
            return name[:-1] + ("и" if lang == "ru" and name[-2] in "гкхжшчщ" else
                                "і" if lang == "be" and name[-2] in "гкх" else "ы")
        if last == "я":
            return name[:-1] + ("и" if lang == "ru" else "і")
        if last in "бвгджзклмнпрстфхцчшщ":
            return name + "а"
    elif lang == "lt":
        for end, gen in (("as", "o"), ("is", "io"), ("ys", "io"), ("ai", "ų"), ("a", "os"),
                         ("ė", "ės"), ("us", "aus")):
            if name.endswith(end):
                return name[: -len(end)] + gen
    return name


def made_up_word(lang, rank):
    """A pronounceable word that exists nowhere else, the same for the same rank."""
    h = zlib.crc32(f"{lang}:{rank}".encode())
    if lang in ("pl", "lt"):
        cons, vows = "bcdgjklmnprstwz" if lang == "pl" else "bdgjklmnprstvšž", "aeiouy"
    else:
        cons, vows = "бвгджзклмнпрстх", "аеіоуы" if lang == "be" else "аеиоуы"
    n = 2 + (h % 3)
    h //= 3
    out = []
    for _ in range(n):
        out.append(cons[h % len(cons)])
        h //= len(cons)
        out.append(vows[h % len(vows)])
        h //= len(vows)
        if h == 0:
            h = zlib.crc32(("".join(out) + str(rank)).encode())
    return "".join(out) + L[lang]["endings"][rank % len(L[lang]["endings"])]


class Language:
    """Everything a document in one language is drawn from."""

    # Heaps: tail ranks follow P(rank > r) ~ (r / S)^-BETA, so the number of distinct tail
    # words grows as tokens^BETA.
    BETA = 0.6
    TAIL_SCALE = 60.0
    TAIL_SHARE = 0.22  # of the running words

    def __init__(self, lang, core, dictionary, cities):
        self.lang = lang
        self.d = L[lang]
        self.core = [w for w, _ in core]
        self.core_cum = []
        total = 0
        for _, c in core:
            total += c
            self.core_cum.append(total)
        self.dictionary = dictionary
        self.cities = cities

    def core_words(self, rng, k):
        return rng.choices(self.core, cum_weights=self.core_cum, k=k)

    def tail_word(self, rng):
        r = int(self.TAIL_SCALE * (rng.random() ** (-1.0 / self.BETA) - 1.0))
        if r < len(self.dictionary):
            w = self.dictionary[r]
            # About a third of a stem's uses carry an ending: the inflected forms of the archive.
            end = (r * 7 + int(rng.random() * 3)) % (3 * len(self.d["endings"]))
            return w + self.d["endings"][end] if end < len(self.d["endings"]) else w
        return made_up_word(self.lang, r)

    def city(self, rng, home=False):
        names, cum = self.cities["home" if home and self.cities["home"][0] else "all"]
        return names[bisect.bisect(cum, rng.random() * cum[-1])]

    def date(self, rng):
        y = rng.randint(1990, 2024)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        months, year = self.d["months"], self.d["year"]
        form = rng.random()
        if form < 0.35:
            if self.lang == "lt":
                return f"{y} {year} {months[m - 1]} {d} d."
            return f"{d} {months[m - 1]} {y} {year}"
        if form < 0.55:
            return f"{d:02d}.{m:02d}.{y}"
        if form < 0.70:
            return f"{y}-{m:02d}-{d:02d}"
        if form < 0.82:
            return f"{d}.{ROMAN[m - 1]}.{y}"
        d2 = d + rng.randint(1, 3)
        if self.lang == "lt":
            return f"{y} {year} {months[m - 1]} {d}–{d2} d."
        return f"{d}–{d2} {months[m - 1]} {y}"


# --- documents -----------------------------------------------------------------------------

def ocr_noise(rng, words, d):
    out = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        if rng.random() >= 0.03 or len(w) < 4:
            out.append(w)
            continue
        kind = rng.random()
        if kind < 0.55:
            a, b = d["confuse"][int(rng.random() * len(d["confuse"]))]
            out.append(w.replace(a, b, 1) if a in w else w[:-1] + b[0])
        elif kind < 0.8:
            cut = 1 + int(rng.random() * (len(w) - 1))
            out.append(w[:cut])
            out.append(w[cut:])
        elif i + 1 < len(words):
            out.append(w + words[i + 1])
            skip = True
        else:
            out.append(w)
    return out


def sentence(rng, lang, partners, n):
    """n running words of one sentence, with cities, dates, numbers and tail words in it."""
    words = lang.core_words(rng, n)
    for i in range(n):
        x = rng.random()
        if x < Language.TAIL_SHARE:
            words[i] = lang.tail_word(rng)
        elif x < Language.TAIL_SHARE + 0.015:
            name = partners[int(rng.random() * 2)] if rng.random() < 0.7 else lang.city(rng)
            words[i] = genitive(lang.lang, name) if rng.random() < 0.4 else name
        elif x < Language.TAIL_SHARE + 0.02:
            words[i] = lang.date(rng)
        elif x < Language.TAIL_SHARE + 0.025:
            words[i] = str(int(rng.random() * 500) + 1)
    words[0] = words[0][:1].upper() + words[0][1:]
    return words


def document(seed, i, langs):
    """(language code, text) of document i."""
    rng = random.Random(seed * 1_000_003 + i)
    x = rng.random()
    lang = langs[LANGS[bisect.bisect(LANG_CUM, x * LANG_CUM[-1])]]
    d = lang.d
    kind = ("agreement", "news", "report")[int(rng.random() * 3)]
    a, b = lang.city(rng, home=True), lang.city(rng)
    if rng.random() < 0.25 and lang.cities["hubs"]:
        a, b = lang.cities["hubs"][int(rng.random() * len(lang.cities["hubs"]))]
        if rng.random() < 0.5:
            a, b = b, a
    year = rng.randint(1990, 2024)
    title = d["titles"][kind].format(A=a, B=b, Y=year)
    # Log-normal length: mean ~340 words (median ~270), from ~60 to a few thousand.
    target = max(40, int(rng.lognormvariate(5.45, 0.68)))
    noisy = rng.random() < 0.40
    lines = [title, ""]
    if kind == "agreement":
        lines += [d["signed"].format(D=lang.date(rng), A=a), ""]
    n = 0
    next_break = rng.randint(250, 400)
    article = 1
    while n < target:
        para = []
        if kind == "agreement" and rng.random() < 0.6:
            lines.append(f"{d['article']} {article}")
            article += 1
        for _ in range(rng.randint(2, 6)):
            s = sentence(rng, lang, (a, b), rng.randint(6, 20))
            if rng.random() < 0.08:
                s[len(s) // 2:len(s) // 2] = d["phrases"][int(rng.random() * len(d["phrases"]))].split()
            if rng.random() < 0.004:
                s.insert(len(s) - 1, d["rare"][int(rng.random() * len(d["rare"]))])
            para.append(" ".join(s) + ".")
            n += len(s)
        text = " ".join(para)
        if noisy:
            text = " ".join(ocr_noise(rng, text.split(" "), d))
        lines.append(text)
        lines.append("")
        if target > 400 and n >= next_break and n < target:
            lines.append("\f")
            next_break = n + rng.randint(250, 400)
    return lang.lang, "\n".join(lines)


def near_duplicate(rng, text, lang):
    words = text.split(" ")
    for _ in range(rng.randint(2, 6)):
        k = int(rng.random() * len(words))
        if words[k].isalpha():
            words[k] = lang.core_words(rng, 1)[0]
    return " ".join(words)


def collection_doc(seed, i, langs):
    """Document i of the collection: 3% copy an earlier one, 3% nearly copy one."""
    rng = random.Random(seed * 7_000_003 + i)
    x = rng.random()
    if i >= 10 and x < 0.06:
        j = i - 1 - int(rng.random() * min(i, 5000))
        code, text = document(seed, j, langs)
        if x >= 0.03:
            text = near_duplicate(rng, text, langs[code])
        return code, text, ("exact" if x < 0.03 else "near")
    code, text = document(seed, i, langs)
    return code, text, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-folder", type=int, default=1000)
    ap.add_argument("--no-count", action="store_true", help="do not count distinct words")
    args = ap.parse_args()
    if not 1 <= args.per_folder <= 1000:
        ap.error("--per-folder: 1 to 1000")
    start = time.time()
    core = core_vocabularies()
    pools = city_pools()
    langs = {lang: Language(lang, core[lang], dictionary_words(lang, random.Random(args.seed)),
                            pools[lang]) for lang in LANGS}
    os.makedirs(args.out, exist_ok=True)
    per_lang = collections.Counter()
    dups = collections.Counter()
    total_bytes = tokens = pages = 0
    distinct = set()
    heaps = []  # (tokens, distinct) at each power-of-two document count
    word = re.compile(r"[^\W\d_]+")
    folder = None
    for i in range(args.docs):
        if i % args.per_folder == 0:
            folder = os.path.join(args.out, "docs", f"d{i // args.per_folder:04d}")
            os.makedirs(folder, exist_ok=True)
        code, text, dup = collection_doc(args.seed, i, langs)
        data = text.encode("utf-8")
        with open(os.path.join(folder, f"{code}-{i:07d}.txt"), "wb") as fh:
            fh.write(data)
        per_lang[code] += 1
        dups[dup] += 1
        total_bytes += len(data)
        pages += 1 + text.count("\f")
        words = word.findall(text)
        tokens += len(words)
        if not args.no_count:
            distinct.update(w.lower() for w in words)
            if (i + 1) & i == 0 and i >= 63:
                heaps.append((tokens, len(distinct)))
    manifest = {"docs": args.docs, "seed": args.seed, "bytes": total_bytes, "tokens": tokens,
                "pages": pages, "per_lang": {k: per_lang[k] for k in LANGS},
                "exact_duplicates": dups["exact"], "near_duplicates": dups["near"]}
    if not args.no_count:
        heaps.append((tokens, len(distinct)))
        manifest["distinct_words"] = len(distinct)
        if len(heaps) >= 2 and heaps[0][0] != heaps[-1][0]:
            (t0, v0), (t1, v1) = heaps[0], heaps[-1]
            beta = math.log(v1 / v0) / math.log(t1 / t0)
            manifest["heaps"] = {"beta": round(beta, 3), "k": round(v1 / t1 ** beta, 2),
                                 "points": heaps}
    with open(os.path.join(args.out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    secs = time.time() - start
    print(f"{args.docs} docs ({', '.join(f'{k} {per_lang[k]}' for k in LANGS)}; "
          f"{dups['exact']} exact and {dups['near']} near duplicates), {pages} pages, "
          f"{total_bytes / 1e6:.1f} MB, {tokens} tokens ({tokens / max(1, args.docs):.0f}/doc)"
          + (f", {len(distinct)} distinct words" if not args.no_count else "")
          + (f", Heaps beta {manifest['heaps']['beta']}" if "heaps" in manifest else "")
          + f"; {secs:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
