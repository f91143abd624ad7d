package lookup

// The agent of an act named by a noun (part of stage 4, who-questions):
// "after a lawsuit by the Boise Pride Coalition" tells who sued. A noun
// phrase headed by a deverbal noun takes the doer of its verb in a
// by-phrase right after the head ("the destruction of the city by the
// enemy"; Quirk et al., §17.52–17.54 on the agentive by-phrase of
// nominalisations), so the doer asked is that agent, not the subject of
// the clause the noun phrase stands in ("Judge Stroud blocked it after a
// lawsuit by …").

// nominalAgent is the agent of the by-phrase right after a word of s that
// matches the question's act as a noun: one a determiner or a
// premodifier opens, not a verb; or of the noun's light verb
// (lightnominal.go).
func (e *Engine) nominalAgent(q *query, s *sentence) (string, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return "", false
	}
	if k := e.nominalActAgent(q, s); k > 0 {
		if agent, ok := e.agentAt(s, k); ok {
			return agent, true // "The discovery was made … by …" (lightnominal.go)
		}
	}
	for i, tok := range s.toks {
		if !t.matches(tok) || tok.cap || quotedAt(s, i) || i+2 >= len(s.toks) || s.toks[i+1].lower != "by" || !spaced(s, i, i+1) {
			continue
		}
		if i == 0 || !determiners[s.toks[i-1].lower] && !(i > 1 && determiners[s.toks[i-2].lower]) {
			continue // "was sued by": a verb, the passive's business
		}
		if agent, ok := e.agentAt(s, i+2); ok {
			return agent, true
		}
	}
	return "", false
}
