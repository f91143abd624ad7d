package lookup

import "slices"

// troponymterm.go lets the article's narrower verb stand for a question's
// broader one as full evidence: "where was the lineman killed" of "a
// utility worker was electrocuted near Shallotte". A troponym names a
// manner of its hypernym and entails it (Fellbaum 1998, "WordNet", ch. 3:
// to electrocute is to kill by electric shock), so a sentence that says
// the narrower act says the broader, as surely as the word itself would;
// the converse does not hold, so the question's narrower word never takes
// the article's broader one this way. Only one link down, from the
// article word's first sense (kindIndex's second table), and only for a
// verb the article never writes itself, whose other links are weak. A
// verb with a particle after it ("moved away") is a phrasal verb, whose
// meaning is not the verb's own (Quirk et al. 1985, §16.3), so the
// verb's manners ("drew": move by pulling) are none of the phrase's.

// withTroponyms is tm, the term of question word i, with the article's
// verbs one hypernym link below it added as entailing alternatives.
func (e *Engine) withTroponyms(q *query, i int, tm term) term {
	w := q.toks[i].lower
	if e.noLex || tm.known && !tm.weak || tm.phrasal || lightVerbs[w] || stopWords[w] || !e.canBe(w, "verb") {
		return tm
	}
	if i+1 < len(q.toks) && adverbParticles[q.toks[i+1].lower] {
		return tm // "moved away", "open back up" (particleidiom.go's adverb particles)
	}
	tm.kinds = e.narrowerStems(e.kindIndex()[1], w, func(v string) bool { return e.canBe(v, "verb") && e.lex.Narrower(v, w) })
	for _, st := range tm.kinds {
		if !slices.Contains(tm.alts, st) {
			tm.alts = append(slices.Clip(tm.alts), st)
		}
	}
	tm.known = tm.known || len(tm.kinds) > 0
	return tm
}

// entailedBy reports whether tok is one of the article's narrower words
// for t, which entail it (withTroponyms).
func (t term) entailedBy(tok token) bool {
	return slices.ContainsFunc(t.kinds, tok.meets)
}
