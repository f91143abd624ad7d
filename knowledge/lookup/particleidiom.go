package lookup

import "slices"

// A verb and its particle as a verb of its own (part of stage 3). "The
// company shut off power" tells no act of shutting anything: where a verb
// and the particle after it form a multi-word verb whose meaning is not
// the verb's (an idiomatic combination, Quirk et al., "A Comprehensive
// Grammar", §16.2–16.4: "give in", "put out" a fire, "knock out" power),
// the verb alone is no word of the question ("which road got shut").
// WordNet 3.0 tells the two apart: a free combination ("shut down",
// "cut off", "wash away") has the verb, or a synonym of it, among its
// synonyms or broader verbs; an idiomatic one ("shut off": close off,
// discontinue) does not.

// adverbParticles are the particles that after a verb are adverbs, not
// prepositions opening a phrase of their own ("built in 1911", "floods in
// 2016"): Quirk et al. §16.3–16.5 separate the adverb particles from the
// prepositional ones ("in", "on", "over", "through"), which a verb's
// adjunct so often begins.
var adverbParticles = set("away", "back", "out", "off", "up", "down")

// idiomWithParticle reports whether the question's word t, written itself
// (in any inflection) as token k of toks, stands there as the first word of a multi-word verb that does
// not mean it: toks[k+1] is a particle, the two make a WordNet verb with
// synonyms or broader verbs, and none of those is t's verb or one of its
// synonyms in any sense. A question that asks the multi-word verb itself
// (a phrasal term, or the particle anywhere in it: "lay ppl off", "get
// sworn in") is left alone, as is a light verb ("get", "go").
func (e *Engine) idiomWithParticle(q *query, t term, toks []token, k int) bool {
	if e.noLex || t.phrasal || len(t.phrases) > 0 || k+1 >= len(toks) || !adverbParticles[toks[k+1].lower] || lightVerbs[e.baseVerb(t.lower)] || !t.sameWord(toks[k]) {
		return false
	}
	for _, w := range q.toks {
		if w.lower == toks[k+1].lower {
			return false
		}
	}
	phrase := e.verbWithParticle(toks[k].lower, toks[k+1].lower)
	if phrase == "" {
		return false
	}
	rel := append(slices.Clip(e.lex.Synonyms(phrase)), e.lex.Neighbours(phrase)...)
	if len(rel) == 0 {
		return false
	}
	asked := e.baseVerb(t.lower)
	for _, w := range append([]string{asked}, e.lex.SynonymsInAnySense(asked)...) {
		if slices.Contains(rel, w) {
			return false
		}
	}
	return true
}
