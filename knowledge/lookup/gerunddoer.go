package lookup

import "strings"

// The doer of a by-gerund (part of stage 4, who-questions): in "the CIA
// concluded Russia was meddling in the U.S. election to benefit Trump by
// hacking into the Democratic National Committee's servers", who hacked
// is Russia. A subjectless -ing clause of means takes as its subject the
// subject of the clause it belongs to (Quirk et al., §15.59, the
// attachment rule), not the name nearest before it, which is an object
// ("to benefit Trump"). A country or a body so named is the doer as a
// person is: news writing makes a state the agent of its government's
// acts.

// byGerundSubject is the entity that is the subject of the clause a "by"
// at token by belongs to: the one whose name ends right before the
// nearest finite verb group before it, an auxiliary or a form of "be"
// ("Russia was meddling"), or a past-tense verb; -1 when none is found
// within the clause.
func (e *Engine) byGerundSubject(s *sentence, by int) int {
	start := clauseStart(s, by)
	for j := by - 1; j > start; j-- {
		w := s.toks[j].lower
		if !auxiliaries[w] && !beForms[w] && !(endsIn(w, "ed") && e.canBe(w, "verb")) {
			continue
		}
		k := j - 1
		for k >= start && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
			k--
		}
		if k < start {
			return -1
		}
		return e.entityEndingAt(s, k)
	}
	return -1
}

// byGerundDoer is the doer of the question's act when s tells it as a
// by-gerund ("by hacking"), or -1.
func (e *Engine) byGerundDoer(q *query, s *sentence) int {
	act, k := e.askedActAt(q, s)
	if act < 1 || k < 0 || s.toks[k].lower != "by" || !strings.HasSuffix(s.toks[act].lower, "ing") {
		return -1
	}
	x := e.byGerundSubject(s, k)
	if x >= 0 && contains(q.subjects, x) {
		return -1
	}
	return x
}
