package lookup

import "strings"

// The last one as big (part of stage 4, when-questions): news writing
// ranks an event by a superlative over a span that starts at a past time
// ("the largest raid in the state since 2006", "the first strike since
// 1998"). The superlative puts the event above every other of its kind
// from that time on (Quirk et al. 1985, §7.82 on the superlative's
// comparison set; §9.36, "since" as the start of a span), so the last
// one to match it was at that time: "when was the last raid this big"
// is answered by 2006. "First" ranks in time, not degree: "the first
// strike since 1998" also answers "when was the last strike".

// lastAsBig answers a when-question that asks the last occasion of
// equal degree ("the last raid this big", "last time it was this bad")
// or, for "first", the last occasion at all, from the best sentence that
// holds most of the question and ranks its event by a superlative with
// "since" a time after it.
func (e *Engine) lastAsBig(q *query) (reply, bool) {
	degree, last := asksDegree(q.toks), e.asksLast(q)
	if !degree && !last {
		return reply{}, false
	}
	hasSince := func(s *sentence) bool { return strings.Contains(strings.ToLower(s.text), "since") }
	for _, c := range e.rank(q, hasSince) {
		if c.coverage < 0.75 || len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		s := &e.r.sents[c.s]
		for k, t := range s.toks {
			if !(t.lower == "first" || degree && (e.superlativeBase(t.lower) != "" || t.lower == "most")) {
				continue
			}
			if ph, ok := sinceAfter(s, k); ok {
				return reply{found: true, head: capitalise(strings.TrimSuffix(ph, ".")) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// asksDegree reports whether a question asks the last thing of a degree:
// "last", then "this", "that", "as" or "so" before a gradable word
// ("the last raid this big", "the last time it was this bad").
func asksDegree(toks []token) bool {
	last := false
	for i, t := range toks {
		switch {
		case t.lower == "last":
			last = true
		case last && degreeWords[t.lower] && i+1 < len(toks) && !stopWords[toks[i+1].lower]:
			return true
		}
	}
	return false
}

// degreeWords modify a gradable adjective or adverb to say how much
// ("this big", "as bad"; Quirk et al., §7.87 on "so", "as", "this",
// "that" as intensifiers of degree).
var degreeWords = set("this", "that", "as", "so")
