package lookup

import (
	"fmt"
)

// Ages in units shorter than a year (part of stage 1, numbers): "how
// old" takes a measure phrase of age in any unit of time (Quirk et al.
// 1985, §7.85: "The baby is three weeks old"), and news writing gives
// an infant's age in days, weeks or months, as a figure before "old" or
// hyphenated before a noun ("The youngest patient is 8 months old", "a
// 3-week-old boy"; AP Stylebook, "ages": always figures, hyphenated as a
// compound modifier). Such a figure is an age, not a count of months,
// and the answer writes its unit: "8 months", not "8", which would read
// as years.

// infantAgeUnits are the units of time shorter than a year (ISO 8601's
// calendar units below the year), singular and plural as written.
var infantAgeUnits = set("day", "days", "week", "weeks", "month", "months")

// infantAgeCompound is the hyphenated compound modifier of such an age
// ("3-week-old", "8-month-old"), its unit as the first group.
var infantAgeCompound = lazyRE(`^\d+-(day|week|month)-old$`)

// markInfantAges makes each count of days, weeks or months followed by
// "old", and each compound "N-week-old", an age in that unit.
func markInfantAges(toks []token, qs []quantity) {
	for i := range qs {
		n := &qs[i]
		if n.kind != qCount {
			continue
		}
		if m := infantAgeCompound.FindStringSubmatch(toks[n.tok].lower); m != nil {
			n.kind, n.ageIn = qAge, pluralUnit(m[1], n.value)
			continue
		}
		if infantAgeUnits[n.noun] && n.end < len(toks) && toks[n.end].lower == "old" && n.end == n.tok+2 {
			n.kind, n.ageIn = qAge, n.noun
		}
	}
}

// pluralUnit writes unit u for value v: singular for one, else plural.
func pluralUnit(u string, v float64) string {
	if v == 1 {
		return u
	}
	return u + "s"
}

// ageOld writes a thing's stated age as an answer: "58 years old.", or in
// its own unit when shorter than a year ("3 weeks old.").
func ageOld(n quantity) string {
	if n.approx != "" {
		return capitalise(n.approx) + "." // "In its early 50s." (decadeage.go)
	}
	if n.ageIn != "" {
		return ageWords(n) + " old."
	}
	return fmt.Sprintf("%s years old.", ageWords(n))
}
