package lookup

import "slices"

// A question word after an article or a possessive is a noun (part of
// stage 2): "the stock", "a bid", "their shares". These central
// determiners open a noun phrase (Quirk et al. 1985, chapter 5);
// a wh-word need not ("what killed him": "what" is the subject, and the
// word after it a verb). When such a noun is one the article never uses, the
// words one WordNet link away that stand for it are those of its noun
// senses only: the verb "stock" is filed under "fit out", which met the
// article's "fitness" and answered "what happened to the stock" with a
// fitness app's user count.

// nounNeighboursKnown is neighboursKnown and then neighbourFamilyKnown
// over the noun senses of w only: the last resort for a noun the article
// never uses.
func (e *Engine) nounNeighboursKnown(w string) []string {
	if e.noLex {
		return nil
	}
	links := e.lex.NounNeighbours(w)
	if out := e.knownAmongLinks(links, func(n string) []string { return []string{n} }); len(out) > 0 {
		return out
	}
	return e.knownAmongLinks(links, e.lex.Related)
}

// nounOpeners are the determiners a noun phrase's head follows and no
// verb does: the articles and the possessive determiners (Quirk et al.
// 1985, chapter 5, central determiners). The demonstratives and "her"
// are left out, as they are pronouns too ("has this happened", "fined
// her").
var nounOpeners = set("a", "an", "the", "its", "their", "his", "our", "my", "your")

// afterCentralDeterminer reports whether toks[i] follows one of
// nounOpeners and is no name.
func afterCentralDeterminer(toks []token, i int) bool {
	return i > 0 && !toks[i].cap && nounOpeners[toks[i-1].lower]
}

// determinedNoun reports whether the question writes term t only after a
// central determiner, so only as a noun: "the plant", "their shares". A
// word English spells as both noun and verb is then no verb of the
// question, and an adjunct of duration in the article need not follow it
// ("The plant on Wyoming Street has made dishwashers since 1968" answers
// "how long has the plant been making dishwashers" by its "since").
func determinedNoun(toks []token, t term) bool {
	seen := false
	for i := range toks {
		if !t.sameWord(toks[i]) {
			continue
		}
		if !afterCentralDeterminer(toks, i) {
			return false
		}
		seen = true
	}
	return seen
}

// nounSynonymsInAnySenseKnown is synonymsInAnySenseKnown for a noun after
// a central determiner: the article's words that share a noun sense with
// w (a common sense of w's that the word has in an attested sense, or a
// common sense of the word's), so that the verb senses WordNet files
// with the noun's spelling ("the stock" and the verb "carry") meet
// nothing.
func (e *Engine) nounSynonymsInAnySenseKnown(w string) []string {
	if e.noLex {
		return nil
	}
	return e.partSynonymsKnown(w, e.lex.NounSynonymsInAnySense(w))
}

// verbSynonymsInAnySenseKnown is nounSynonymsInAnySenseKnown for a verb
// after do-support and its subject ("did he buy": no "steal", the noun
// "buy"'s synonym).
func (e *Engine) verbSynonymsInAnySenseKnown(w string) []string {
	if e.noLex {
		return nil
	}
	return e.partSynonymsKnown(w, e.lex.VerbSynonymsInAnySense(w))
}

// partSynonymsKnown keeps of syns, w's synonyms in one part of speech,
// the article's words that share a common sense of w's in an attested
// sense, or whose own common senses hold w.
func (e *Engine) partSynonymsKnown(w string, syns []string) []string {
	common := e.lex.Synonyms(w)
	var out []string
	for _, syn := range e.withoutAntonyms(w, syns) {
		st, ok := e.knownWord(syn)
		if !ok || slices.Contains(out, st) {
			continue
		}
		if slices.Contains(common, syn) && e.attestedSynonym(w, syn) || slices.Contains(e.lex.Synonyms(syn), w) {
			out = append(out, st)
		}
	}
	return out
}

// afterAuxiliarySubject reports whether toks[i] follows a subject pronoun
// that follows an auxiliary or modal verb ("did he buy", "will they
// sell"): the inverted question's main verb (Quirk et al. 1985, §11.5).
func afterAuxiliarySubject(toks []token, i int) bool {
	if i < 2 || toks[i].cap {
		return false
	}
	switch toks[i-1].lower {
	case "he", "she", "they", "it", "we", "i", "you":
		return auxiliaries[toks[i-2].lower] || modalAux[toks[i-2].lower]
	}
	return false
}
