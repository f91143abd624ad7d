package lookup

import "slices"

// A phrasal verb's noun typed open (part of stage 2, for terms): English
// makes nouns of phrasal verbs by conversion and writes them hyphenated
// or solid ("a pile-up", "a pileup", "a buy-back", "a break-in": Quirk et
// al. 1985, App. I.44, deverbal nouns from phrasal verbs; the Chicago
// Manual of Style, 17th ed., 7.89, a verb-and-particle noun is hyphenated
// or closed, never open), but chat types the pair as two words ("how
// many cars were in the pile up"). When the article never writes the
// verb alone and writes the pair as one word, hyphenated or solid, the
// question's verb and particle are that word: a term matched where the
// article writes it, not a phrasal verb the article never uses. It is
// the converse of particlenoun.go, which reads a question's solid noun
// as the article's open phrasal verb.

// openParticleNoun reads question token i and the particle after it as
// the article's one word of the pair, when WordNet 3.0 lists the pair as
// a verb or the one word as a noun. The word is taken as typed: the noun
// is the verb's base ("a pile-up"), and an inflected verb is the word
// only when the article hyphenates that very form ("laid-off workers"),
// so "laid off" is no "layoff" (a verb's act, not its noun). ok is false
// otherwise.
func (e *Engine) openParticleNoun(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || !spatialParticles[toks[i+1].lower] || auxiliaries[toks[i].lower] || e.known(toks[i]) {
		return term{}, false
	}
	if spatialParticles[toks[i].lower] || particles[toks[i].lower] || stopWords[toks[i].lower] || !e.canBe(toks[i].lower, "verb") {
		return term{}, false // a noun and particle ("runner up") is particleCompound's (prepverb.go)
	}
	p := toks[i+1].lower
	var alts []string
	listed := e.verbWithParticle(toks[i].lower, p) != ""
	for _, c := range []string{toks[i].lower + "-" + p, toks[i].lower + p} {
		st := stemOf(c)
		if (e.r.vocab[c] || e.r.vocab[st]) && !slices.Contains(alts, st) {
			alts = append(alts, st)
			listed = listed || e.canBe(c, "noun")
		}
	}
	if len(alts) == 0 || !listed {
		return term{}, false
	}
	return term{lower: toks[i].lower + " " + p, stem: alts[0], alts: alts, known: true, derived: true}, true
}
