package lookup

import "slices"

// An opposed premodifier (part of stage 4, yes/no): "is Ruiz the
// permanent CEO" against "named … Angela Ruiz as interim CEO". The
// question's adjective and the article's, each premodifying the same
// noun, fall in opposite clusters of WordNet's adjectives ("interim" is a
// satellite of "impermanent", the antonym of "permanent"; Gross and
// Miller 1990 on direct and indirect antonyms), and such adjectives are
// incompatible of one thing (Cruse, "Lexical Semantics", ch. 9), so the
// article states the other kind: No. The question's adjective written
// elsewhere in the sentence ("searches for a permanent replacement")
// modifies something else and is no Yes. When the article also writes the
// question's adjective before that noun, it tells of two things, and
// nothing is decided here.

// opposedPremodifier reports whether s writes a noun of the question with
// a premodifier from the cluster opposite the adjective the question
// puts before it, and never with that adjective itself.
func (e *Engine) opposedPremodifier(q *query, s *sentence) bool {
	if e.noLex {
		return false
	}
	for i := 0; i+1 < len(q.toks); i++ {
		adj, noun := q.toks[i], q.toks[i+1]
		if adj.cap || stopWords[adj.lower] || isNumeric(adj) || !e.canBe(adj.lower, "adj") || !e.isNoun(noun) {
			continue
		}
		t, ok := q.termFor(noun.lower)
		if !ok {
			continue
		}
		opposed := e.lex.OpposedAdjectives(adj.lower)
		found := false
		for j := 1; j < len(s.toks); j++ {
			if !t.matches(s.toks[j]) || !spaced(s, j-1, j) {
				continue
			}
			before := s.toks[j-1]
			if before.lower == adj.lower || before.stem == adj.stem {
				return false // "a permanent CEO" as well: two of them
			}
			if !before.cap && slices.Contains(opposed, before.lower) {
				found = true
			}
		}
		if found {
			return true
		}
	}
	return false
}
