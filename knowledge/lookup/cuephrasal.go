package lookup

// A cue verb with its particle (part of stage 2): "come" is a type cue
// ("where did he come from" asks a home), but with a particle it forms
// a phrasal verb whose meaning is not the light verb's ("come back":
// return; Quirk et al. 1985, §16.2–16.5). When WordNet lists the pair
// and the article writes one of its synonyms ("had returned from a
// church trip"), the pair is the question's verb, content to find, not
// the cue: "where did the first case come back from" asks where the
// teenager returned from.

// cuePhrasal reports whether question word i is a light verb that is a
// type cue ("come") and heads, with the particle after it, a phrasal verb
// WordNet lists with a synonym the article writes (phrasalMeaning).
func (e *Engine) cuePhrasal(q *query, i int) bool {
	if !lightVerbs[q.toks[i].lower] || !q.cueOnly(i) {
		return false
	}
	_, pa, pp := e.phrasalMeaning(q.toks, i)
	return len(pa)+len(pp) > 0
}

// cueAt reports whether question word i only cues the answer's type:
// a type word (cueOnly) that heads no such phrasal verb, premodifies
// no noun (cuemodifier.go) and is no noun a determiner opens after "how".
func (e *Engine) cueAt(q *query, i int) bool {
	return q.cueOnly(i) && !e.cuePhrasal(q, i) && !e.cueModifierAt(q, i) && !e.determinedTypeNoun(q.toks, i)
}
