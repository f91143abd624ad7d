package lookup

import (
	"strings"
)

// Day ranges within a month (part of stage 4): news writing joins the
// first and last day of a span in one month with a hyphen after the month
// ("scheduled for Sept. 19-21"; AP Stylebook, "hyphen" and "dates"), so
// the span runs to the day after the hyphen, and the first day alone is
// half the answer, as with "through" (daterange.go).

// dayHyphen is a hyphen or en dash and a day of the month after it.
var dayHyphen = lazyRE(`^[-–](?:3[01]|[12][0-9]|[1-9])\b`)

// dayTail is a time phrase that ends in a day of the month, one or two
// digits after a word.
var dayTail = lazyRE(`\s\d{1,2}\.?$`)

// hyphenDays extends time phrase ph of s over the day after a hyphen
// that closes its span ("Sept. 19" of "Sept. 19-21": "Sept. 19-21").
func hyphenDays(s *sentence, ph string) string {
	if !dayTail.MatchString(ph) {
		return ph
	}
	at := strings.Index(s.text, ph)
	if at < 0 {
		return ph
	}
	end := at + len(strings.TrimSuffix(ph, "."))
	m := dayHyphen.FindString(s.text[end:])
	if m == "" {
		return ph
	}
	return s.text[at : end+len(m)]
}
