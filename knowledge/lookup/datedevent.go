package lookup

import "slices"

// A figure of an earlier event (part of stage 4, numbers). News writing
// tells its own event in the lead with the day it happened ("late
// Saturday") and names an earlier one by the year it premodifies ("a
// December 2021 tornado killed 24 people", "the 2019 flood"): a year
// before a noun identifies which event of its kind is meant, as a
// classifying premodifier does (Quirk et al. 1985, §17.104 on nouns as
// premodifiers), and a story that gives its own event no year tells that
// other one as background (AP Stylebook, "lead"; the inverted pyramid).
// So a question that names no time ("how many people died") asks the
// story's own event, and a figure in the clause of a year-named earlier
// event weighs less.

// earlierEventWeight is -1 for figure n of s when q names no time, the
// lead names no year, and a year before n in s premodifies a noun with
// no comma between it and n, or only the comma before a relative clause
// whose antecedent that noun heads ("the 2018 Carr Fire, which destroyed
// more than 1,000 homes"), where a determiner before the year makes a
// capitalised noun after it a dated event's name; 0 otherwise.
func (e *Engine) earlierEventWeight(q *query, s *sentence, n quantity) float64 {
	lead := e.leadSentence()
	if len(askedTimes(q)) > 0 || lead == nil || s == lead || yearIn(lead) {
		return 0
	}
	relative := false
	for k := n.tok - 1; k >= 1; k-- {
		if commaBetween(s, k, k+1) {
			if relative || !relativePronouns[s.toks[k+1].lower] {
				return 0
			}
			relative = true // "the 2018 Carr Fire, which destroyed 1,000 homes": the relative's antecedent
		}
		if yearOf(s.toks[k]) != 0 && k+1 < n.tok {
			next := s.toks[k+1].lower
			named := s.toks[k+1].cap && determiners[s.toks[k-1].lower] // "the 2018 Carr Fire"
			if (named || !s.toks[k+1].cap) && !stopWords[next] && !prepositions[next] && !isNumeric(s.toks[k+1]) {
				return -1 // "a December 2021 tornado killed 24 people"
			}
		}
	}
	return 0
}

// yearIn reports whether s writes a year.
func yearIn(s *sentence) bool {
	return slices.ContainsFunc(s.toks, func(t token) bool { return yearOf(t) != 0 })
}
