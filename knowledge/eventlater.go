package knowledge

import (
	"regexp"
	"strings"
	"time"
)

// A time counted from another ("ten years later", "two days earlier") is
// anaphoric: it counts from the time the text last named ("later" and
// "earlier" need a point of reference given in the context: Quirk et al.,
// ch. 8, adjuncts of time position), as a story moves on from one dated
// event to the next.

// laterRe matches a count of units before "later" or "earlier".
var laterRe = regexp.MustCompile(`(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|several|a few) (?:days?|weeks?|months?|years?) (?:later|earlier)\b`)

// countedFrom resolves a time counted from prev. Its date is given only to
// the precision prev is known to: a count of years keeps a year, a count of
// days needs prev's day.
func countedFrom(prev event, when string) span {
	f := strings.Fields(strings.ToLower(when))
	n := agoCount(f[0])
	if f[0] == "a" && len(f) > 3 {
		n = agoCount(f[1]) // "a few", "a hundred"
	}
	if f[len(f)-1] == "earlier" {
		n = -n
	}
	unit := f[len(f)-2]
	var shift func(time.Time) time.Time
	precision := 0 // the length of the date prev must have: "2006", "2006-01", "2006-01-02"
	switch {
	case strings.HasPrefix(unit, "year"):
		shift, precision = func(t time.Time) time.Time { return t.AddDate(n, 0, 0) }, 4
	case strings.HasPrefix(unit, "month"):
		shift, precision = func(t time.Time) time.Time { return t.AddDate(0, n, 0) }, 7
	case strings.HasPrefix(unit, "week"):
		shift, precision = func(t time.Time) time.Time { return t.AddDate(0, 0, 7*n) }, 10
	default:
		shift, precision = func(t time.Time) time.Time { return t.AddDate(0, 0, n) }, 10
	}
	sp := span{from: shift(prev.from), to: shift(prev.to)}
	if d := prev.Date; len(d) >= precision {
		layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
		sp.date = sp.from.Format(layout)
	}
	return sp
}
