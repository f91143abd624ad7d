package knowledge

import "strings"

// coordinators join two predicates that share one subject ("He said she
// had carried the team, and called her "…""): the second verb phrase has
// no subject of its own. Source: English coordinating conjunctions (Quirk
// et al. 1985, §13.2), the ones that join predicates.
var coordinators = toSet("and", "but", "or", "yet", "then")

// coordinateSubject resolves the subject of a reporting verb whose subject
// position, token x, holds a coordinating conjunction: the verb's
// predicate is coordinated with the sentence's earlier one, whose subject
// it shares (Quirk et al. 1985, §13.44 on predicate coordination). That
// subject is the subject of the nearest earlier verb of saying in the
// sentence, outside quotation, no further back than token lo; else the
// he/she opening the sentence, else its first named person (see
// firstCandidate). It returns "" and false when x is
// no coordinator, and "" and true when the shared subject names no one.
func (at *attributor) coordinateSubject(k, x, lo int) (string, bool) {
	p := &at.d.paras[k]
	if !coordinators[strings.ToLower(p.toks[x].s)] {
		return "", false
	}
	for u := x - 1; u >= lo && p.toks[u].sent == p.toks[x].sent; u-- {
		if !at.quoted(k, u) && attributionVerb(strings.ToLower(p.toks[u].s)) && !nounBeforeVerb(p, u) {
			return at.subjectOf(k, u, lo), true
		}
	}
	first := max(lo, p.sentTok[p.toks[x].sent])
	if g, ok := subjectPronouns[strings.ToLower(p.toks[first].s)]; ok {
		if e := at.antecedent(k, first, g); e >= 0 {
			return at.ents[e].Name, true
		}
		return "", true
	}
	if e := at.firstCandidate(k, p.toks[x].sent, x, 0); e >= 0 {
		return at.ents[e].Name, true // "A company spokeswoman, Dana Fuller, declined … but said"
	}
	return "", true
}
