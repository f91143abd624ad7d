package lookup

import "slices"

// "How long" is two words of English: the adjective of length, which
// stands as the complement of a copula ("how long is the bridge", "how
// long will the new span be"), and the adverb of duration, which modifies
// a lexical verb ("how long did it take", "how long will the road stay
// closed"; WordNet 3.0, adverb "long": for an extended time). A question
// that puts do-support or a modal after "how long" and no copula last
// (Quirk et al., §3.37–3.40, the do-construction and the modals, which
// take a bare lexical verb) asks the adverb, so a span of time answers it
// and "30 feet of water" does not. The exceptions are the verbs whose
// complement can itself be the adjective: the copulas of becoming ("how
// long did the line get"; Quirk et al., §16.21) and the verbs of
// extent and measure ("how long does the trail run"; Levin 1993, §47.8
// and §54.1).

// lengthVerbs are the lexical verbs after which "how long" may still ask
// a length: the resulting copulas (Quirk et al., §16.21) and the verbs
// of extent and measuring (Levin 1993, §47.8, §54.1).
var lengthVerbs = set("get", "gets", "got", "grow", "grows", "grew", "become", "becomes", "became",
	"run", "runs", "ran", "stretch", "stretches", "stretched", "extend", "extends", "extended",
	"span", "spans", "spanned", "reach", "reaches", "reached", "measure", "measures", "measured")

// adverbLong reports whether q's "how long" is the adverb of duration:
// a form of "do" or a modal right after it, and neither a copula nor a
// verb of length or extent last, where the fronted adjective's verb
// stands ("how long did the line get"; a verb of motion further on,
// "how long did it take to get there", is no copula).
func (q *query) adverbLong() bool {
	for i := 1; i+2 < len(q.toks); i++ {
		if q.toks[i].lower != "long" || q.toks[i-1].lower != "how" {
			continue
		}
		op := q.toks[i+1].lower
		if timeSubordinators[op] {
			return true // "how long until the doors open": a clause of time follows, so time is asked
		}
		if !doForms[op] && !modalAux[op] || modalBe(q.toks, i+1) {
			return false // "how long is the bridge", "how long will the bridge be"
		}
		last := q.toks[len(q.toks)-1].lower
		return !lengthVerbs[last] && !copulas[last] // "how long does the trail run", but "how long did it take to get there"
	}
	return false
}

// timeSubordinators are the subordinators of time that can open a clause
// or phrase right after "how long" (Quirk et al., §15.25: "after",
// "before", "till", "until"; "til" is the informal spelling of "till",
// Merriam-Webster, "till"). "How long until the doors open" measures the
// time up to an event: the adverb of duration, never a length, however
// the clause goes on.
var timeSubordinators = set("after", "before", "until", "till", "til")

// asksUntil reports whether q's "how long" is followed by "until",
// "till" or "til": it asks the time that runs up to an event, which a
// span placed by a relator answers ("released its payload 9 minutes
// later"), as "how long after" does (Quirk et al., §8.55–8.57).
func (q *query) asksUntil() bool {
	for i := 1; i+1 < len(q.toks); i++ {
		if q.toks[i].lower == "long" && q.toks[i-1].lower == "how" {
			op := q.toks[i+1].lower
			return op == "until" || op == "till" || op == "til"
		}
	}
	return false
}

// startToEndSpan reports whether span n, placed by "later", measures
// what q's "how long did it take" asks (durationTakeAt): the sentence
// tells the start in one conjunct and the end in the next ("left Thunder
// Bay at dawn Tuesday and finished the crossing about 57 hours later"),
// "later" relating the second act to the first (Quirk et al.,
// §8.55–8.57; §13.23 on the sequence of coordinated clauses).
func (q *query) startToEndSpan(s *sentence, n quantity) bool {
	if n.end >= len(s.toks) || s.toks[n.end].lower != "later" {
		return false
	}
	asked := false
	for i := range q.toks {
		asked = asked || durationTakeAt(q, i)
	}
	return asked && slices.ContainsFunc(s.toks[:n.tok], func(t token) bool { return t.lower == "and" })
}
