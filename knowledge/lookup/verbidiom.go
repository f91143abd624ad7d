package lookup

import (
	"slices"
	"strings"
)

// Verb idioms (part of stage 2): a verb with its object, or with a
// particle and a preposition, is often one verb whose meaning is none of
// its words' ("kick the bucket": die; "come up with": devise; "take
// part": participate), and WordNet 3.0 lists the common ones as verb
// lemmas of their own, with "one's" for the possessive a speaker fills in
// ("lose one's temper"). Quirk et al., "A Comprehensive Grammar", §16.6
// (phrasal-prepositional verbs) and §16.55–16.57 (verb-noun idioms).
// Read word by word, the question's idiom asks about its object ("did
// anyone kick the bucket": a bucket) or about a verb in another sense
// ("come up": arise).

// idiomSpan is how many words, verb included, a verb idiom may span.
const idiomSpan = 4

// idiomVerb reads question token i and the words after it as the longest
// WordNet verb lemma they make, of two to four words, the first one the
// verb in any form, when the article writes one of its synonyms and not
// the idiom itself: a phrasal term whose alternatives are those
// synonyms. Two words with a particle second are left to the readers of
// phrasal and prepositional verbs (phrasal.go, phrasalbase.go,
// prepverb.go), and a pronoun object is left to the words around it
// ("did it", "make it": WordNet's "do it" and "make it" would read an
// auxiliary and its subject as a verb). ok is false otherwise: the words
// are then read one by one, as before.
func (e *Engine) idiomVerb(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || auxiliaries[toks[i].lower] || stopWords[toks[i].lower] && !lightVerbs[toks[i].lower] {
		return term{}, false // "what time did it derail": the auxiliary, not "do it"
	}
	if !e.canBe(toks[i].lower, "verb") || stopWords[toks[i+1].lower] && !determiners[toks[i+1].lower] && !possessiveDeterminers[toks[i+1].lower] && !spatialParticles[toks[i+1].lower] {
		return term{}, false // the second word is the object's determiner or a word of the idiom ("kick the bucket", "get rid of"), no pronoun
	}
	for n := min(idiomSpan, len(toks)-i); n >= 2; n-- {
		if n == 2 && (spatialParticles[toks[i+1].lower] || particles[toks[i+1].lower] || prepositions[toks[i+1].lower]) {
			continue
		}
		phrase := e.idiomAt(toks[i : i+n])
		if phrase == "" {
			continue
		}
		seq := make([]string, n)
		for k := range seq {
			seq[k] = toks[i+k].stem
		}
		if e.writesPhrase(seq) {
			return term{}, false // its words, read one by one, meet it too, and the object meets its other mentions ("caught fire", "14 fires")
		}
		tm := term{lower: phrase, stem: toks[i].stem, known: true, phrasal: true}
		own := func(st string) bool {
			return lightVerbs[st] || slices.ContainsFunc(toks, func(x token) bool { return x.meets(st) || x.stem == st })
		}
		if tm.alts = slices.DeleteFunc(e.synonymsKnown(phrase), own); len(tm.alts) > 0 {
			return tm, true
		}
		return term{}, false // the longest idiom, unknown to the article: no shorter one of its words
	}
	return term{}, false
}

// idiomAt returns the WordNet verb lemma the words make, the first one
// by any of its base forms and a possessive determiner as "one's", or "".
func (e *Engine) idiomAt(ws []token) string {
	rest := make([]string, len(ws)-1)
	for k, w := range ws[1:] {
		rest[k] = w.lower
		if possessiveDeterminers[w.lower] {
			rest[k] = "one's"
		}
		if w.cap || numberLike(w.lower) {
			return "" // a name or a figure is no word of an idiom
		}
	}
	tail := strings.Join(rest, " ")
	for _, b := range verbBases(e, ws[0].lower) {
		if phrase := b + " " + tail; slices.Contains(e.lex.PartsOfSpeech(phrase), "verb") {
			return phrase
		}
	}
	return ""
}

// markIdiomSeen marks the words after the verb of an idiom read at
// question token i as seen: they are part of the verb ("the bucket" of
// "kick the bucket"), no terms of their own.
func (e *Engine) markIdiomSeen(toks []token, i int, tm term, seen map[string]bool) {
	n := len(strings.Fields(tm.lower))
	if !tm.phrasal || n < 2 || i+n > len(toks) || e.noLex || e.idiomAt(toks[i:i+n]) != tm.lower {
		return
	}
	for k := 1; k < n; k++ {
		seen[toks[i+k].stem] = true
	}
}

// exampleLexicon is a lexicon that reads WordNet's example sentences
// (wordnet.ExampleSynonyms).
type exampleLexicon interface {
	ExampleSynonyms(verb, object string) []string
}

// exampleIdiom reads question token i and the bare noun after it as a
// verb-noun idiom WordNet lists no lemma for but writes in the example of
// a sense ("took credit": claim, take, "She took credit for the whole
// idea"; Quirk et al. 1985, §16.55 on verb-noun idioms), when the article
// writes another lemma of that sense ("claimed") and not the pair itself:
// a phrasal term whose alternatives are those lemmas.
func (e *Engine) exampleIdiom(toks []token, i int) (term, bool) {
	ex, ok := e.lex.(exampleLexicon)
	if !ok || i+1 >= len(toks) || auxiliaries[toks[i].lower] || !e.canBe(toks[i].lower, "verb") {
		return term{}, false
	}
	obj := toks[i+1]
	if obj.cap || stopWords[obj.lower] || numberLike(obj.lower) || !e.canBe(obj.lower, "noun") || e.writesPhrase([]string{toks[i].stem, obj.stem}) {
		return term{}, false
	}
	own := func(st string) bool {
		return lightVerbs[st] || primaryVerbs[st] || slices.ContainsFunc(toks, func(x token) bool { return x.meets(st) || x.stem == st })
	}
	for _, b := range verbBases(e, toks[i].lower) {
		var alts []string
		for _, l := range ex.ExampleSynonyms(b, obj.lower) {
			if st, ok := e.knownWord(l); ok && !own(st) && !slices.Contains(alts, st) {
				alts = append(alts, st)
			}
		}
		if len(alts) > 0 {
			return term{lower: toks[i].lower + " " + obj.lower, stem: toks[i].stem, known: true, phrasal: true, alts: alts}, true
		}
	}
	return term{}, false
}

// verbIdiom is idiomVerb, else exampleIdiom: a verb idiom WordNet lists as
// a lemma, else one its examples write.
func (e *Engine) verbIdiom(toks []token, i int) (term, bool) {
	if it, ok := e.idiomVerb(toks, i); ok {
		return it, true
	}
	return e.exampleIdiom(toks, i)
}
