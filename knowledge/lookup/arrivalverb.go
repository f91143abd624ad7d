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
	if e.lex != nil {
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
