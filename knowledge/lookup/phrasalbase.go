package lookup

// Phrasal verbs by their base form (part of stage 2): WordNet lists a
// phrasal verb under its base form only ("stick around", not "sticking
// around"), and its particle may be any of the common ones, "around" and
// "in" as well as "up" and "out" (Quirk et al., §16.3, the common
// particles).

// closingParticles are the common particles besides particles' that
// form a phrasal verb when they close a question ("stick around", "get
// by"): Quirk et al.'s list (§16.3) without "in", "into" and "on", which
// close a question as often as prepositions whose object the context
// gives ("ranked going in": going into the tournament; §16.4 on the
// prepositional adverb).
var closingParticles = set("about", "across", "along", "around", "round", "through", "by")

// phrasalMeaning reads question token i with the particle after it as
// one phrasal verb (one of the particles, or another of the common ones
// that closes the question, which is then no preposition: Quirk et al.,
// §16.4), as written or by the verb's base form ("sticking around": stick
// around), and returns the phrase, the stems of its WordNet synonyms the
// article writes ("stay"), and, when it writes none, the multi-word
// synonyms it writes word for word, as stem sequences: a phrasal verb's
// synset often holds another phrasal verb ("show up", "turn up": WordNet
// 3.0, "appear or become visible"), and a reader asks by one while the
// article writes the other ("had turned up in the count"). Nothing when
// WordNet lists no such verb or the article writes none of its synonyms.
func (e *Engine) phrasalMeaning(toks []token, i int) (string, []string, [][]string) {
	if i+1 >= len(toks) {
		return "", nil, nil
	}
	p := toks[i+1].lower
	if !particles[p] && (!closingParticles[p] || i+2 != len(toks)) {
		return "", nil, nil // "hold in Trump's campaign": with an object after it, "in" is a preposition
	}
	t := toks[i]
	for _, v := range e.verbForms(t) {
		phrase := v + " " + p
		if pa := e.synonymsKnown(phrase); len(pa) > 0 {
			return phrase, pa, nil
		}
	}
	if e.known(t) {
		return "", nil, nil // the article writes the verb: "close off" is its "close"
	}
	for _, v := range e.verbForms(t) {
		if lightVerbs[v] {
			return "", nil, nil // "go off": the meaning lies in the particle (particlesynonym.go)
		}
		if pa := e.particleFreeSynonymsKnown(v + " " + p); len(pa) > 0 {
			return v + " " + p, pa, nil // "block off": the article's "close", of the synonym "close off" (particlesynonym.go)
		}
	}
	for _, v := range e.verbForms(t) {
		if pp := e.synonymPhrasesKnown(v + " " + p); len(pp) > 0 {
			return v + " " + p, nil, pp // "shown up": the article's "turned up"
		}
	}
	return "", nil, nil
}

// verbForms are the forms of a question word WordNet may list a phrasal
// verb under: as written, its irregular base ("went": go) and its stem
// ("sticking": stick), each once.
func (e *Engine) verbForms(t token) []string {
	out := []string{t.lower}
	if !e.noLex {
		if b := e.lex.Lemma(t.lower); b != "" && b != t.lower {
			out = append(out, b)
		}
	}
	if t.stem != t.lower && !containsStr(out, t.stem) {
		out = append(out, t.stem)
	}
	return out
}
