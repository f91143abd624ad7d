package lookup

import "strings"

// The figure a noun is (part of stage 4, passage-shaped questions). "What
// is the premium", "what's the average attendance": a copular
// what-question with a definite noun phrase and no verb of its own asks
// what the noun's referent is, and when the article gives it as a
// figure of that noun, in the noun's own phrase ("a 31 percent premium",
// "an average of 21,400": offigure.go), the figure is the answer, before
// the sentence that gives it, from whichever of the best sentences gives
// it. A question that names a time ("what was the attendance in 2021")
// takes the figure that time dates (numbertime.go), and only such a one.

// copularNounCue is "what is the X", "what's their X", with X a noun
// phrase of at most three words.
var copularNounCue = lazyRE(`^\s*(?:what|whats|what's)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:the|their|its|his|her)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*[?!.]*\s*$`)

// figureOfNoun answers "what is the X" with the figure one of the three
// best sentences holding every word of X gives as X's amount
// (ofFigureHead), whichever the passage would cite; none giving one
// leaves the question to the passage.
func (e *Engine) figureOfNoun(q *query) (reply, bool) {
	asked := askedTimes(q)
	raw := strings.ToLower(q.raw)
	if len(asked) > 0 {
		raw = timeRe.ReplaceAllString(raw, "") // "what was the attendance in 2021": the noun, then its time
	}
	m := copularNounCue.FindStringSubmatch(raw)
	if m == nil || len(q.subjects) > 0 || len(q.terms) == 0 || endpointAdjectives[strings.Fields(m[1])[0]] || strandedPreposition(q) {
		return reply{}, false // "the old average": a level before a change (changeendpoint.go); "what was the august recall for": its purpose
	}
	tried := 0
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) || c.coverage < 0.99 {
			continue
		}
		if tried++; tried > 3 {
			break
		}
		s := &e.r.sents[c.s]
		if len(asked) > 0 {
			if n, ok := datedFigure(asked, s); ok {
				return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
			}
			continue // a figure of another time answers no question of this one
		}
		if h := e.ofFigureHead(q, s); h != "" {
			return reply{found: true, head: h, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// datedFigure is the one figure of s of a kind a noun may be that the time
// asked dates (timeFit: "down from 27,900 in 2021" for "in 2021").
func datedFigure(asked []string, s *sentence) (quantity, bool) {
	for _, n := range s.nums {
		if figureKinds[n.kind] && timeFit(asked, s, n) > 0 {
			return n, true
		}
	}
	return quantity{}, false
}

// figureKinds are the kinds of figure a noun may be: a sum, a share or a
// count; not a year, an ordinal or a score.
var figureKinds = map[quantityKind]bool{qMoney: true, qPercent: true, qCount: true}
