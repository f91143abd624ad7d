package lookup

// "Ago" measures a span back from the time of speaking; "earlier",
// "before" and "previously" measure it back from a time the text has set
// (Quirk et al. 1985, §8.59 and §9.7 on "ago" and "before" as the
// deictic and anaphoric adverbs of anterior time). A report of a past
// period sets that time itself ("earned $312 million in the quarter, down
// from $400 million a year earlier"), so a reader's "what was profit a
// year ago" asks the span the article writes with "earlier": an article
// that never writes "ago" gives the question's "ago" its anaphoric words.

// withAgoAnterior gives the term "ago" the adverbs that measure back from
// a time the text sets (prioroccasion.go's priorAdverbs: "earlier",
// "before", "previously") that the article writes, when it never writes
// "ago".
func (e *Engine) withAgoAnterior(q *query, terms []term) []term {
	if e.r.vocab["ago"] {
		return terms
	}
	for k := range terms {
		if terms[k].lower != "ago" {
			continue
		}
		for w := range priorAdverbs {
			if e.r.vocab[stemOf(w)] {
				terms[k].alts = append(terms[k].alts, stemOf(w))
				terms[k].known = true
			}
		}
	}
	return terms
}
