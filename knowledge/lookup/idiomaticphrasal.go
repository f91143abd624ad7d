package lookup

import "slices"

// Idiomatic phrasal verbs (part of stage 2): a verb and its particle
// whose meaning is not the verb's ("put out" a fire: extinguish; "lay
// off" workers: dismiss; Quirk et al., "A Comprehensive Grammar", §16.3,
// the idiomatic phrasal verb) ask nothing of the verb alone. Read as the
// verb, a light verb weighs next to nothing and a sentence holding only
// the object answers ("who put out the fire": the fire chief who
// described it), and another verb stands for its own synonyms ("laying
// off": set, posit).

// idiomaticPhrasal reads question token i and the particle after it as
// one verb when WordNet 3.0 lists the pair as a verb and the article
// writes neither the pair nor the verb (a verb it writes is left to
// it: "fix up" for its "fixed"): a term whose alternatives are the
// article's words of the pair's meaning in a rarer sense of it whose
// words list the pair in their own most frequent sense ("run out" for
// the article's "expired": WordNet 3.0 files "run out" with "expire" in
// its fourth sense, "lose validity", which is the first of "expire", as
// synonymsInAnySenseKnown reads one word); failing that a weak term
// whose alternatives are the article's words one WordNet link from the
// pair (its broader verbs), or a word the article never uses. ok is false otherwise. The
// readers of phrasal verbs by their synonyms (phrasalbase.go) and of
// closing particles (phrasal.go) go first.
func (e *Engine) idiomaticPhrasal(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || !particles[toks[i+1].lower] || auxiliaries[toks[i].lower] || e.known(toks[i]) {
		return term{}, false
	}
	if spatialParticles[toks[i].lower] || particles[toks[i].lower] {
		return term{}, false // "open back up": two particles of one verb, not the verb "back up"
	}
	if i+2 < len(toks) && toks[i+2].lower == "of" {
		return term{}, false // "pulled out of flooded houses": the complex preposition "out of" (Quirk et al., §9.10), no particle
	}
	t, p := toks[i], toks[i+1].lower
	phrase := e.verbWithParticle(t.lower, p)
	if phrase == "" || e.writesPhrase([]string{t.stem, toks[i+1].stem}) {
		return term{}, false
	}
	own := func(st string) bool {
		return lightVerbs[st] || slices.ContainsFunc(toks, func(x token) bool { return x.meets(st) || x.stem == st })
	}
	if alts := slices.DeleteFunc(e.synonymsInAnySenseKnown(phrase), own); len(alts) > 0 {
		return term{lower: phrase, stem: t.stem, alts: alts, known: true, phrasal: true}, true
	}
	if alts := slices.DeleteFunc(e.neighboursKnown(phrase), own); len(alts) > 0 {
		return term{lower: phrase, stem: t.stem, alts: alts, known: true, weak: true, phrasal: true}, true
	}
	return term{lower: phrase, stem: phrase}, true
}
