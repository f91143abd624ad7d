package lookup

// An act told of another subject (part of stage 4, yes/no). "Did Boyle
// win" is not answered yes by "Mendez won 54 percent of the vote to
// Boyle's 46 percent": in an active clause the subject is the noun phrase
// right before the verb (Quirk et al. 1985, §2.3 on the order S V), and
// the name there is Mendez, so the act is hers; Boyle stands after the
// verb, in its complement. A question in the active ("did X V", "has X
// V", "will X V") asks X's act, and a sentence that tells the act only
// with another named subject says nothing of X doing it.

// activeAuxiliaries open a yes/no question whose subject does the act.
var activeAuxiliaries = set("did", "does", "do", "has", "have", "had", "will", "would", "can", "could")

// activeAsked reports whether q is a yes/no question in the active: an
// auxiliary of do, have or a modal first, and no form of "be" after it,
// which would make the verb a passive or a predicate.
func activeAsked(q *query) bool {
	if len(q.toks) < 3 || !activeAuxiliaries[q.toks[0].lower] {
		return false
	}
	for _, t := range q.toks[1:] {
		if copulaForms[t.lower] || t.lower == "been" || t.lower == "be" {
			return false
		}
	}
	return true
}

// otherSubjectAt reports whether token m of s, a verb, has right before
// it (past adverbs) the name of an entity the question does not ask
// about, and the question asks in the active.
func (e *Engine) otherSubjectAt(q *query, s *sentence, m int) bool {
	if m < 1 || !activeAsked(q) || s.toks[m].cap || !e.canBe(s.toks[m].lower, "verb") {
		return false
	}
	k := m - 1
	for k > 0 && isAdverb(s.toks[k].lower) {
		k--
	}
	for _, x := range s.named {
		if !contains(q.subjects, x) && e.nameEndsAt(s, []int{x}, k) {
			return !s.toks[k].poss
		}
	}
	return false
}
