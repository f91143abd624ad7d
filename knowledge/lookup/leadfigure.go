package lookup

import "slices"

// The lead's figure (part of stage 4, counts): an AP news story puts its
// main facts in the lead, the first sentence, and what follows adds
// detail and background in descending order of importance (AP
// Stylebook, "inverted pyramid"; the lead answers who, what, when,
// where). A count question that names nothing but the noun counted
// ("how many cases are there", "how many cases now") asks the story's
// own figure, which the lead gives ("has grown to 23 confirmed cases");
// later counts of the same noun are of a part ("Of the 23 cases, 17 …"),
// of another scope ("612 measles cases in 23 states") or of another time
// ("nine cases in all of 2024"), which a question would name.

// When the lead counts no such noun ("A passenger tried to open a
// door"), the body's first count of it stands in its place: the story
// gives the whole before the parts (a flight "carrying 163 passengers"
// before "three passengers restrained him").

// leadFigureWeight is 1.5 for count n in the lead sentence s, or in the
// first sentence that counts the noun when the lead does not, when q is a
// bare count question (leadCountAsked) and n counts its noun as a whole,
// not a part; 0 otherwise.
func (e *Engine) leadFigureWeight(q *query, s *sentence, n quantity, unit int) float64 {
	if unit != 1 || n.part || n.kind != qCount || !e.leadCountAsked(q) {
		return 0
	}
	first := e.firstCounting(q.focus[0])
	if s != e.leadSentence() && (first == nil || s != first || first.para == 1) {
		return 0
	}
	return 1.5
}

// firstCounting is the first sentence of the story's body that counts
// noun stem, or nil; nil too when the lead holds any count, which may be
// the noun's by a verb between ("cases … rose to 19").
func (e *Engine) firstCounting(stem string) *sentence {
	if lead := e.leadSentence(); lead == nil || slices.ContainsFunc(lead.nums, func(n quantity) bool { return n.kind == qCount }) {
		return nil
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || s.part != "" {
			continue
		}
		counts, parted := false, false
		for _, n := range s.nums {
			if n.kind == qCount && n.unit != "" && stemsMeet(n.unit, stem) {
				counts, parted = true, parted || n.part
			}
		}
		if counts && !parted {
			return s
		}
		if counts {
			return nil // "Nine of the 11 shelters …": the first count is a part's, and the whole is told later if at all
		}
	}
	return nil
}

// leadCountAsked reports whether q is a count question whose only content
// term is the noun counted, with no entity and no time named.
func (e *Engine) leadCountAsked(q *query) bool {
	if q.typ != tCount || len(q.subjects) > 0 || len(q.terms) != 1 || len(askedTimes(q)) > 0 {
		return false
	}
	return len(q.focus) == 1 && q.terms[0].matchesStem(q.focus[0])
}
