package lookup

import "slices"

// statesOppositeAdjective reports whether s holds, instead of an
// adjective of the question, one of its WordNet antonyms: "the old
// bridge is 1,150 feet long" says nothing of how long the new one will
// be. Antonymous adjectives are incompatible of one thing (Cruse,
// "Lexical Semantics", ch. 9), so a measure stated of the opposite is
// another thing's. It is statesOpposite narrowed to the words WordNet
// lists as adjectives and as no noun or verb ("new", and the adverb
// "newly"), for a sentence that stands in for one that
// holds the question ("how many water stops" is not refused by a
// sentence with "start", the antonym of the verb "stop").
func (e *Engine) statesOppositeAdjective(q *query, s *sentence) bool {
	if e.noLex {
		return false
	}
	for _, t := range q.terms {
		if t.weak || len(termAt(s, t)) > 0 || !onlyModifier(e.lex.PartsOfSpeech(t.lower)) {
			continue
		}
		for _, a := range e.antonymWords(t.lower) {
			if slices.ContainsFunc(s.toks, func(tok token) bool { return tok.lower == a }) {
				return true
			}
		}
	}
	return false
}

// onlyModifier reports whether parts of speech pos hold an adjective and
// neither a noun nor a verb.
func onlyModifier(pos []string) bool {
	return slices.Contains(pos, "adj") && !slices.Contains(pos, "noun") && !slices.Contains(pos, "verb")
}
