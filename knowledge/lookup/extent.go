package lookup

import (
	"slices"
	"strings"
)

// The extent of an adverb of position: "how far down was the team" asks
// the measure phrase that premodifies (or follows) "down" in the article,
// "rallied from 15 points down", as a measure expression modifies an
// adverb of place or direction ("two miles away", "ten points behind",
// "down 300 feet"; Quirk et al., ch. 7 on adverbs premodified by measure
// phrases, and ch. 9 on the measure after "by"). The unit is the
// article's (points, seconds, strokes), not necessarily one of length:
// "far" with such an adverb asks a distance in whatever the contest or
// the motion is measured in, and no other number answers it.

// extentCue is "how far" or "how much" before an adverb of position or
// direction (English's spatial particles and the adverbs "behind",
// "ahead", "apart", Quirk et al. §9.6ff), which it asks the extent of.
var extentCue = lazyRE(`\bhow (?:far|much) (down|up|back|behind|ahead|away|off|apart)\b`)

// extentAdverb is the adverb whose extent q asks, or "".
func extentAdverb(q *query) string {
	if m := extentCue.FindStringSubmatch(strings.ToLower(q.raw)); m != nil {
		return m[1]
	}
	return ""
}

// extentOf answers the extent of adverb adv with the measure phrase next
// to it in the best sentence about the question's words; with none, the
// article does not say.
func (e *Engine) extentOf(q *query, adv string) (reply, bool) {
	has := func(s *sentence) bool {
		for _, n := range s.nums {
			if measures(s, n, adv) {
				return true
			}
		}
		return false
	}
	for _, c := range e.rank(q, has) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, n := range s.nums {
			if measures(s, n, adv) {
				head := capitalise(hedged(s, n))
				if n.end < len(s.toks) && s.toks[n.end].lower == adv {
					head += " " + adv // "15 points down"
				}
				return reply{found: true, head: head + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// measures reports whether n is a measure phrase with a unit standing
// right before adverb adv ("15 points down") or right after it ("down
// 300 feet"). A measure phrase is indefinite: "called the two sides back"
// has a definite object before the particle of "call back", no measure.
func measures(s *sentence, n quantity, adv string) bool {
	if n.kind != qCount || n.unit == "" || definite(s, n) {
		return false
	}
	after := n.end < len(s.toks) && s.toks[n.end].lower == adv
	return after || tokenBefore(s, n.tok) == adv || adv == "away" && distanceStated(s, n)
}

// distanceStated reports whether measure n of length premodifies a
// position word of distance ("60 miles southwest of town"), which says
// how far away a thing is as "60 miles away" would (positionAdjectives),
// or a compass point after "to" ("170 miles to the north"; bearingto.go),
// or "from" ("a mile from its base"; distanceadverb.go).
func distanceStated(s *sentence, n quantity) bool {
	return measureOf(n.unit) == "length" && n.end < len(s.toks) && (slices.Contains(positionAdjectives[s.toks[n.end].lower], "far") || bearingAfterTo(s, n.end) || distanceFrom(s, n))
}

// differenceCue is a question ending in a stranded "by" ("how much did
// she beat the record by"): "by" introduces the measure of a difference
// (Quirk et al., ch. 9, "by" of degree: "won by 38 seconds"), and the
// wh-question strands it (§11.14), so what is asked is that measure. A
// formal question fronts the preposition with its wh-phrase instead ("by
// how much did she beat it"; §11.14, the preposition before the
// wh-element), which asks the same measure.
var differenceCue = lazyRE(`^(?:how (?:much|many|far|long)\b.*\bby\W*|by how (?:much|many|far|long)\b.*)$`)

// differenceWords follow the measure of a difference in news writing as
// "by" precedes it: "took 74 seconds off the mark", "finished 12 seconds
// behind", "three strokes ahead", "two votes short" (adverbs of position
// premodified by a measure phrase, as extentCue's).
var differenceWords = set("off", "behind", "ahead", "short", "clear")

// asksDifference reports whether q ends in a stranded "by".
func asksDifference(q *query) bool {
	return differenceCue.MatchString(strings.TrimSpace(strings.ToLower(q.raw)))
}

// differenceOf answers a stranded-"by" question with the measure of a
// difference in the best sentence that holds the question's words: a
// number after "by" or before one of differenceWords. Without one the
// article does not say: another number ("earned $100,000 for the win")
// is no margin.
func (e *Engine) differenceOf(q *query) (reply, bool) {
	has := func(s *sentence) bool {
		return slices.ContainsFunc(s.nums, func(n quantity) bool { return e.difference(s, n) })
	}
	cands := e.rank(q, has)
	var verbs []term
	if v, ok := e.doneAsked(q); ok {
		verbs = []term{v}
	}
	// first the measure the verb asked takes ("won by 38 seconds"), then
	// any: a "by" phrase is an adjunct of the verb of its clause (Quirk et
	// al., §8.58), so "broke the record by more than a minute, winning in
	// 2:06:41" gives the record's margin, not the win's
	for pass := range 2 {
		for _, c := range cands {
			if !e.holds(q, c) {
				continue
			}
			s := &e.r.sents[c.s]
			for _, n := range s.nums {
				if e.difference(s, n) && (pass == 1 && !e.otherVerbsMargin(s, n, verbs) || len(verbs) > 0 && verbBefore(s, marginStart(s, n), verbs)) {
					return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}

// otherVerbsMargin reports whether difference n's "by" follows another
// verb than the one asked, right before it ("Gonzaga trailed by nine
// points" for "how much did Gonzaga win by"): the by-phrase is that
// verb's adjunct (Quirk et al. 1985, §8.58), the margin of its act.
func (e *Engine) otherVerbsMargin(s *sentence, n quantity, verbs []term) bool {
	k := marginStart(s, n)
	if len(verbs) == 0 || k < 1 || tokenBefore(s, n.tok) != "by" && s.toks[k].lower != "by" {
		return false
	}
	v := s.toks[k-1]
	return !v.cap && e.pastForm(v.lower) && !slices.ContainsFunc(verbs, func(t term) bool { return t.matches(v) })
}

// marginStart is the first token of difference n's measure phrase: its
// approximators and the "by" before them ("by more than a minute").
func marginStart(s *sentence, n quantity) int {
	k := n.tok
	for k > 0 && approximators[s.toks[k-1].lower] {
		k--
	}
	if tokenBefore(s, k) == "by" {
		k--
	}
	return k
}

// difference reports whether n measures a difference: a share, or a
// count with a unit or a sum of money after "by" (past approximators) or
// before one of differenceWords. A count of people after "by" is the
// agent of a passive ("survived by two sons"; Quirk et al., §3.63), not
// the measure of a difference.
func (e *Engine) difference(s *sentence, n quantity) bool {
	if e.bareChangeBy(s, n) {
		return true // "rose by 85 to 410" (barechangeby.go)
	}
	if n.kind != qCount && n.kind != qMoney && n.kind != qPercent || n.kind == qCount && (n.unit == "" || e.countsPeople(n)) {
		return false // "survived by two sons": the agent of a passive, no measure
	}
	k := n.tok
	for k > 0 && approximators[s.toks[k-1].lower] {
		k--
	}
	if n.kind == qPercent {
		// a share is the size of a change ("fares rose 25%") unless "of"
		// names the whole it is a share of ("45% of the cost"; shareWeight)
		// or it is a level the change ran from or to ("from 40% to 5%")
		level := tokenBefore(s, k) == "from" || tokenBefore(s, k) == "to"
		return !level && (n.end >= len(s.toks) || s.toks[n.end].lower != "of")
	}
	return tokenBefore(s, k) == "by" || n.end < len(s.toks) && differenceWords[s.toks[n.end].lower]
}

// definite reports whether a determiner or a possessive stands before
// number n ("the two sides", "its 14 stations"), making its noun phrase
// definite (Quirk et al., §5.26).
func definite(s *sentence, n quantity) bool {
	if n.tok == 0 {
		return false
	}
	p := s.toks[n.tok-1]
	return p.lower == "the" || p.lower == "these" || p.lower == "those" || possessiveDeterminers[p.lower] || p.poss
}
