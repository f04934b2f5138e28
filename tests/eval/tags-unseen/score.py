#!/usr/bin/env python3
"""Scores twindex's city and date tagging on the set tests/eval/tags-unseen/ (or --set DIR; --set
given several times scores the sets' documents together, e.g. the held-out sets tags-unseen-2 and
tags-unseen-3).

Runs `twindex extract --json FILE` on every typed document (docs/) and every scan (scans/),
caching the JSON in a temporary folder (keyed by the binary and the file), and compares per
document the SET of city ids ("cities"[].id) and the set of date values ("dates"[].iso plus
"date") with the gold sets from annotations.tsv. A measurement, not a test: exits 0.

Ranges: the annotators list every day of a dash range ("14–16.IX" = 14, 15, 16) but only the two
ends of a worded one ("od 23 do 28 września"), while extract lists a range's two ends and marks the
first "through" the last (the index files every day between). So the date columns compare ranges
by their ends on both sides (a gold range of three or more days counts as its first and last day);
"daysF" compares every day on both sides as far as each side gives them (extract's ranges expanded,
the gold as written).

Usage: python3 tests/eval/tags-unseen/score.py [--twindex PATH] [--set DIR]... [--only typed|scanned]
           [--jobs N] [--no-list]
"""
import argparse, collections, concurrent.futures, csv, datetime, hashlib, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
LANGS = ('pl', 'be', 'lt', 'ru')
CITY_CLASSES = ('inflected', 'script', 'faraway', 'namesake', 'falsefriend')
DATE_CLASSES = ('yearless', 'range', 'forms', 'docdate')


def load_gold(set_dir):
    """doc (relative path of the typed document) -> dict of gold sets and annotations."""
    gold = collections.OrderedDict()
    with open(os.path.join(set_dir, 'annotations.tsv'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            g = gold.setdefault(r['doc'], {'lang': r['lang'], 'anns': [], 'cities': set(),
                                           'dates': set(), 'days': set(), 'inferred': set(),
                                           'docdate': None})
            g['anns'].append(r)
            vals = r['value'].split(',') if r['value'] else []
            if r['kind'] == 'city':
                g['cities'].add(int(vals[0]))
            elif r['kind'] in ('date', 'docdate'):
                g['days'].update(vals)
                g['dates'].update(vals if len(vals) <= 2 else (vals[0], vals[-1]))
                if r['year_inferred'] == '1':
                    g['inferred'].update(vals)
                if r['kind'] == 'docdate' and g['docdate'] is None:
                    g['docdate'] = vals[0]
    return gold


def seen_city_ids():
    """GeoNames ids the development sets tests/eval/tagging*/ annotate (the tagger's rules were
    settled on them): recall is also shown apart for the towns new to this set."""
    ids = set()
    ev = os.path.join(ROOT, 'tests', 'eval')
    for d in sorted(os.listdir(ev)):
        if not d.startswith('tagging') or not os.path.isdir(os.path.join(ev, d)):
            continue
        for fn in sorted(os.listdir(os.path.join(ev, d))):
            if fn.startswith('annotations') and fn.endswith('.tsv'):
                with open(os.path.join(ev, d, fn), encoding='utf-8', newline='') as f:
                    for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
                        ids.update(int(x) for x in (r.get('cities') or '').split() if x.isdigit())
    return ids


def scan_of(set_dir, doc):
    lang, fn = doc.split('/')[-2:]
    p = os.path.join(set_dir, 'scans', lang, fn[:-4] + '-scan.pdf')
    return os.path.relpath(p, ROOT) if os.path.exists(p) else None


def run_extract(twindex, cache, rel):
    path = os.path.join(ROOT, rel)
    st = os.stat(path)
    key = hashlib.sha1(('%s|%d|%d' % (rel, st.st_size, st.st_mtime_ns)).encode()).hexdigest()
    out = os.path.join(cache, key + '.json')
    if os.path.exists(out):
        with open(out, encoding='utf-8') as f:
            return json.load(f)
    p = subprocess.run([twindex, 'extract', '--json', path], capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write('score.py: twindex extract failed on %s: %s\n' % (rel, p.stderr.strip()[:300]))
        return None
    data = json.loads(p.stdout)
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    os.replace(tmp, out)
    return data


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def name_matches(surface, names):
    """Whether a trap's surface looks like one of a city's names (case-insensitive, allowing an
    inflected ending: a shared prefix at most 3 letters shorter than the shorter word)."""
    s = surface.lower()
    for n in names:
        n = n.lower()
        k = 0
        while k < min(len(s), len(n)) and s[k] == n[k]:
            k += 1
        if k >= max(3, min(len(s), len(n)) - 3):
            return True
    return False


def days_through(first, last):
    """The ISO days after `first` up to `last`, for a range extract marks with "through"."""
    try:
        a, b = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    except ValueError:
        return []
    return [(a + datetime.timedelta(days=n)).isoformat() for n in range(1, (b - a).days + 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--twindex', default=os.path.join(ROOT, 'build', 'twindex'))
    ap.add_argument('--set', action='append',
                    help='a set to score (default: this folder); repeat to pool several')
    ap.add_argument('--only', choices=('typed', 'scanned'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--no-list', action='store_true', help='do not list the disagreements')
    args = ap.parse_args()
    twindex = os.path.abspath(args.twindex)
    if not os.access(twindex, os.X_OK):
        print('score.py: no twindex binary at %s' % twindex)
        return 0
    st = os.stat(twindex)
    cache = os.path.join(tempfile.gettempdir(), 'tags-unseen-cache-' + hashlib.sha1(
        ('%s|%d|%d' % (twindex, st.st_size, st.st_mtime_ns)).encode()).hexdigest()[:12])
    os.makedirs(cache, exist_ok=True)

    gold, set_of = collections.OrderedDict(), {}
    for set_dir in map(os.path.abspath, args.set or [HERE]):
        for doc, g in load_gold(set_dir).items():
            gold[doc], set_of[doc] = g, set_dir
    runs = []  # (variant, file to extract, gold doc)
    for doc in gold:
        if args.only != 'scanned':
            runs.append(('typed', doc, doc))
        s = scan_of(set_of[doc], doc)
        if s and args.only != 'typed':
            runs.append(('scanned', s, doc))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as ex:
        outs = list(ex.map(lambda r: run_extract(twindex, cache, r[1]), runs))

    # tallies[(lang, variant)] = [city tp, fp, fn, date tp, fp, fn, lenient date tp, fp, fn,
    #                              date tp, fp, fn over every day of the ranges]
    tallies = collections.defaultdict(lambda: [0] * 12)
    cls_rec = collections.defaultdict(lambda: [0, 0, 0])  # (variant, kind, class) -> [found, total, found leniently]
    traps = collections.defaultdict(lambda: [0, 0])     # (variant, class) -> [tagged as city, total]
    unattributed = collections.Counter()               # variant -> extra cities matching no trap
    docdate = collections.defaultdict(lambda: [0, 0, 0])  # variant -> [equal, gold docdates, extract gave one]
    listing = []
    seen = seen_city_ids()
    newseen = collections.defaultdict(lambda: [0, 0])  # (variant, new|seen) -> [found, total] (per document)
    for (variant, rel, doc), data in zip(runs, outs):
        g = gold[doc]
        lang = g['lang']
        if data is None:
            data = {'cities': [], 'dates': [], 'date': ''}
        pc = {int(c['id']): c for c in data.get('cities', [])}
        pd = {}
        for d in data.get('dates', []):
            pd.setdefault(d['iso'], d.get('text', ''))
        if data.get('date'):
            pd.setdefault(data['date'], '(document date)')
        days = set(pd)
        for d in data.get('dates', []):
            days.update(days_through(d['iso'], d.get('through', '')))
        gc, gd = g['cities'], g['dates']
        t = tallies[(lang, variant)]
        t[9] += len(g['days'] & days); t[10] += len(days - g['days']); t[11] += len(g['days'] - days)
        t[0] += len(gc & set(pc)); t[1] += len(set(pc) - gc); t[2] += len(gc - set(pc))
        t[3] += len(gd & set(pd)); t[4] += len(set(pd) - gd); t[5] += len(gd - set(pd))
        # Lenient: a year-less --MM-DD from extract counts for a gold date whose year was inferred.
        lp = set(pd)
        for v in g['inferred']:
            if v not in lp and len(v) == 10 and '--' + v[5:] in lp:
                lp.discard('--' + v[5:]); lp.add(v)
        t[6] += len(gd & lp); t[7] += len(lp - gd); t[8] += len(gd - lp)

        for cid in gc:
            k = newseen[(variant, 'seen' if cid in seen else 'new')]
            k[1] += 1; k[0] += cid in pc
        extra_cities = set(pc) - gc
        matched_extra = set()
        for a in g['anns']:
            vals = a['value'].split(',') if a['value'] else []
            if a['kind'] == 'city' and a['class']:
                k = cls_rec[(variant, 'city', a['class'])]
                k[1] += 1; k[0] += int(vals[0]) in pc
            elif a['kind'] in ('date', 'docdate'):
                c = a['class'] or ('docdate' if a['kind'] == 'docdate' else '')
                if c:
                    k = cls_rec[(variant, 'date', c)]
                    ends = vals if len(vals) <= 2 else (vals[0], vals[-1])
                    k[1] += len(ends); k[0] += sum(v in pd for v in ends)
                    k[2] += sum(v in lp for v in ends)
            elif a['kind'] == 'trap':
                k = traps[(variant, a['class'])]
                k[1] += 1
                hit = [cid for cid in extra_cities
                       if name_matches(a['surface'], pc[cid].get('names', {}).values())]
                if hit:
                    k[0] += 1
                    matched_extra.update(hit)
        unattributed[variant] += len(extra_cities - matched_extra)
        dd = docdate[variant]
        if g['docdate']:
            dd[1] += 1; dd[0] += data.get('date') == g['docdate']
        dd[2] += bool(data.get('date'))

        surf = collections.defaultdict(list)
        for a in g['anns']:
            for v in (a['value'].split(',') if a['value'] else []):
                surf[(a['kind'] == 'city', v)].append('%s@%s-%s' % (a['surface'], a['start'], a['end']))
        for cid in sorted(gc - set(pc)):
            listing.append((variant, rel, 'missing', 'city', str(cid), '; '.join(surf[(True, str(cid))])))
        for cid in sorted(extra_cities):
            n = pc[cid].get('names', {})
            listing.append((variant, rel, 'extra', 'city', str(cid), n.get(lang) or n.get('en', '')))
        for v in sorted(gd - set(pd)):
            listing.append((variant, rel, 'missing', 'date', v, '; '.join(surf[(False, v)])))
        for v in sorted(set(pd) - gd):
            listing.append((variant, rel, 'extra', 'date', v, pd[v]))

    variants = [v for v in ('typed', 'scanned') if any(r[0] == v for r in runs)]
    print('twindex: %s' % twindex)
    print('documents: %d typed, %d scanned' % (sum(r[0] == 'typed' for r in runs),
                                              sum(r[0] == 'scanned' for r in runs)))
    print()
    print('City and date tagging (micro-averaged over per-document sets; "date~" lets a year-less')
    print('--MM-DD from extract count for a gold date whose year the annotator took from context;')
    print('ranges are compared by their ends; "daysF" compares every day of them, see the top of score.py)')
    print()
    hdr = '%-4s %-8s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s' % (
        'lang', 'variant', 'docs', 'city P', 'city R', 'city F', 'date P', 'date R', 'date F', 'date~F',
        'daysF')
    print(hdr)
    print('-' * len(hdr))
    for variant in variants:
        tot = [0] * 12
        for lang in LANGS + ('all',):
            if lang == 'all':
                t = tot
                ndocs = sum(1 for r in runs if r[0] == variant)
            else:
                t = tallies[(lang, variant)]
                ndocs = sum(1 for r in runs if r[0] == variant and gold[r[2]]['lang'] == lang)
                tot = [a + b for a, b in zip(tot, t)]
            if not ndocs:
                continue
            c, d, dl, dd_ = prf(*t[0:3]), prf(*t[3:6]), prf(*t[6:9]), prf(*t[9:12])
            print('%-4s %-8s %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f' % (
                lang, variant, ndocs, c[0], c[1], c[2], d[0], d[1], d[2], dl[2], dd_[2]))
    print()
    print('Recall per class (annotations whose value extract found in the document; (~x): leniently, as date~)')
    for variant in variants:
        parts = []
        for kind, classes in (('city', CITY_CLASSES), ('date', DATE_CLASSES)):
            for c in classes:
                k = cls_rec.get((variant, kind, c))
                if k and k[1]:
                    parts.append('%s %s %d/%d=%.2f' % (kind, c, k[0], k[1], k[0] / k[1]))
                    if kind == 'date' and k[2] != k[0]:
                        parts[-1] += ' (~%.2f)' % (k[2] / k[1])
        print('  %-8s %s' % (variant, '; '.join(parts)))
    print()
    print('City recall (per document) on towns new to tests/eval/tagging*/ and on towns those sets annotate')
    for variant in variants:
        parts = []
        for w in ('new', 'seen'):
            k = newseen[(variant, w)]
            parts.append('%s %d/%d=%.2f' % (w, k[0], k[1], k[0] / k[1] if k[1] else 0.0))
        print('  %-8s %s' % (variant, '; '.join(parts)))
    print()
    print('Traps tagged as a (wrong) city: trap surfaces matched by an extra city\'s gazetteer name;')
    print('"other extra" counts the extra cities that match no trap')
    for variant in variants:
        parts = ['%s %d/%d' % (c, k[0], k[1]) for (v, c), k in sorted(traps.items()) if v == variant]
        print('  %-8s %s; other extra cities %d' % (variant, '; '.join(parts), unattributed[variant]))
    print()
    print('--docdate: extract\'s "date" equals the gold document date')
    for variant in variants:
        dd = docdate[variant]
        print('  %-8s %d/%d = %.2f (extract gave a date for %d documents)' % (
            variant, dd[0], dd[1], dd[0] / dd[1] if dd[1] else 0.0, dd[2]))
    if not args.no_list:
        print()
        print('Disagreements (variant, file, missing/extra, kind, value, gold surfaces@start-end or extract\'s text/name)')
        for row in listing:
            print('\t'.join(row))
    return 0


if __name__ == '__main__':
    sys.exit(main())
