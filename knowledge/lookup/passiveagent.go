package lookup

import "storybot/knowledge"

// The agent of a passive answers an active who-question (part of stage
// 4). "Who hired the CEO" asks for the doer of "hire"; a sentence that
// tells the act in the passive names the one who underwent it as its
// subject and the doer in the by-phrase ("Lindqvist, who was hired by
// chairman Oren Batts in 2019", "The firm was founded in 1946 by Emil
// Harlow"): the passive's subject is the active's object and its agent
// the active's subject (Quirk et al., §3.63-3.64). The name before the
// verb, nearest to it, is then no answer, and the name after "by" is.

// passiveAgent is the person or organisation named in the by-phrase of
// a passive form of an active who-question's verb in s, not one the
// question names; -1 when s tells the act in no such passive.
func (e *Engine) passiveAgent(q *query, s *sentence) int {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return -1
	}
	for _, m := range termAt(s, t) {
		if s.toks[m].cap || quotedAt(s, m) || !passiveAt(s.toks, m) || !byPhraseAfter(s, m) {
			continue
		}
		by := m + 1
		for s.toks[by].lower != "by" {
			by++
		}
		if x := e.agentAfter(s, by); x >= 0 && !contains(q.subjects, x) {
			return x
		}
	}
	return -1
}

// askedInPassive reports whether the question's own verb t is passive
// ("who was it founded by"): it asks of the passive's subject, and
// patient.go answers "who got fired".
func (e *Engine) askedInPassive(q *query, t term) bool {
	for i, tok := range q.toks {
		if t.sameWord(tok) {
			return passiveAt(q.toks, i)
		}
	}
	return false
}

// agentAfter is the person or organisation named first after "by" at
// token by, past titles, determiners and modifiers but no comma, within
// five words: the agent the by-phrase names.
func (e *Engine) agentAfter(s *sentence, by int) int {
	for k := by + 1; k < len(s.toks) && k <= by+5; k++ {
		if commaBetween(s, k-1, k) {
			return -1
		}
		for _, x := range s.named {
			if kind := e.r.ents[x].kind; (kind == knowledge.Person || kind == knowledge.Organisation) && e.formAt(s, x, k) > 0 {
				return x
			}
		}
	}
	return -1
}
