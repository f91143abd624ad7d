package lookup

import (
	"slices"
	"strings"
)

// Figures of a time (part of stage 3, ranking numbers): news writing gives
// a figure with the time it holds for right after it ("31,402 runners
// finished, up 12% from 28,037 last year"; "212 babies last year, down
// from 340 in 2015"), a time adverbial following what it dates (Quirk et
// al., §8.13 on the end position of time adjuncts). A question that names
// a time asks for the figure of that time.

// figureTime is the time expression that dates the number n of s: one that
// starts within a few words after it, lower case and without its
// preposition, or else one in the genitive right before it ("last year's
// 109": the genitive of time as determiner, Quirk et al. 1985, §5.115),
// or "".
func figureTime(s *sentence, n quantity) string {
	if n.end > len(s.toks) || n.end == 0 {
		return ""
	}
	after := s.toks[n.end-1].end
	for _, sp := range s.times {
		if sp[0] >= after && sp[0]-after <= 4 {
			return bareTime(s.text[sp[0]:sp[1]])
		}
	}
	if k := beforeApproximators(s, n); k >= 0 {
		if t := genitiveTime(s, k); t != "" {
			return t
		}
	}
	return frontedTime(s, n)
}

// frontedTime is the time adverbial that opens the clause of n, bare, or
// "": a time adjunct in initial position dates its whole clause (Quirk
// et al. 1985, §8.13), so in "In March, Stellar recalled 240,000 Rangers
// …, and in August it recalled 85,000" the first figure is March's and
// the second August's. The time must open the sentence or a conjunct
// (after "and", "but", a semicolon or a dash), and no clause boundary may
// stand between it and n. A figure set beside another with "up from" or
// "down from" is an earlier one and takes no time from the front.
func frontedTime(s *sentence, n quantity) string {
	if n.tok >= len(s.toks) || comparedFrom(s, n) {
		return ""
	}
	at := s.toks[n.tok].start
	for i := len(s.times) - 1; i >= 0; i-- {
		sp := s.times[i]
		if sp[1] > at {
			continue
		}
		if !opensConjunct(s.text[:sp[0]]) || clauseBoundary(s.text[sp[1]:at]) {
			return ""
		}
		return bareTime(s.text[sp[0]:sp[1]])
	}
	return ""
}

// opensConjunct reports whether text ending right before a phrase leaves
// that phrase at the start of a sentence or of a conjunct.
func opensConjunct(before string) bool {
	b := strings.ToLower(strings.TrimSpace(before))
	if b == "" || strings.HasSuffix(b, ";") || strings.HasSuffix(b, "—") {
		return true
	}
	return strings.HasSuffix(b, " and") || strings.HasSuffix(b, " but") || strings.HasSuffix(b, ", and") || strings.HasSuffix(b, ", but")
}

// clauseBoundary reports whether text spans the end of one clause and the
// start of another: a semicolon or a comma with "and" or "but".
func clauseBoundary(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, ";") || strings.Contains(t, ", and ") || strings.Contains(t, ", but ")
}

// genitiveTime is the time token k of s ends in the genitive ("last
// year's"), bare, or "": a time in the genitive dates what follows it and
// owns nothing (Quirk et al. 1985, §5.115).
func genitiveTime(s *sentence, k int) string {
	t := s.toks[k]
	if !t.poss {
		return ""
	}
	for _, sp := range s.times {
		if sp[0] < t.end && sp[1] > t.start && sp[1] <= t.end {
			return bareTime(strings.TrimSuffix(strings.TrimSuffix(s.text[sp[0]:t.end], "'s"), "’s"))
		}
	}
	return ""
}

// bareTime is a time expression lower case, without its preposition
// ("in 2015": 2015). A span measured back ends in "earlier" however it
// is told: "a year ago" is the question's "a year earlier", as a report
// compares a figure with the one a span before (the deictic "ago" and
// the anaphoric "earlier" and "before" of time-position, Quirk et al.
// 1985, §8.55).
func bareTime(t string) string {
	f := strings.Fields(strings.ToLower(strings.TrimRight(t, ".,")))
	if len(f) > 1 {
		switch f[0] {
		case "on", "by", "until", "since", "in", "at", "before", "after", "from":
			f = f[1:]
		}
	}
	if n := len(f); n >= 3 && (f[n-1] == "ago" || f[n-1] == "before") && spanUnits[strings.TrimSuffix(f[n-2], "s")] {
		f[n-1] = "earlier"
	}
	return strings.Join(f, " ")
}

// askedTimes are the time expressions a question names, bare.
func askedTimes(q *query) []string {
	if q.asked != nil && q.askedOf == q.raw {
		return *q.asked // read once per question: every number of every candidate weighs it
	}
	var out []string
	for _, t := range timeRe.FindAllString(q.raw, -1) {
		out = append(out, bareTime(t))
	}
	q.asked, q.askedOf = &out, q.raw
	return out
}

// timeFit weighs a number by the time that dates it against the times the
// question names: 2 when they are one, -1 when the number holds for
// another time, 0 when either names none.
func timeFit(asked []string, s *sentence, n quantity) float64 {
	if len(asked) == 0 {
		return 0
	}
	t := figureTime(s, n)
	switch {
	case t == "":
		return 0
	case slices.Contains(asked, t):
		return 2
	}
	return -1
}

// spanUnits are the units a span of time is measured back in.
var spanUnits = set("day", "week", "month", "quarter", "year", "decade")
