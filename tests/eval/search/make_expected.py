#!/usr/bin/env python3
"""Writes queries.tsv from forms.tsv: for every query, the sample files whose text contains one of
the query's forms (a regular expression written by hand for each query). The text of each file is
what `twindex extract` reads from it, so the expectation follows the real extraction.

Usage: tests/eval/search/make_expected.py build/twindex
"""
import json
import pathlib
import re
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
samples = here.parent.parent.parent / "sample-docs"
twindex = sys.argv[1]

texts = {}
for path in sorted(p for p in samples.rglob("*") if p.is_file()):
    out = subprocess.run([twindex, "extract", "--json", str(path)], capture_output=True, text=True)
    if out.returncode == 0:
        texts[str(path.relative_to(samples))] = json.loads(out.stdout)["text"].lower()

rows = ["# category\tquery\texpected files\tacceptable files (relative to sample-docs/), "
        "made by make_expected.py"]
for line in (here / "forms.tsv").read_text(encoding="utf-8").splitlines():
    if not line or line.startswith("#"):
        continue
    category, query, forms, *also = line.split("\t")
    pattern = re.compile(forms)
    expected = [name for name, text in texts.items() if pattern.search(text)]
    if not expected:
        sys.exit(f"no sample file has any form of {query!r}: fix forms.tsv")
    acceptable = []
    if also:
        also_pattern = re.compile(also[0])
        acceptable = [n for n, t in texts.items() if n not in expected and also_pattern.search(t)]
    rows.append(f"{category}\t{query}\t{','.join(expected)}\t{','.join(acceptable)}")
(here / "queries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
print(f"{len(rows) - 1} queries over {len(texts)} files")
