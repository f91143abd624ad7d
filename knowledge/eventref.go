package knowledge

import (
	"strconv"
	"strings"
	"time"
)

// notionalReference picks a stand-in publication date when none is known,
// used only to order events; no date derived from it is ever shown. It is
// the day, among those of one year, that puts the dates the story gives
// without a year nearest to it, each on the side its clause speaks of
// (resolveTime), while
//   - the story's day is one of the weekdays it names (storyDay): a news
//     story's first weekday is the day of its news ("grew to 14,620 acres
//     by Tuesday morning"), the other weekdays falling in the week around
//     it, unless a past weekday it names comes later in that week;
//   - a month and day lies more than six days away, as AP style names the
//     weekday for dates within seven days of publication and the month and
//     day beyond them (AP Stylebook, "days of the week", "dates");
//   - a month the story names unmarked lies before "last month" when the
//     story uses both, as "last month" would name it otherwise.
func notionalReference(times []timeExpr) time.Time {
	year := 2001
	for _, t := range times {
		if m := yearRe.FindString(t.when); m != "" {
			y, _ := strconv.Atoi(m)
			year = max(year, y+1) // relative times come after any year the text names
		}
	}
	day := storyDay(times)
	rel, months := yearless(times)
	best, bestCost := utcDate(year, 6, 15), 1<<30
	for ref := utcDate(year, 1, 1); ref.Year() == year; ref = ref.AddDate(0, 0, 1) {
		if day != "" && ref.Weekday().String() != day || len(months) > 0 && !months[int(ref.Month())] {
			continue
		}
		if len(rel) == 0 {
			return ref // nothing to place: any day of the story's weekday will do
		}
		if c := referenceCost(rel, ref); c < bestCost {
			best, bestCost = ref, c
		}
	}
	return best
}

// yearless returns the time expressions notionalReference weighs (dates
// and months without a year, and "last month"), and the months a
// reference day may fall in: each named month and its neighbours, as the
// best day lies near the dates it places.
func yearless(times []timeExpr) ([]timeExpr, map[int]bool) {
	var rel []timeExpr
	months := map[int]bool{}
	for _, t := range times {
		w := strings.ToLower(t.when)
		switch {
		case strings.HasSuffix(w, "last month") || strings.HasSuffix(w, "past month"):
			rel = append(rel, t)
		case (t.kind == tDay || t.kind == tMonth) && !yearRe.MatchString(w) && !strings.HasSuffix(w, " year"):
			rel = append(rel, t)
			for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
				if m := monthNames[f]; m > 0 {
					months[m], months[m%12+1], months[(m+10)%12+1] = true, true, true
				}
			}
		}
	}
	return rel, months
}

// referenceCost is how far from ref the story's yearless dates fall, in
// days (the farthest counts), with a penalty for each that breaks a rule
// of notionalReference.
func referenceCost(times []timeExpr, ref time.Time) int {
	const penalty = 1000
	lastMonth := false
	for _, t := range times {
		w := strings.ToLower(t.when)
		if strings.HasSuffix(w, "last month") || strings.HasSuffix(w, "past month") {
			lastMonth = true
		}
	}
	cost := 0
	for _, t := range times {
		w := strings.ToLower(t.when)
		if t.kind != tDay && t.kind != tMonth || yearRe.MatchString(w) || strings.HasSuffix(w, " year") {
			continue
		}
		sp := resolveTime(t, ref, false)
		dist := 0
		switch {
		case sp.from.After(ref):
			dist = int(sp.from.Sub(ref).Hours() / 24)
		case sp.to.Before(ref):
			dist = int(ref.Sub(sp.to).Hours() / 24)
		}
		if t.kind == tDay && dist < 7 {
			dist += penalty
		}
		if lastMonth && !t.future && !(sp.to.Before(ref) && monthsApart(sp.from, ref) >= 2) {
			dist += penalty
		}
		if t.future && !sp.from.After(ref) {
			dist += penalty // a time the clause looks ahead to lies wholly after
		}
		cost = max(cost, dist)
	}
	return cost
}

// monthsApart is how many calendar months a is before b.
func monthsApart(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}
