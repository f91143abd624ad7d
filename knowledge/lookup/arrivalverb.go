package lookup

// Coming to a place told by the verb of arriving (part of stage 2, in
// termAt). "Show up" and "turn up", said of a person, mean to arrive
// (Oxford Dictionary of English, "show up" 2 and "turn up" 1, informal:
// "arrive; make an appearance"), and WordNet 3.0 files "arrive" (v.1,
// "arrive, get, come: reach a destination; arrive by movement or
// progress") with the verbs of coming to be present somewhere that
// presencecount.go reads. WordNet links neither phrasal verb to "arrive",
// so "how quickly did police show up" met only the article's "Security
// video shows", a verb of another sense, and not "An officer arrived nine
// minutes later". So where the article never writes the phrasal verb
// asked, the forms of "arrive" it writes stand for it (a count of people
// who showed up is left to presenceCrowd, which reads a crowd's size).
// "Get" with the place pro-form "there" or "here" is the same verb of
// motion to a goal (WordNet 3.0 get v.5, "reach a destination; arrive by
// movement or progress"; Quirk et al., §7.57 and §8.33 on "there" and
// "here" as adverbs of place standing for a goal), and the light verb and
// the pro-form, both stop words, would leave no term of it at all.

// arrivalPhrasals are the phrasal verbs of arriving, as verb stem and
// particle.
var arrivalPhrasals = set("show up", "turn up")

// arrivalTerm is term tm of question word i, a phrasal verb of arriving
// the article never writes, read as the article's forms of "arrive"; ok
// is false otherwise.
func (e *Engine) arrivalTerm(q *query, i int, tm term) (term, bool) {
	if i+1 >= len(q.toks) || !particles[q.toks[i+1].lower] {
		return tm, false
	}
	base := q.toks[i].lower
	if !e.noLex {
		if l := e.lex.Lemma(base); l != "" {
			base = l
		}
	}
	seq := []string{q.toks[i].stem, q.toks[i+1].stem}
	if !arrivalPhrasals[stemOf(base)+" "+q.toks[i+1].lower] || e.writesPhrase(seq) || !e.r.vocab[stemOf("arrive")] {
		return tm, false
	}
	tm.alts, tm.known, tm.phrases, tm.weak = []string{stemOf("arrive")}, true, nil, false
	return tm, true
}

// placeProForms are the adverbs of place that stand for a goal already
// named (Quirk et al., §7.57).
var placeProForms = set("there", "here")

// getThereTerm reads question word i, a form of "get" before "there" or
// "here", as the article's forms of "arrive"; ok is false otherwise, or
// when the article writes no form of it.
func (e *Engine) getThereTerm(q *query, i int) (term, bool) {
	if i+1 >= len(q.toks) || !placeProForms[q.toks[i+1].lower] || !e.r.vocab[stemOf("arrive")] {
		return term{}, false
	}
	base := q.toks[i].lower
	if !e.noLex {
		if l := e.lex.Lemma(base); l != "" {
			base = l
		}
	}
	if stemOf(base) != stemOf("get") {
		return term{}, false
	}
	return term{lower: "get " + q.toks[i+1].lower, stem: q.toks[i].stem, alts: []string{stemOf("arrive")}, known: true, phrasal: true}, true
}

// stopVerbPhrase reads question word i, a stop word, with the words after
// it as one verb: "get there" as arrive (getThereTerm), "came" in a count
// of people present as presenceCrowd reads it, "get in" as
// multiWordVerb reads it; ok is false otherwise.
func (e *Engine) stopVerbPhrase(q *query, i int) (term, bool) {
	if gt, ok := e.getThereTerm(q, i); ok {
		return gt, true // "how quickly did they get there": arrive
	}
	if pt, ok := e.presenceCrowd(q, i, term{lower: q.toks[i].lower, stem: q.toks[i].stem}); ok && (stopWords[q.toks[i].lower] || lightVerbs[q.toks[i].lower]) {
		return pt, true // "how many came": a light verb of presence, read as the article's crowd (presencecount.go)
	}
	if mv, ok := e.multiWordVerb(q, i); ok && stopWords[q.toks[i].lower] {
		return mv, true
	}
	return term{}, false
}
