package lookup

import "strings"

// Stage 3, candidates: a question that dates its act to "last year" or
// some years "ago" ("who won the prize last year") asks of a time before
// the story's own week. AP style dates an event within seven days of
// publication by its day of the week (AP Stylebook, "days of the week"
// and "time element": "Monday", not the date, for the week before or
// after), so a sentence that dates its act by a weekday ("won the prize
// on Saturday night") tells of this week's event, not of last year's,
// as a sentence dated to another year does not answer "in 1977"
// (askedyear.go). The headline tells the lead's news in the present
// tense (AP Stylebook, "headlines": present tense for past events), so
// it is dated as the lead is.

// asksPastYear reports whether q dates its act to "last year" or to a
// number of years "ago".
func asksPastYear(q *query) bool {
	for i := 1; i < len(q.toks); i++ {
		prev, w := q.toks[i-1].lower, q.toks[i].lower
		if w == "year" && prev == "last" || w == "ago" && (prev == "year" || prev == "years") {
			return true
		}
	}
	return false
}

// pastYearExcludes reports whether s tells of the story's own week, not
// of the past year asked: it is dated by a weekday, or it is the
// headline and the lead is.
func (e *Engine) pastYearExcludes(s *sentence) bool {
	if s.part == "title" {
		if l := e.leadSentence(); l != nil {
			return weekdayDated(s) || weekdayDated(l)
		}
	}
	return weekdayDated(s) || otherYearDated(s)
}

// otherYearDated reports whether s dates its act to the story's own year
// or a later one by a deictic phrase ("this year", "next year": a
// determiner and a noun of time, Quirk et al. 1985, §8.55), and names no
// year, no "last year" and nothing "ago" that could place it in the past
// year asked: "hopes to sign up 250 volunteers next year" tells nothing
// of last year's count.
func otherYearDated(s *sentence) bool {
	dated := false
	for i, t := range s.toks {
		if yearOf(t) != 0 || t.lower == "ago" {
			return false
		}
		if t.lower != "year" || i == 0 {
			continue
		}
		switch s.toks[i-1].lower {
		case "last", "previous", "past":
			return false
		case "this", "next", "coming":
			dated = true
		}
	}
	return dated
}

// weekdayDated reports whether s dates its act by a day of the week and
// by no year: a weekday written out, capitalised, that dates no verb of
// saying ("officials said Tuesday" dates the report, not the act), in a
// sentence that names no year and no "last year" ("of the year" after a
// superlative names no time: superlativeDomain).
func weekdayDated(s *sentence) bool {
	dated := false
	for i, t := range s.toks {
		if yearOf(t) != 0 || t.lower == "year" && !superlativeDomain(s.toks, i) || t.lower == "ago" {
			return false
		}
		if !isWeekday(t) {
			continue
		}
		k := i - 1
		if k >= 0 && s.toks[k].lower == "on" {
			k--
		}
		if k < 0 || !speechVerbs[s.toks[k].lower] {
			dated = true
		}
	}
	return dated
}

// isWeekday reports whether t is a day of the week written out and
// capitalised ("Saturday", "Saturday's").
func isWeekday(t token) bool {
	if !t.cap || len(t.lower) < 6 {
		return false
	}
	d, ok := weekdayNames[t.lower[:3]]
	return ok && strings.ToLower(d) == t.lower
}

// superlativeDomain reports whether "year" at i closes "of the year",
// the of-phrase that names the set a superlative ranks within ("one of
// the busiest travel weeks of the year"; Quirk et al., §7.83, the
// superlative with an of-phrase of the set compared): it dates nothing.
func superlativeDomain(toks []token, i int) bool {
	return i >= 2 && toks[i-1].lower == "the" && toks[i-2].lower == "of"
}
