package lookup

import "strings"

// A numeral after a month's name is the day of a date only when it is
// written as one. Dates in news copy write the day straight after the
// month, with no comma between them ("Oct. 4", "Nov. 18, 2030"; AP
// Stylebook, "dates" and "months"): a comma after the month ends the
// fronted time adverbial a sentence opens with ("In October, 94% of
// members voted…", "In March, 300 workers walked out"; Quirk et al.
// 1985, §8.19 on initial adjuncts set off by a comma), and the numeral
// after it begins the clause's subject. A day of the month is also a
// whole number from 1 to 31, never a percentage.

// monthDay reports whether the numeral at token i, of value v, is the
// day of the month named just before it.
func monthDay(s string, toks []token, i int, v float64) bool {
	if i == 0 || monthNames[strings.TrimSuffix(toks[i-1].lower, ".")] == 0 {
		return false
	}
	if punctuatedBetween(s, toks, i) || v < 1 || v > 31 || v != float64(int(v)) {
		return false // "In October, 94% of members": the adverbial's comma, then the subject
	}
	return i+1 >= len(toks) || toks[i+1].text != "%" && toks[i+1].lower != "percent"
}
