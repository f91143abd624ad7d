package lookup

import "slices"

// A prosecutor is no one's lawyer (part of stage 4, finding the speaker a
// quote question asks for by a relation noun, speech.go). In a criminal
// case the prosecutor acts for the state against the accused (WordNet
// 3.0, prosecutor n.1: "a government official who conducts criminal
// prosecutions on behalf of the state"), while the accused's own lawyer
// is the defense ("defense attorney", filed under lawyer but not under
// prosecutor). So "what did his lawyer say" is not asked of the
// "District Attorney Lee Harmon" a sentence names by the head noun
// "attorney": an open compound WordNet files under prosecutor names the
// opposing side, not the possessor's counsel.

// prosecutorNotCounsel reports whether the relation term t of q is
// possessed ("his lawyer", "vecchio's lawyer") and s uses the noun, or a
// synonym of it, only as the head of an open compound WordNet files
// under prosecutor ("district attorney", "prosecuting attorney").
func (e *Engine) prosecutorNotCounsel(q *query, t term, s *sentence) bool {
	k := e.relativeAsked(q.toks)
	if k < 0 || q.toks[k].lower != t.lower || !e.lex.KindOf("prosecutor", singular(t.lower)) {
		return false
	}
	syns := e.lex.Synonyms(t.lower)
	seen := false
	for j, tok := range s.toks {
		if s.quoted[j] || tok.lower != t.lower && !slices.Contains(syns, tok.lower) {
			continue
		}
		if j == 0 || !e.lex.KindOf(s.toks[j-1].lower+"_"+tok.lower, "prosecutor") {
			return false // "Defense attorney Ramon Castellano": counsel for the accused
		}
		seen = true
	}
	return seen
}
