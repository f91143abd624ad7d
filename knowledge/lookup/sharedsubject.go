package lookup

import "strings"

// A verb of saying whose predicate is coordinated with an earlier one
// shares that predicate's subject (part of stage 4, who said it):
// "Neighbors welcomed the fine but said it was too small" has
// "Neighbors" for the subject of both verbs (Quirk et al. 1985, §13.44
// on predicate coordination; knowledge.coordinateSubject reads the same
// for quotations). The words between the subject and "said" are the
// first predicate, no part of who said it.

// predicateCoordinators join two predicates that share one subject
// (English coordinating conjunctions, Quirk et al. 1985, §13.2).
var predicateCoordinators = set("and", "but", "or", "yet", "then")

// sharedSubjectEnd is, when the verb of saying at v of s follows a
// coordinator and the words from start on open a noun phrase and then a
// word that can only be a verb ("welcomed"), the token that verb is at:
// the subject the two predicates share ends before it. It is -1 when v
// follows no coordinator, or no such verb is found.
func (e *Engine) sharedSubjectEnd(s *sentence, start, v int) int {
	if v < 1 || !predicateCoordinators[s.toks[v-1].lower] {
		return -1
	}
	for k := start + 1; k < v-1; k++ {
		w := s.toks[k].lower
		if !s.toks[k].cap && e.canBe(w, "verb") && (!e.canBe(w, "noun") && !e.canBe(w, "adj") || e.pastAfterNoun(s, k)) {
			return k
		}
	}
	return -1
}

// pastAfterNoun reports whether the -ed word at k, which WordNet also
// files as an adjective ("escaped", "injured"), follows a noun that is
// no stop word ("their mother escaped and called"): an -ed adjective
// premodifies, standing before its noun (Quirk et al. 1985, §7.15), so
// after one it is the past tense of the clause's verb.
func (e *Engine) pastAfterNoun(s *sentence, k int) bool {
	if k < 1 || !strings.HasSuffix(s.toks[k].lower, "ed") || commaBetween(s, k-1, k) {
		return false
	}
	prev := s.toks[k-1].lower
	return !stopWords[prev] && !determiners[prev] && e.canBe(prev, "noun")
}
