#!/usr/bin/env python3
"""Builds a held-out tagging set (tests/eval/tags-unseen/, or --set DIR) from its annotated sources.

Reads src/<lang>/*.txt (inline markup, see README.md), writes
  docs/<lang>/<name>.txt      the plain documents (markup stripped, UTF-8)
  annotations.tsv             one row per annotation (offsets in Unicode characters of the plain text)
  scans/<lang>/<name>-scan.pdf image-only "scanned" PDFs of the documents listed in scans.tsv
The scans are made with the repository's mkpdf and the "scanner" function of
tests/tools/make-scan-samples.sh (sourced, not copied). Deterministic.

Usage: python3 tests/eval/tags-unseen/make.py [--set DIR] [--no-scans] [--mkpdf PATH|BUILD_DIR]
"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
LANGS = ('pl', 'be', 'lt', 'ru')
KINDS = ('news', 'agreement', 'report', 'minutes', 'letter', 'programme')
CLASSES = ('yearless', 'range', 'forms', 'docdate', 'falsefriend', 'namesake', 'faraway',
           'inflected', 'script')
MARK = re.compile(r'\[\[([cdDx]):([^|\]]*)\|([^\]]*)\]\]')
ISO = re.compile(r'^(\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})\*?$')

SET = HERE  # the set being built: --set DIR (another held-out set laid out the same way)


def load_scans():
    """scans.tsv of the set: documents that also get a scanned twin, as `lang/name`, with the font,
    its size and the ImageMagick scanner settings "seed skew blur impulse gauss black% white%
    gamma paper-black% paper-white%" (as in make-scan-samples.sh's SCAN table)."""
    path = os.path.join(SET, 'scans.tsv')
    if not os.path.exists(path):
        return {}
    with open(path, encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f][1:]
    return {r[0]: (r[1], float(r[2]), r[3]) for r in rows if r and r[0]}
SCAN_DPI = 200      # the scanner resolution (sample-docs use 300; 200 keeps each PDF small)
SCAN_QUALITY = 55   # JPEG quality of the grey page images


def die(msg):
    sys.exit('make.py: ' + msg)


def parse(path):
    """Returns (plain text, annotations) of one source file."""
    raw = open(path, encoding='utf-8').read()
    out, anns, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        if '[[' in chunk or ']]' in chunk:
            die('%s: stray markup near %r' % (path, chunk[-40:]))
        out.append(chunk)
        plain_len += len(chunk)
        tag, spec, surface = m.groups()
        if not surface or surface != surface.strip():
            die('%s: bad surface %r' % (path, surface))
        start, end = plain_len, plain_len + len(surface)
        out.append(surface)
        plain_len = end
        parts = spec.split(':')
        cls = ''
        if tag == 'c':
            if len(parts) > 2 or not parts[0].isdigit():
                die('%s: bad city %r' % (path, spec))
            kind, values, cls = 'city', [parts[0]], (parts[1] if len(parts) > 1 else '')
        elif tag in 'dD':
            if len(parts) > 2 or (tag == 'D' and len(parts) != 1):
                die('%s: bad date %r' % (path, spec))
            kind = 'date' if tag == 'd' else 'docdate'
            values = parts[0].split(',')
            cls = parts[1] if len(parts) > 1 else ('docdate' if tag == 'D' else '')
            for v in values:
                if not ISO.match(v):
                    die('%s: bad date value %r' % (path, v))
        else:
            if len(parts) != 1 or not parts[0]:
                die('%s: bad trap %r' % (path, spec))
            kind, values, cls = 'trap', [], parts[0]
        if cls and cls not in CLASSES:
            die('%s: unknown class %r' % (path, cls))
        inferred = int(any(v.endswith('*') for v in values))
        values = [v.rstrip('*') for v in values]
        anns.append((kind, ','.join(values), inferred, cls, start, end, surface))
        pos = m.end()
    tail = raw[pos:]
    if '[[' in tail or ']]' in tail:
        die('%s: stray markup near the end' % path)
    out.append(tail)
    return ''.join(out), anns


def build_docs():
    rows, docs = [], []
    for lang in LANGS:
        sdir = os.path.join(SET, "src", lang)
        if not os.path.isdir(sdir):
            continue
        ddir = os.path.join(SET, 'docs', lang)
        if os.path.isdir(ddir):
            shutil.rmtree(ddir)
        os.makedirs(ddir)
        for fn in sorted(os.listdir(sdir)):
            if not fn.endswith('.txt'):
                continue
            m = re.match(r'^\d\d-(%s)-[^/]+\.txt$' % '|'.join(KINDS), fn)
            if not m:
                die('bad source name ' + fn)
            plain, anns = parse(os.path.join(sdir, fn))
            words = len(plain.split())
            if not 120 <= words <= 450:
                print('warning: %s/%s has %d words' % (lang, fn, words), file=sys.stderr)
            with open(os.path.join(ddir, fn), 'w', encoding='utf-8', newline='\n') as f:
                f.write(plain)
            rel = os.path.relpath(os.path.join(ddir, fn), ROOT)
            docs.append((lang, fn[:-4], plain))
            for kind, values, inferred, cls, start, end, surface in anns:
                assert plain[start:end] == surface
                rows.append((rel, lang, kind, values, str(inferred), cls, str(start), str(end), surface))
    with open(os.path.join(SET, 'annotations.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('doc\tlang\tkind\tvalue\tyear_inferred\tclass\tstart\tend\tsurface\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    return docs, rows


SCAN_SH = r'''
set -euo pipefail
source "$ROOT/tests/tools/make-scan-samples.sh"   # defines scan(), SCAN, GREY, find_mkpdf; runs nothing
mkpdf=$(find_mkpdf)
SCAN[page]="$SETTINGS"
"$mkpdf" "$WORK/doc.pdf" --created "$CREATED" --font "$FONT" --font-size "$SIZE" <"$WORK/doc.txt"
n=$(pdfinfo "$WORK/doc.pdf" | sed -n 's/^Pages: *//p')
jpgs=()
for ((p = 1; p <= n; p++)); do
  pdftoppm -r "$DPI" -gray -png -f "$p" -l "$p" -singlefile "$WORK/doc.pdf" "$WORK/clean-$p"
  scan "$WORK/clean-$p.png" "$WORK/scan-$p.png" page 0
  convert "$WORK/scan-$p.png" -colorspace Gray -depth 8 -strip -density "$DPI" -units PixelsPerInch \
    -quality "$QUALITY" "$WORK/scan-$p.jpg"
  jpgs+=("$WORK/scan-$p.jpg")
done
img2pdf --engine internal --creationdate "${CREATED}T09:00:00" --moddate "${CREATED}T09:00:00" \
  --producer "" -o "$OUT" "${jpgs[@]}"
'''


def build_scans(docs, rows, mkpdf):
    docdate = {}
    for r in rows:
        if r[2] == 'docdate':
            docdate.setdefault(r[0], r[3])
    for lang in LANGS:
        d = os.path.join(SET, 'scans', lang)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    bydoc = {lang + '/' + name: plain for lang, name, plain in docs}
    scans = load_scans()
    for key in sorted(scans):
        if key not in bydoc:
            die('scan of a missing document ' + key)
        font, size, settings = scans[key]
        lang, name = key.split('/')
        rel = os.path.relpath(os.path.join(SET, 'docs', lang, name + '.txt'), ROOT)
        created = docdate.get(rel, '2020-01-01')
        if len(created) == 7:
            created += '-01'
        out = os.path.join(SET, 'scans', lang, name + '-scan.pdf')
        with tempfile.TemporaryDirectory() as work:
            with open(os.path.join(work, 'doc.txt'), 'w', encoding='utf-8') as f:
                f.write(bydoc[key])
            env = dict(os.environ, ROOT=ROOT, WORK=work, OUT=out, CREATED=created, FONT=font,
                       SIZE=str(size), SETTINGS=settings, DPI=str(SCAN_DPI), QUALITY=str(SCAN_QUALITY),
                       LC_ALL='C.UTF-8', TZ='UTC')
            if mkpdf:
                env['MKPDF'] = mkpdf
            subprocess.run(['bash', '-c', SCAN_SH], env=env, check=True)
        print('%8d  %s' % (os.path.getsize(out), os.path.relpath(out, ROOT)))


def main():
    global SET
    args = sys.argv[1:]
    scans, mkpdf = True, None
    while args:
        a = args.pop(0)
        if a == '--no-scans':
            scans = False
        elif a == '--mkpdf' and args:
            mkpdf = os.path.abspath(args.pop(0))
        elif a == '--set' and args:
            SET = os.path.abspath(args.pop(0))
        else:
            die('usage: make.py [--set DIR] [--no-scans] [--mkpdf PATH|BUILD_DIR]')
    docs, rows = build_docs()
    print('%d documents, %d annotations' % (len(docs), len(rows)))
    if scans:
        build_scans(docs, rows, mkpdf)


if __name__ == '__main__':
    main()
