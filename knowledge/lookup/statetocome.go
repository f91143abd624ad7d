package lookup

import "strings"

// A present state told as still to come (part of stage 4, yes/no): "is
// the school still open", "are the westbound lanes open yet" ask with a
// present-tense "be" and a predicative adjective whether a state holds
// now (Quirk et al. 1985, §4.4–4.6 on the state present; §8.137 on
// "still" and "yet", which presuppose a state continuing or one expected
// to begin). A sentence that gives the adjective's word only as a verb
// under a future modal or a verb of intention or schedule ("the lanes are
// expected to reopen in April", "the department would open a job center
// in the school") tells a change to come, not a state that holds (§4.42–
// 4.48 on future time), so it cannot answer Yes. The answer is then the
// opposite state the article states of the subject ("the school, which
// closed in 2021": the adjective's WordNet antonym, antonym.go), or else
// "not yet", as for an act still to come (notyet.go). The same holds of
// the state words of operationstate.go ("is the road open", "has it
// reopened"): a state word the article gives its subject only as to come
// answers the same state "not yet", and says nothing of the other.

// stateAsked returns the predicative adjective a present-state question
// ends on ("is the school still open": open), past the adverbs that
// may follow a state (stateAdverbs, operationstate.go: "still", "yet",
// "already", "now", "again"); false when the question does not open with a present
// "be", speaks of the future, or ends on no adjective term.
func (e *Engine) stateAsked(q *query) (term, bool) {
	if len(q.toks) < 3 || !presentBe[q.toks[0].lower] || asksFuture(q) {
		return term{}, false
	}
	for i := len(q.toks) - 1; i > 1; i-- {
		w := q.toks[i].lower
		if stateAdverbs[w] {
			continue
		}
		t, ok := q.termOf(w)
		if !ok || !e.canBe(w, "adj") || strings.HasSuffix(w, "ing") && e.canBe(w, "verb") {
			return term{}, false // "is the mill closing": the progressive of an act, which may be arranged (Quirk et al. 1985, §4.29), not a state
		}
		return t, true
	}
	return term{}, false
}

// stateStillToCome is the reply to a question asking state asked of a
// thing whose sentence s gives it the state found only as still to come:
// "not yet" when found is the state asked (the same side, and on the
// "not in operation" side the same end), else nothing.
func stateStillToCome(asked, found opState, s *sentence) (reply, bool) {
	if asked.on != found.on || !asked.on && asked.family != found.family {
		return reply{}, false
	}
	return reply{found: true, head: notYetHead, used: []*sentence{s}}, true
}
