package lookup

import (
	"slices"
	"strings"
)

// Connective order (part of stage 4, for ordering two events): one
// sentence may tell both events and order them itself by a temporal
// connective, the preposition or subordinator "after" or "before" ("Hours
// after the storm, … Halvorsen began vomiting"; "scratched Wednesday
// morning, about six hours after his sled broke"; "voted Tuesday night,
// after dozens of residents protested"). What the connective introduces
// happened before the main clause's event when it is "after", and later
// when it is "before" (Quirk et al. 1985, §9.46 on the prepositions of
// time "after"/"before", §15.25 on the finite temporal clauses they
// introduce). News order is not event order (the AP Stylebook's inverted
// pyramid), so the connective, not the place in the story, orders them.

// orderConnectives are the temporal prepositions and subordinators whose
// complement is an event before ("after") or after ("before") the one of
// the clause they attach to (Quirk et al. §9.46, §15.25).
var orderConnectives = map[string]bool{"after": true, "before": false}

// connectiveSplit says, for sentence s and the words two alternatives
// match in it, which alternative stands inside the complement of a
// temporal connective while the other tells the clause the connective
// attaches to, and whether that complement happened first: in,
// earlier-in, the connective's token and the token after its complement,
// true. The complement runs from the connective to the next comma,
// semicolon or dash, or the sentence's end.
func (e *Engine) connectiveSplit(s *sentence, matched [2][]int) (int, bool, []int, bool) {
	for _, c := range connectiveComplements(s) {
		k, end := c[0], c[1]
		first := orderConnectives[s.toks[k].lower]
		var inside [2]int
		for i, m := range matched {
			for _, x := range m {
				if x > k && x < end {
					inside[i]++
				}
			}
		}
		switch {
		case inside[0] > 0 && inside[1] == 0 && e.attachedClause(s, k, end, matched[1]):
			return 0, first, []int{k, end}, true
		case inside[1] > 0 && inside[0] == 0 && e.attachedClause(s, k, end, matched[0]):
			return 1, first, []int{k, end}, true
		}
	}
	return 0, false, nil, false
}

// attachedClause reports whether the words an alternative matches tell
// the clause a connective from k to end attaches to: its word nearest the
// connective, on either side, has no other finite past verb between it
// and the connective phrase, but for an aspectual catenative ("began vomiting":
// aspectualVerbs, futuretime.go). In "a mural that an owner painted over last
// week will be restored, the commission voted Tuesday night, after
// residents protested", the "after" clause attaches to "voted", not to
// "painted over" of the relative clause before it (Quirk et al. §8.15 on
// the adverbial's place in its own clause).
func (e *Engine) attachedClause(s *sentence, k, end int, matched []int) bool {
	before, after := -1, -1
	for _, x := range matched {
		if x < k {
			before = max(before, x)
		} else if x >= end && (after < 0 || x < after) {
			after = x
		}
	}
	from, to := before+1, k
	if before < 0 {
		if after < 0 {
			return false
		}
		from, to = end, after
	}
	for j := from; j < to; j++ {
		w := s.toks[j].lower
		if !aspectualVerbs[e.baseVerb(w)] && !slices.Contains(matched, j) && e.finitePast(w) {
			return false
		}
	}
	return true
}

// connectiveComplements are the temporal connectives of s outside
// quotation, each as its token and the token after its complement: up to
// the next comma, semicolon or dash, or the sentence's end.
func connectiveComplements(s *sentence) [][]int {
	var out [][]int
	for k, t := range s.toks {
		if _, ok := orderConnectives[t.lower]; !ok || s.quoted != nil && s.quoted[k] {
			continue
		}
		end := k + 1
		for end < len(s.toks) && !strings.ContainsAny(s.text[s.toks[end-1].end:s.toks[end].start], ",;—") {
			end++
		}
		out = append(out, []int{k, end})
	}
	return out
}

// insideComplement reports whether the event an alternative's matched
// words tell stands in the complement of a temporal connective of s
// while time span sp stands outside it: all its words are inside, or its
// verb is and none outside is one ("Two cavers … were pulled out Sunday
// morning, about 40 hours after they entered the passage": "cavers" is
// the antecedent of "they", the event asked is "entered"). The time then
// dates the clause the connective attaches to, not the complement's
// event, which happened before or after it (Quirk et al. §8.58, §15.25).
func (e *Engine) insideComplement(s *sentence, sp []int, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	for _, c := range connectiveComplements(s) {
		if sp[0] <= s.toks[c[0]].start && s.toks[c[0]].end <= sp[1] {
			continue // the time holds the connective: the complement's own ("shortly before 11 a.m."), or a measured span that dates it ("comes three years after …", afterNow)
		}
		if s.toks[c[0]].end <= sp[0] && (c[1] >= len(s.toks) || sp[1] <= s.toks[c[1]].start) {
			continue // the time stands in the complement: it dates the complement's own event ("before it reached the village Sunday")
		}
		var in, out, verbIn, verbOut bool
		for _, m := range matched {
			inside := m > c[0] && m < c[1]
			verb := e.finitePast(s.toks[m].lower)
			in, out = in || inside, out || !inside
			verbIn, verbOut = verbIn || inside && verb, verbOut || !inside && verb
		}
		if in && !out || verbIn && !verbOut {
			return true
		}
	}
	return false
}

// eventTimesOf is eventTimes less the times that date another clause
// than the one whose complement tells the event (insideComplement).
func (e *Engine) eventTimesOf(s *sentence, matched []int) [][]int {
	return keepSpans(eventTimes(s, matched), func(sp []int) bool { return !e.insideComplement(s, sp, matched) })
}

// connectiveOrder finds the sentence that holds both alternatives with a
// temporal connective between them, and returns the index of the one
// that happened first and the sentence; false when no sentence does.
func (e *Engine) connectiveOrder(opts []option) (int, *sentence, bool) {
	win, s, _, ok := e.connectiveAt(opts)
	return win, s, ok
}

// connectiveAt is connectiveOrder with the connective's token and the
// end of its complement.
func (e *Engine) connectiveAt(opts []option) (int, *sentence, []int, bool) {
	if len(opts) != 2 {
		return 0, nil, nil, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		var matched [2][]int
		holdsBoth := true
		for j, o := range opts {
			c := e.score(o.q, i, e.totalWeight(o.q))
			if len(c.matched) == 0 || !e.holds(o.q, c) {
				holdsBoth = false
				break
			}
			matched[j] = c.matched
		}
		if !holdsBoth {
			continue
		}
		if in, earlier, at, ok := e.connectiveSplit(s, matched); ok {
			if earlier {
				return in, s, at, true
			}
			return 1 - in, s, at, true
		}
	}
	return 0, nil, nil, false
}

// withoutAspectual drops from an event's query the aspectual catenative
// that stands before the verb of the event itself ("she start throwing
// up", "the crew began pumping"): the catenative marks the event's
// beginning or continuing (Quirk et al. §16.49, aspectualVerbs), which
// the article may tell by another (began/started) or by the event's verb
// alone, and it is no event of its own. A catenative that is the last
// word asked ("the rain starting") is the event, and stays.
func (e *Engine) withoutAspectual(q *query) {
	for i := 0; i+1 < len(q.terms); i++ {
		l := q.terms[i].lower
		if aspectualVerbs[l] || aspectualVerbs[e.baseVerb(l)] {
			q.terms = slices.Delete(q.terms, i, i+1)
			return
		}
	}
}
