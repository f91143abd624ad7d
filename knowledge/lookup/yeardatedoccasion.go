package lookup

import (
	"slices"
	"strings"
)

// Stage 3, candidates: an act a story dates by a year, in a story whose
// lead dates its own news by a day of the week. AP style names the day
// of the week for an event within seven days of publication (AP
// Stylebook, "days of the week" and "time element") and gives the month
// and the year only to a date beyond that range ("months", "years"), so
// a sentence that tells its act in the simple past with "in 2019" or "in
// July 2022" after it ("suffered a smaller outage in July 2022 that
// canceled about 300 flights") tells another occasion than the lead's
// "on Friday", the paragraph of background a news story closes with (AP
// Stylebook, on background in news stories; Quirk et al., §4.11 and
// §4.17, the simple past of a definite time before now). Such a sentence
// answers a question that names no year only when no other does, as
// earlierOccasion's do.

// yearDatedOccasion reports whether s tells a matched act in the simple
// past, dated by a year after "in" or "since" (with a month between, or
// none), while the story's lead, dated by a weekday, tells the same act.
func (e *Engine) yearDatedOccasion(q *query, s *sentence, matched []int) bool {
	if asksEarlierTime(q) || !yearAfterIn(s) {
		return false
	}
	l := e.leadSentence()
	return l != nil && l != s && weekdayDated(l) && simplePastInLead(s, matched, l)
}

// simplePastInLead reports whether a matched word of s is a verb in the
// simple past in -ed, with no auxiliary before it (as pastDatedAct reads
// it), whose verb the lead also tells: the lead's telling is the story's
// own occasion of that act. An act the lead does not tell ("regulators
// fined the operator $7,500" under a lead about a leak) has no other
// occasion in the story to yield to.
func simplePastInLead(s *sentence, matched []int, lead *sentence) bool {
	for _, m := range matched {
		t := s.toks[m]
		if m == 0 || !strings.HasSuffix(t.lower, "ed") || auxiliaries[s.toks[m-1].lower] || t.cap {
			continue
		}
		if slices.ContainsFunc(lead.toks, func(l token) bool { return stemsMeet(l.stem, t.stem) }) {
			return true
		}
	}
	return false
}

// yearAfterIn reports whether s holds "in" or "since" followed by a
// year, or by a month and a year ("in 2019", "in July 2022", "the worst
// since February 2019, when a storm canceled 500 flights").
func yearAfterIn(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if w := s.toks[k-1].lower; w != "in" && w != "since" {
			continue
		}
		j := k
		if _, ok := monthNames[s.toks[j].lower]; ok && s.toks[j].cap && j+1 < len(s.toks) {
			j++
		}
		if yearOf(s.toks[j]) > 0 {
			return true
		}
	}
	return false
}
