package lookup

import "slices"

// Event nouns (part of stage 3, for ordering two events): an alternative
// names its event by a noun ("the closure") that the article may use both
// as a noun, in a sentence that does not date it ("The closure will last
// until at least March 20"), and as the verb that tells it ("closed the
// library on March 4"). English names an event by the nominalisation of
// its verb (Quirk et al., §17.51–17.54, deverbal nouns of action), and
// WordNet links the two as derivationally related forms, so each word of
// an alternative also meets the article's forms of its word family.

// withWordFamily adds to each word of an alternative the stems of its
// derivationally related forms the article uses (relatedKnown), where
// the word is the article's own and carries no such forms yet.
func (e *Engine) withWordFamily(q *query) {
	for i := range q.terms {
		tm := &q.terms[i]
		if !tm.known || tm.weak || tm.phrasal || len(tm.alts) > 0 {
			continue
		}
		stems, _ := e.relatedKnown(tm.lower)
		for _, st := range stems {
			if !stemsMeet(st, tm.stem) && !slices.Contains(tm.alts, st) {
				tm.alts = append(tm.alts, st)
			}
		}
		if len(tm.alts) > 0 {
			tm.derived = true
		}
	}
}

// withHeadNoun keeps the head noun of an alternative, its last word,
// when it is one of the words that elsewhere frame a question (typeWords:
// "order", "vote", "score") and the article uses it: inside "the
// evacuation order" the frame is the question around the alternative,
// and the head names the event itself.
func (e *Engine) withHeadNoun(q *query) {
	k := len(q.toks) - 1
	if k < 0 {
		return
	}
	t := q.toks[k]
	if !typeWords[t.lower] || stopWords[t.lower] || !e.r.vocab[t.stem] {
		return
	}
	for _, tm := range q.terms {
		if stemsMeet(tm.stem, t.stem) {
			return
		}
	}
	tm := e.meaning(q.toks, k)
	tm.weight = e.weigh(q, k, tm)
	q.terms = append(q.terms, tm)
}
