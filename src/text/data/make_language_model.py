#!/usr/bin/env python3
"""Makes language_model.inc, the character n-gram model behind text/language.cc.

    python3 src/text/data/make_language_model.py [--hunspell DIR] [--out FILE]

Training data is what Debian ships as hunspell dictionaries (stems plus affix rules), so the
model can be rebuilt on any Debian 12 machine and ships no text of uncertain licence:

    pl  hunspell-pl     be  hunspell-be (academic orthography)     lt  hunspell-lt
    ru  hunspell-ru     uk  hunspell-uk     en  hunspell-en-us     de  hunspell-de-de
    fr  hunspell-fr     es  hunspell-es     it  hunspell-it     nl  hunspell-nl
    cs  hunspell-cs     sk  hunspell-sk     lv  hunspell-lv

The generated file is committed and compiled into the binary, so nothing is read at run time and
none of these is needed to build twindex; to rebuild the model (about four minutes):

    apt-get install hunspell-pl hunspell-be hunspell-lt hunspell-ru hunspell-uk hunspell-en-us \
        hunspell-de-de hunspell-fr hunspell-es hunspell-it hunspell-nl hunspell-cs hunspell-sk \
        hunspell-lv
    python3 src/text/data/make_language_model.py && build/tests/eval/langid_eval

How: for each language a fixed-seed sample of stems is expanded with the dictionary's prefix
and suffix rules into word forms (inflection endings are what tell Belarusian from Russian and
Polish from Lithuanian). A dictionary counts every word form once, while running text repeats a
few short words (i, w, na, ir, і, ў, и, в, the) all the time, so FUNCTION_WORDS below - written
for this model - adds them with weight. Each word is padded with spaces (" word ") and its
character 1- to 4-grams are counted; the cost of a gram for a language is -ln P(gram | language,
gram length), quantised to a byte. Grams that are frequent in at least one language are kept;
each kept gram carries its cost in every language (smoothed where the language never has it).
Each language also gets a prior cost (LANGUAGES below). The output is deterministic for the same
dictionaries.
"""

import argparse
import collections
import math
import os
import random
import re
import sys

# code, hunspell file stem, prior cost. The archive's own languages come first; the others are
# modelled so that a French or Latvian page is not reported as English or Lithuanian. Their prior
# cost (in model cost units, see COST_SCALE; 200 = e^-17) keeps a short, ambiguous text with the
# archive's languages; a sentence of real evidence outweighs it. Tuned with tests/eval/langid_eval:
# lower priors let short Russian and Polish headings go to the neighbours.
LANGUAGES = [
    ("pl", "pl_PL", 0),
    ("be", "be_BY", 0),
    ("lt", "lt_LT", 0),
    ("ru", "ru_RU", 0),
    ("uk", "uk_UA", 60),
    ("en", "en_US", 60),
    ("de", "de_DE", 60),
    ("fr", "fr_FR", 200),
    ("es", "es_ES", 200),
    ("it", "it_IT", 200),
    ("nl", "nl_NL", 200),
    ("cs", "cs_CZ", 200),
    ("sk", "sk_SK", 200),
    ("lv", "lv_LV", 200),
]
# Not modelled on purpose: Bulgarian. Many short Russian sentences are Bulgarian word for word
# ("подписан протокол", "визита"), and a naive Bayes model cannot count the missing ъ against
# Bulgarian; with it, 1 in 20 short Russian headings became Bulgarian. A Bulgarian page is rare
# in this archive, and is now reported as Russian.
STEMS_PER_LANGUAGE = 40000
MAX_FORMS_PER_STEM = 60
MAX_ORDER = 4
# Grams kept per language and order (the union over languages goes into the table: 20 000 grams,
# 1.5 MB of source). Keeping four times as many trigrams and 4-grams (tried with the first seven
# languages) or half as many for the languages outside the archive changed no answer on the
# evaluation snippets.
KEEP = {1: 1000, 2: 800, 3: 1000, 4: 1000}
COST_SCALE = 12.0  # cost units per nat; 255 = e^-21, far below any real gram
FUNCTION_WORD_WEIGHT = 300  # a function word counts as this many dictionary word forms

# The commonest short words of running text, by hand. Space-separated; a word given twice counts
# twice. Only words that a dictionary under-weights: prepositions, conjunctions, pronouns,
# auxiliaries and the domain's everyday words.
FUNCTION_WORDS = {
    "pl": "i i i w w w w z z na na do do się się że nie jest są o od po za przez dla oraz a "
          "to ten ta te tego tej który która które których jak jako przy między roku r lub "
          "także także też może być było były został została zostały będą ich jego jej we ze "
          "miasta miasto gminy współpracy umowy strony",
    "be": "і і і ў ў ў у у у з з на на да да ад па аб не што як які якая якія гэта гэтага "
          "быў была былі будзе ён яна яны яго яе іх таксама паміж пры для за праз пра сваіх "
          "года гадоў горада гарадоў супрацоўніцтва бакі а ці ужо ўжо калі каб",
    "lt": "ir ir ir ir į į su su iš iš iki per prie dėl už nuo tarp bei o kad ne yra buvo "
          "bus jo jos jų kuris kuri kurie kaip taip pat metų m d miesto savivaldybės "
          "bendradarbiavimo šalys šalių sutarties",
    "ru": "и и и в в в в с с на на не не по по о о об от до для из за к что как который "
          "которая которые это этого был была были будет он она они его её их также между "
          "при года лет города городов сотрудничества стороны а или уже если чтобы",
    "uk": "і і і в в у у з з на на не до до від по про за для що як який яка які це цього "
          "був була були буде він вона вони його її їх також між при та та року років міста "
          "міст співпраці сторони або вже якщо щоб",
    "en": "the the the the of of of and and and to to in in a a is are was were be been for "
          "on with by as at from that this which it its or an not shall will has have "
          "city cities town agreement cooperation between",
    "de": "der der die die die und und und in in den den von zu zu das das mit mit sich des "
          "auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach "
          "wird bei der stadt städte zusammenarbeit zwischen",
    "fr": "de de de la la le le et et les les des en un une du que est pour dans à au sur par "
          "avec qui ne pas a été sont ville villes coopération entre jumelage",
    "es": "de de de la la el el y y en en que los las del un una por con para se es al a "
          "fue ha ciudad ciudades cooperación entre hermanamiento",
    "it": "di di di e e il il la la che in in per un una del della con non si è a da al "
          "sono città cooperazione tra gemellaggio",
    "nl": "de de de het het en en van van een een in in is op te dat met voor zijn niet aan "
          "door werd stad steden samenwerking tussen",
    "cs": "a a a v v se se na na je že s z do o k to jako pro by byl byla která který "
          "mezi města město spolupráce smlouva",
    "sk": "a a a v v sa sa na na je že s z do o k to ako pre by bol bola ktorá ktorý "
          "medzi mesta mesto spolupráce zmluva",
    "lv": "un un un ir ir ar ar no no uz par kas ka tā bija pie arī starp pilsētas "
          "pilsēta sadarbības līgums gada",
}

APOSTROPHES = "\u2019\u02bc\u02bb`\u00b4"


def read_affixes(aff_path, encoding):
    """Returns {flag: (kind, cross, [(strip, add, compiled condition)])}."""
    rules = {}
    with open(aff_path, encoding=encoding, errors="replace") as f:
        lines = [line.split("#")[0].split() for line in f]
    i = 0
    while i < len(lines):
        fields = lines[i]
        i += 1
        if len(fields) != 4 or fields[0] not in ("PFX", "SFX") or not fields[3].isdigit():
            continue
        kind, flag, cross, count = fields[0], fields[1], fields[2] == "Y", int(fields[3])
        entries = []
        for fields in lines[i:i + count]:
            if len(fields) < 4 or fields[0] != kind or fields[1] != flag:
                continue
            strip = "" if fields[2] == "0" else fields[2]
            add = fields[3].split("/")[0]
            add = "" if add == "0" else add
            condition = fields[4] if len(fields) > 4 else "."
            try:
                pattern = re.compile(("^" + condition) if kind == "PFX" else (condition + "$"))
            except re.error:
                continue
            entries.append((strip, add, pattern))
        i += count
        rules.setdefault(flag, (kind, cross, []))[2].extend(entries)
    return rules


def split_flags(flags, flag_type):
    if flag_type == "long":
        return [flags[i:i + 2] for i in range(0, len(flags), 2)]
    if flag_type == "num":
        return flags.split(",")
    return list(flags)  # one character each (ASCII, or UTF-8 read as text)


def expand(stem, flags, rules):
    """The word forms of one dictionary entry: the stem, its suffixed and prefixed forms."""
    forms = [stem]
    suffixed = []
    prefix_rules = []
    for flag in flags:
        if flag not in rules:
            continue
        kind, cross, entries = rules[flag]
        if kind == "PFX":
            prefix_rules.append((cross, entries))
            continue
        for strip, add, pattern in entries:
            if pattern.search(stem) and stem.endswith(strip):
                suffixed.append((cross, stem[:len(stem) - len(strip)] + add))
    forms.extend(word for _, word in suffixed)
    for cross, entries in prefix_rules:
        bases = [stem] + ([word for c, word in suffixed if c] if cross else [])
        for base in bases:
            for strip, add, pattern in entries:
                if pattern.search(base) and base.startswith(strip):
                    forms.append(add + base[len(strip):])
    return forms[:MAX_FORMS_PER_STEM]


def normalise(word):
    for a in APOSTROPHES:
        word = word.replace(a, "'")
    return word.lower()


def words_of(hunspell_dir, stem_name, seed):
    aff = os.path.join(hunspell_dir, stem_name + ".aff")
    dic = os.path.join(hunspell_dir, stem_name + ".dic")
    encoding = "utf-8"
    with open(aff, "rb") as f:
        for raw in f:
            if raw.startswith(b"SET "):
                encoding = raw.split()[1].decode().lower().replace("iso8859", "iso-8859")
                break
    rules = read_affixes(aff, encoding)
    flag_type = "char"
    with open(aff, encoding=encoding, errors="replace") as f:
        for line in f:
            if line.startswith("FLAG "):
                flag_type = line.split()[1].lower()
    with open(dic, encoding=encoding, errors="replace") as f:
        entries = [line.strip() for line in f][1:]
    entries = [e for e in entries if e and not e.startswith(("#", "\t", "/"))]
    random.Random(seed).shuffle(entries)
    words = []
    for entry in entries[:STEMS_PER_LANGUAGE]:
        # "stem/flags morphology..." (a stem has no spaces; the morphology is not needed)
        stem, _, flags = entry.split()[0].partition("/")
        for form in expand(stem, split_flags(flags, flag_type), rules):
            words.append(normalise(form))
    return words


def letters_only(word):
    # Hyphens and digits split words at run time as well; apostrophes stay inside words.
    return [w.strip("'") for w in re.split(r"[^\w']|[\d_]", word) if w.strip("'")]


def count_grams(words, weight, counts):
    for word in words:
        for w in letters_only(word):
            padded = " " + w + " "
            for n in range(1, MAX_ORDER + 1):
                for i in range(len(padded) - n + 1):
                    gram = padded[i:i + n]
                    if gram != " ":
                        counts[n][gram] += weight


def collect_counts(hunspell_dir):
    """{code: {order: Counter(gram -> weighted count)}}."""
    counts = {}
    for index, (code, stem_name, _) in enumerate(LANGUAGES):
        if not os.path.exists(os.path.join(hunspell_dir, stem_name + ".dic")):
            sys.exit(f"missing {stem_name}.dic in {hunspell_dir}: install the hunspell package")
        per_order = {n: collections.Counter() for n in range(1, MAX_ORDER + 1)}
        words = words_of(hunspell_dir, stem_name, seed=index)
        count_grams(words, 1, per_order)
        count_grams(normalise(FUNCTION_WORDS[code]).split(), FUNCTION_WORD_WEIGHT, per_order)
        counts[code] = per_order
        print(f"{code}: {len(words)} word forms", file=sys.stderr)
    return counts


def write_model(counts, out_path):
    kept = {n: set() for n in range(1, MAX_ORDER + 1)}
    for code, _, _ in LANGUAGES:
        for n in kept:
            kept[n].update(g for g, _ in counts[code][n].most_common(KEEP[n]))

    # Alphabet: every character of a kept gram; ids from 1 (0 = outside the alphabet).
    alphabet = sorted({c for n in kept for g in kept[n] for c in g})
    if len(alphabet) > 255:
        sys.exit("alphabet too large for 8-bit symbol ids")
    symbol = {c: i + 1 for i, c in enumerate(alphabet)}

    def key(gram):  # 8 bits per symbol, first character in the high byte
        k = 0
        for c in gram:
            k = (k << 8) | symbol[c]
        return k

    rows = []
    for n in kept:
        totals = {code: sum(counts[code][n].values()) for code, _, _ in LANGUAGES}
        for gram in kept[n]:
            costs = []
            for code, _, _ in LANGUAGES:
                # Add-half smoothing: a gram a language never has costs a little more than one
                # seen once.
                p = (counts[code][n][gram] + 0.5) / (totals[code] + 0.5 * len(kept[n]))
                costs.append(min(255, round(-math.log(p) * COST_SCALE)))
            rows.append((key(gram), gram, costs))
    rows.sort()
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("// Generated by src/text/data/make_language_model.py from Debian's hunspell "
                  "dictionaries; do not edit.\n")
        out.write(f"// {len(rows)} grams of 1..{MAX_ORDER} characters, "
                  f"{len(alphabet)} symbols, costs in 1/{COST_SCALE:g} nat.\n")
        out.write(f"constexpr int kModelMaxOrder = {MAX_ORDER};\n")
        out.write("constexpr const char* kModelLanguages[] = {"
                  + ", ".join(f'"{code}"' for code, _, _ in LANGUAGES) + "};\n")
        out.write(f"constexpr int kModelLanguageCount = {len(LANGUAGES)};\n")
        out.write("// Prior cost of each language: the archive's own languages are the likelier.\n")
        out.write("constexpr int kModelPrior[] = {"
                  + ", ".join(str(prior) for _, _, prior in LANGUAGES) + "};\n")
        out.write("// Symbol id i+1 is kModelAlphabet[i]; ' ' marks a word boundary.\n")
        out.write("constexpr char32_t kModelAlphabet[] = {\n")
        for i in range(0, len(alphabet), 16):
            out.write("    " + ", ".join(f"0x{ord(c):04X}" for c in alphabet[i:i + 16]) + ",\n")
        out.write("};\n")
        out.write("// Rows have 16 lanes (unused ones 0) so that adding a row is one vector addition.\n")
        out.write("constexpr int kModelCostLanes = 16;\n")
        out.write("static_assert(kModelLanguageCount <= kModelCostLanes);\n")
        out.write("struct ModelGram {\n  uint32_t key;\n  uint8_t cost[kModelCostLanes];\n};\n")
        out.write("// Sorted by key: the gram's symbol ids, 8 bits each, first in the high byte.\n")
        out.write("constexpr ModelGram kModelGrams[] = {\n")
        for k, gram, costs in rows:
            out.write(f"    {{0x{k:X}, {{{','.join(map(str, costs))}}}}},\n")
        out.write("};\n")
    print(f"{len(rows)} grams, {len(alphabet)} symbols -> {out_path}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hunspell", default="/usr/share/hunspell")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "language_model.inc"))
    args = parser.parse_args()
    write_model(collect_counts(args.hunspell), args.out)


if __name__ == "__main__":
    main()
