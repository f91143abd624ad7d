package lookup

import (
	"strings"
)

// A month named alone contains every day of it: "In December" and "on
// Dec. 29" do not say which came first, whatever order the article tells
// them in. Two times of one month, only one of them with its day, leave
// the order open.

// dayRe is a day of the month written after a month: "Dec. 29".
var dayRe = lazyRE(`\b\d{1,2}(?:st|nd|rd|th)?\b`)

// monthIn returns the month a time expression names and whether it gives
// the day too; month is 0 when it names none.
func monthIn(when string) (month int, day bool) {
	for _, f := range strings.Fields(strings.ToLower(when)) {
		if m := monthNames[strings.Trim(f, ".,")]; m > 0 {
			month = m
		}
	}
	return month, month > 0 && dayRe.MatchString(when)
}

// sameMonthOpen reports whether two time expressions name one month and
// only one of them its day, so that neither is known to come first.
func sameMonthOpen(a, b string) bool {
	ma, da := monthIn(a)
	mb, db := monthIn(b)
	return ma > 0 && ma == mb && da != db && !yearRe.MatchString(a+" "+b)
}
