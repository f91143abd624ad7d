package lookup

import "strings"

// An -ing participle clause postmodifies the agent noun before it (part
// of stage 4, who-questions): "spotted by a helicopter crew flying a
// search pattern", "discovered by a technician working for a Des Moines
// company". The clause is a reduced relative ("a crew that was flying
// …"; Quirk et al. 1985, §17.28–17.30 on -ing participle clauses as
// postmodifiers), so the head of the agent's noun phrase is the noun
// before the participle, not the last noun of the clause ("pattern").
// Only a head naming a kind of person, organisation or group (a
// collective noun, collectiveagent.go) is read so, and only a word
// WordNet lists as a verb, so "a fishing crew" (an -ing premodifier,
// ingpremodifier.go) keeps its head.

// ingPostmodifierAt is the index of an -ing participle within tokens
// (k, end) of s that postmodifies the person or group noun right before
// it, or end when there is none.
func (e *Engine) ingPostmodifierAt(s *sentence, k, end int) int {
	if e.noLex {
		return end
	}
	for j := k + 1; j < end; j++ {
		w, p := s.toks[j].lower, s.toks[j-1]
		if len(w) < 5 || !strings.HasSuffix(w, "ing") || s.toks[j].cap || p.cap || !spaced(s, j-1, j) {
			continue
		}
		if e.canBe(w, "verb") && (collectiveAgents[p.lower] || e.personNoun(singular(p.lower))) {
			return j
		}
	}
	return end
}
