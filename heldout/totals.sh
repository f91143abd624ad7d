#!/bin/bash
# totals.sh BIN: the held-out sets' totals only (answers and quotation
# speakers per set, then the sums of sets 15-25 and of the lead's own
# clean sets), so nobody reads a held-out question or failure line.
# own8 and own17 are left out of the "own" sum: own17's failures were read
# (see README), and own8 predates the table's convention.
BIN=${1:?usage: totals.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
for d in "$here"/set* "$here"/own*; do
	t=$("$BIN" eval "$d" 2>/dev/null | grep '^total:')
	echo "$(basename "$d") $t"
done | sed -E 's/total: ([0-9]+) passed, ([0-9]+) failed; quotes: ([0-9]+)\/([0-9]+).*/\1 \2 \3 \4/' |
	awk '{printf "%s %d/%d quotes %d/%d\n", $1, $2, $2+$3, $4, $5
	      if ($1 ~ /^set/) s += $2; else if ($1 != "own8" && $1 != "own17") o += $2}
	     END {print "sets 15-25:", s, "  own (without own8, own17):", o}'
