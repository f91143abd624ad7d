package knowledge

import "strings"

// givenNameMonths are the month names that are also common women's given
// names in the United States (April, May, June and August all rank in the
// Social Security Administration's list of popular given names).
var givenNameMonths = toSet("april", "may", "june", "august")

// monthTimeLead are the words before which a month name reads as a time:
// the prepositions of time (Quirk et al. 1985, §9.33–9.45: "in May",
// "since March", "by May", "until June") and the premodifiers of a time
// noun ("last May", "early June", "mid-April"; the AP Stylebook's
// "months" entry).
var monthTimeLead = toSet("in", "on", "at", "by", "since", "until", "till", "through", "throughout",
	"before", "after", "from", "to", "of", "during", "for", "into", "between", "and", "or",
	"last", "next", "this", "that", "each", "every", "early", "late", "mid", "past", "coming")

// monthGivenName reports whether the capitalised run p.toks[i:j] is a
// person's full name opening with a month that is also a given name
// ("said grower June Okafor"). A month naming a time is followed by a day
// number, a year or a lower-case word, never by a capitalised surname, and
// a lower-case word before it that is no preposition of time or time
// premodifier (monthTimeLead) leaves it no time reading: "grower June
// Okafor" is a woman, "in June Okafor" stays a time.
func monthGivenName(p *para, i, j int) bool {
	if j-i < 2 || i == 0 || !givenNameMonths[tokKey(p.toks[i].s)] {
		return false
	}
	next := tokKey(p.toks[i+1].s)
	if monthNames[next] > 0 || weekdays[next] || stopwords[next] || leadWords[next] || isTitleToken(p.toks[i+1].s) {
		return false
	}
	if conjoinedGivenMonth(p, i) {
		return true // "Harold and June Whitacre" (coordinatedmonthname.go)
	}
	prev := p.toks[i-1]
	if prev.sent != p.toks[i].sent || !spaceOnly(p.gap(i)) || isCapitalised(prev.s) || bare(prev.s) != prev.s {
		return false
	}
	k := strings.ToLower(prev.s)
	return !monthTimeLead[k] && !strings.HasPrefix(k, "mid")
}
