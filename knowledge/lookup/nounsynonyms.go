package lookup

// A word right after a determiner is a noun, the head of the noun phrase
// the determiner opens (Quirk et al. 1985, §5.10–5.13, determiners
// before the head): "did he have a phone" asks about a telephone, and
// the verb "phone"'s synonym "call" is no word for it.

// nounAfterDeterminer reports whether question token i follows a
// determiner or a possessive and WordNet lists it as a noun.
func (e *Engine) nounAfterDeterminer(toks []token, i int) bool {
	if e.lex == nil || i == 0 {
		return false
	}
	p := toks[i-1]
	return (determiners[p.lower] || possessivePronouns[p.lower] || p.poss) && e.canBe(toks[i].lower, "noun")
}

// nounSynonymsKnown returns the stems of the synonyms of w in its common
// noun senses that the article uses, single words only.
func (e *Engine) nounSynonymsKnown(w string) []string {
	var out []string
	for _, syn := range e.lex.SynonymsAs(w, "noun") {
		if st, ok := e.knownWord(syn); ok {
			out = append(out, st)
		}
	}
	return out
}
