package lookup

import "strings"

// unitRanks orders the units of one dimension from larger to smaller, by
// their stems: a measure written in two units, the larger first, is one
// measure ("a 2-hour, 51-minute match", "6 feet 9 inches"), as AP style
// writes a time of hours and minutes and a height of feet and inches
// (AP Stylebook, "dimensions", "times").
var unitRanks = map[string]int{
	"year": 7, "month": 6, "week": 5, "day": 4, "hour": 3, "minut": 2, "second": 1,
	"mile": 4, "yard": 3, "foot": 2, "inch": 1,
	"ton": 3, "pound": 2, "ounc": 1,
}

// joinCompoundMeasures makes each measure in a larger unit followed by
// one in a smaller unit of the same dimension ("2 hours and 51 minutes",
// "6 feet 9 inches") one quantity: its text runs
// over both, and its unit is the larger's. Only a comma or "and" may
// stand between them.
func joinCompoundMeasures(s string, toks []token, qs []quantity) []quantity {
	out := qs[:0:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		for i+1 < len(qs) && smallerPart(s, toks, q, qs[i+1]) {
			q.end = qs[i+1].end
			q.text = strings.TrimRight(s[toks[q.tok].start:toks[q.end-1].end], ",;:")
			i++
		}
		out = append(out, q)
	}
	return out
}

// smallerPart reports whether b is the smaller part of a measure a begins.
func smallerPart(s string, toks []token, a, b quantity) bool {
	ra, rb := unitRanks[a.unit], unitRanks[b.unit]
	if a.kind != qCount || b.kind != qCount || ra == 0 || rb == 0 || rb >= ra || measureOf(a.unit) != measureOf(b.unit) {
		return false
	}
	if b.tok < a.end || b.tok > a.end+1 || a.end == 0 {
		return false
	}
	if strings.Contains(a.text, "-") && strings.Contains(b.text, "-") {
		return false // two compound adjectives ("2-hour, 51-minute match"): coordinatedMeasure reads them
	}
	if b.tok == a.end+1 && toks[a.end].lower != "and" {
		return false
	}
	gap := strings.TrimSpace(s[toks[a.end-1].end:toks[b.tok].start])
	return gap == "" || gap == "," || gap == "and" || gap == ", and"
}
