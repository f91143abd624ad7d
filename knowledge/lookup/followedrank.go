package lookup

import "slices"

// Stage 4, which: a ranking told with "followed by" ("Ohio has reported
// the most cases, with 17, followed by Indiana with 12"). "Follow" in
// such a sentence means "be next" (WordNet, follow.v sense 8: "Mary plays
// best, with John and Sue following"): what stands after "followed by"
// ranks below the one the superlative picks out, which has unique
// reference (Quirk et al., §5.72). A which-question that asks for the one
// a superlative picks out ("which state has the most cases") is answered
// by the names before "followed by", not the next-ranked ones after it.

// superlativeQuantifiers are the quantifiers that grade as superlatives
// ("the most cases", "the fewest votes", "the least rain": Quirk et al.,
// §5.25, §7.82); "at most" and "at least" are bounds, not rankings.
var superlativeQuantifiers = set("most", "fewest", "least")

// superlativesAsked are the superlatives q ranks with: "most", "fewest"
// or "least" not after "at", and the bases of its adjectives in -est
// ("largest" → large).
func (e *Engine) superlativesAsked(q *query) []string {
	var out []string
	for i, t := range q.toks {
		if superlativeQuantifiers[t.lower] && (i == 0 || q.toks[i-1].lower != "at") {
			out = append(out, t.lower)
		} else if b := e.superlativeBase(t.lower); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// ranksAsAsked reports whether s holds, before token f, a superlative q
// asks (or one grading a synonym of its adjective): the ranking "followed
// by" continues is the one asked, not its converse ("the fewest").
func (e *Engine) ranksAsAsked(q *query, s *sentence, f int) bool {
	asked := e.superlativesAsked(q)
	for _, t := range s.toks[:f] {
		if superlativeQuantifiers[t.lower] && slices.Contains(asked, t.lower) {
			return true
		}
		if b := e.superlativeBase(t.lower); b != "" && e.gradesAlike(b, asked) {
			return true
		}
	}
	return false
}

// followedByAt is the index of "followed" in "followed by" in s, or -1.
func followedByAt(s *sentence) int {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower == "followed" && s.toks[k+1].lower == "by" {
			return k
		}
	}
	return -1
}

// rankedAhead keeps of xs, the entities s names, those named before
// "followed by" when s ranks them by a superlative q asks and some of xs
// are; xs as it is otherwise.
func (e *Engine) rankedAhead(q *query, s *sentence, xs []int) []int {
	f := followedByAt(s)
	if f < 0 || len(xs) < 2 || !e.ranksAsAsked(q, s, f) {
		return xs
	}
	var ahead []int
	for _, x := range xs {
		if e.lastPosition(s, x, f) >= 0 {
			ahead = append(ahead, x)
		}
	}
	if len(ahead) == 0 {
		return xs
	}
	return ahead
}
