package lookup

import "strings"

// Coordinated predicates share their subject, and in the passive their
// operator too: "A woman was treated at a hospital and released" says the
// woman was released (Quirk et al. 1985, §13.44 on predicate coordination;
// sharedsubject.go reads the same for verbs of saying). Asked who underwent the
// second act, the reader is owed the first conjunct's subject.

// passiveSite is the participle whose operator and subject the verb at m
// takes: m itself in a passive ("was released"), or, when a coordinator
// joins m to an earlier passive participle of the same clause ("was
// treated at a hospital and released"), that participle; false when m is
// neither.
func (e *Engine) passiveSite(s *sentence, m int) (int, bool) {
	if passiveAt(s.toks, m) {
		return m, true
	}
	c := m - 1
	for c > 0 && isAdverb(s.toks[c].lower) {
		c-- // "and later released"
	}
	if c < 1 || !predicateCoordinators[s.toks[c].lower] || strings.HasSuffix(s.toks[m].lower, "ing") || commaBetween(s, c-1, c) {
		return -1, false
	}
	for j := c - 1; j >= 0 && j >= c-7; j-- {
		w := s.toks[j].lower
		if s.toks[j].cap || j < c-1 && commaBetween(s, j, j+1) || clauseJoints[w] || speechVerbs[w] || reportingVerbs[w] {
			return -1, false // another clause, or a name: no predicate of this subject
		}
		if passiveAt(s.toks, j) && !strings.HasSuffix(w, "ing") && e.canBe(w, "verb") {
			return j, true
		}
	}
	return -1, false
}
