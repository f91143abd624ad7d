package lookup

// relationNoun reports whether w names a person by their tie to another:
// a word of relationNouns, or a colloquial noun WordNet glosses as "an
// informal term for" one ("dad", "pop": father; "mom", "ma": mother;
// wordnet/informal.go).
func (e *Engine) relationNoun(w string) bool {
	if relationNouns[w] {
		return true
	}
	if e.noLex {
		return false
	}
	for _, s := range e.lex.InformalFor(w) {
		if relationNouns[s] {
			return true
		}
	}
	return false
}
