package lookup

import "strings"

// trailingtelling.go: the time of a trailing attribution dates the
// telling, not the reported act. News writing puts the attribution after
// the statement ("A woman was strangled in her apartment, police said
// Friday."; AP Stylebook, "said": the attribution follows the statement,
// and a time beside "said" is when it was said), so "Friday" tells when
// the police spoke; the strangling is undated. The reporting clause and
// the reported clause each have a time of their own (Quirk et al. 1985,
// §14.31 on the reporting clause; §15.53 on the comment clause a trailing
// attribution is).

// maxAttributionWords bounds the reporting clause's subject between the
// comma and the verb: "police", "Lt. Rob Hanes", "the county's chief
// medical examiner".
const maxAttributionWords = 6

// datesTrailingTelling reports whether time span sp of s stands right
// after the verb of saying of a trailing attribution (", police said
// Friday") and every word matched lies before that attribution, in the
// reported statement.
func datesTrailingTelling(s *sentence, sp []int, matched []int) bool {
	v := tellingVerbBefore(s, sp, 2)
	if v < 1 || len(matched) == 0 {
		return false
	}
	comma := strings.LastIndexAny(s.text[:s.toks[v].start], ",”\"")
	if comma < 0 || len(tokenize(s.text[comma+1:s.toks[v].start])) > maxAttributionWords {
		return false
	}
	for _, m := range matched {
		if s.toks[m].start > comma {
			return false // the question asks of the telling itself ("when did police say")
		}
	}
	return true
}
