package lookup

import "slices"

// Stage 4, extraction (with dimensionof.go): a length measure that ends
// a verb of vertically directed motion states the height or depth
// reached. "How high did it get" is answered by "the balloon rose to
// 16,000 feet" and "the river crested at 16.1 feet", not by "traveled
// 1,042 miles"; "how deep did they go" by "the sub descended to 2,300
// feet". The verbs are Levin's (1993) §51.1 verbs of inherently directed
// motion whose direction is up (ascend, climb, rise) or down (descend,
// fall, plunge), with "soar" and "dive", and WordNet 3.0's "crest" and
// "peak" (verb: "reach a high point", "reach the highest point"), whose
// goal or location phrase, "to" or "at" the measure, is where the motion
// ends (Quirk et al., §9.16, the goal of "to" and the position of "at"). The
// nouns "crest" and "peak" (WordNet 3.0: "the highest level or degree
// attainable") state a height by an of-phrase, "a record crest of 16.1
// feet", as "a height of" does (dimensionof.go).

// upwardVerbs end at a height; downwardVerbs at a depth.
var (
	upwardVerbs   = set("rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "ascended", "ascends", "ascending", "soared", "soars", "soaring", "crested", "crests", "cresting", "peaked", "peaks", "peaking")
	downwardVerbs = set("descended", "descends", "descending", "dove", "dived", "dives", "diving", "plunged", "plunges", "plunging", "sank", "sunk", "sinks", "sinking")
	heightNouns   = set("crest", "peak")
)

// reachedMeasure reports whether length measure n of s is where such a
// motion ends, in the direction q's "how ADJ" asks ("how high", "how
// tall": up; "how deep": down), or the height a "crest of" or "peak of"
// states.
func reachedMeasure(q *query, s *sentence, n quantity) bool {
	up := q.measure == "high" || q.measure == "tall"
	if !up && q.measure != "deep" || n.kind != qCount || measureOf(n.unit) != "length" {
		return false
	}
	k := beforeApproximators(s, n)
	if k < 1 {
		return false
	}
	prep, before := s.toks[k].lower, s.toks[k-1].lower
	switch {
	case prep == "of":
		return up && heightNouns[before]
	case prep == "to" || prep == "at":
		return up && upwardVerbs[before] || !up && downwardVerbs[before]
	}
	return false
}

// motionEndVerbs are the verbs a chat question uses for such a motion
// with "it" ("how high did it get", "how deep did it go"): the general
// verbs of motion "go" and "get" (Levin 1993, §51.1, "go" among the
// verbs of inherently directed motion; "get", WordNet 3.0: "reach a
// destination") and the directed verbs themselves in the base form.
var motionEndVerbs = set("go", "get", "rise", "climb", "ascend", "soar", "descend", "dive", "sink", "plunge")

// topicReached answers "how high did it get" asked with no antecedent
// for "it" (the story's thing, as topicMeasure reads it): the first
// height (or depth) the first three paragraphs tell the motion reached,
// or give as a position ("sank to rest about 90 feet below the surface":
// positionmeasure.go). A
// measure the lead compounds ("a 140-foot kite") tells the thing's size,
// not where its motion ended, and does not answer.
func (e *Engine) topicReached(q *query, k int) (reply, bool) {
	if k < 1 || k+2 != len(q.toks) || !doSupport[q.toks[k-1].lower] || !motionEndVerbs[q.toks[k+1].lower] {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || s.para > 3 {
			continue
		}
		for _, n := range s.nums {
			if (reachedMeasure(q, s, n) || positionedMeasure(q, s, n)) && !quoted(s, n) {
				return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// positionedMeasure reports whether length measure n of s stands before a
// position word that states the dimension q asks ("a foot below the
// surface" for "how deep": positionAdjectives).
func positionedMeasure(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || measureOf(n.unit) != "length" || n.end >= len(s.toks) || q.measure == "" {
		return false
	}
	return slices.Contains(positionAdjectives[s.toks[n.end].lower], q.measure)
}

// verticalLightVerb reports whether question token i is the "go" or "get"
// that ends "how high did the balloon go" or "how deep did it get": a
// verb of motion with no direction of its own (Levin 1993, §51.1), whose
// end point the dimension adjective asks; it is no word the answer must
// hold (the article writes "rose to", "sank to"), as the copula of "how
// high was it" is none.
func (q *query) verticalLightVerb(i int) bool {
	if q.measure != "high" && q.measure != "tall" && q.measure != "deep" || i != len(q.toks)-1 {
		return false
	}
	l := q.toks[i].lower
	return (l == "go" || l == "get") && slices.ContainsFunc(q.toks[:i], func(t token) bool { return doSupport[t.lower] })
}

// notTermAt reports whether question token i asks no word of the answer
// though it is a content word: a side of a vote (voteSideAt) or the light
// verb of a vertical motion (verticalLightVerb).
func (q *query) notTermAt(i int) bool {
	return voteSideAt(q.toks, i) || q.verticalLightVerb(i)
}
