package lookup

import "slices"

// A noun as classifier (part of stage 4, yes/no). A noun premodifying
// another noun classifies it and refers to nothing of its own (Quirk et
// al. 1985, §17.104–17.108 on nouns as premodifiers): "the tadpole stage"
// is a stage, "gun charges" are charges, "the fire department" a
// department. So a yes/no question asking only whether a thing is had or
// there ("does it have tadpoles", "was there a fire") is not confirmed
// by a sentence that writes the thing's noun only so: that sentence
// speaks of the head, and the reply says what it says, with no verdict.

// existentialWords ask whether a thing is had or there: the verb of
// possession and the existential "there" (Quirk et al. 1985, §18.44 on
// existential sentences).
var existentialWords = set("have", "has", "had", "there")

// onlyClassifies reports whether q asks whether a thing is had or there
// (existentialWords), and every content word of q (all nouns, or
// words a determiner makes nouns; no lexical verb besides the light verbs
// and "be") is matched in s only
// as the premodifier of a noun q does not hold.
func (e *Engine) onlyClassifies(q *query, s *sentence) bool {
	if len(q.terms) == 0 || e.noLex || !slices.ContainsFunc(q.toks, func(t token) bool { return existentialWords[t.lower] }) {
		return false // "is he in prison": "a prison sentence" may well say so
	}
	for _, t := range q.terms {
		if lightVerbs[t.lower] || !e.canBe(t.lower, "noun") || e.canBe(t.lower, "verb") && !determinedInQuestion(q, t) {
			return false
		}
		found := false
		for k, tok := range s.toks {
			if !t.matches(tok) {
				continue
			}
			if !e.premodifiesUnasked(q, s, k) {
				return false // the noun itself, as a head, somewhere in s
			}
			found = true
		}
		if !found {
			return false
		}
	}
	return true
}

// premodifiesUnasked reports whether token k of s premodifies the noun right
// after it, a noun no term of q matches: "tadpole stage".
func (e *Engine) premodifiesUnasked(q *query, s *sentence, k int) bool {
	if k+1 >= len(s.toks) || !spaced(s, k, k+1) || s.toks[k].poss {
		return false
	}
	n := s.toks[k+1]
	if n.cap || stopWords[n.lower] || !e.isNoun(n) {
		return false
	}
	for _, t := range q.terms {
		if t.matches(n) {
			return false
		}
	}
	return true
}

// determinedInQuestion reports whether q writes term t right after a
// determiner ("was there a fire"): a noun there, whatever else it may be.
func determinedInQuestion(q *query, t term) bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == t.lower && (determiners[q.toks[i-1].lower] || q.toks[i-1].lower == "any") {
			return true
		}
	}
	return false
}
