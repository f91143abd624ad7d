package lookup

// A year premodifying a made thing (part of stage 2, terms): "when was the
// bridge built" asks what "a 1911 concrete bridge" tells without a verb.
// A year before a noun dates what the noun names (Quirk et al. 1985,
// §17.104ff on premodification; premodifieryear.go), and the date of a
// made thing, a building, a bridge, a ship, is the year it was made, so
// an article may write the year and never the verb of making. The verb
// of origin then ranks but no sentence must hold it, as a given word of a
// time clause does (timeclauseanchor.go), when a sentence writes a year
// right before another word of the question (with at most two
// premodifiers between: "a 1911 concrete bridge").

// originYearGiven marks an origin verb the article never writes as given
// in a when-question whose other word the article premodifies by a year.
func (e *Engine) originYearGiven(q *query) []term {
	if q.typ != tTime {
		return q.terms
	}
	at := -1
	for i, t := range q.terms {
		if originVerbs[t.lower] && !t.known { // the participles of making and founding (thingage.go)
			at = i
		}
	}
	if at < 0 || !e.yearPremodifiesTerm(q, at) {
		return q.terms
	}
	out := append([]term(nil), q.terms...)
	out[at].given, out[at].known = true, true
	return out
}

// yearPremodifiesTerm reports whether a sentence writes a year after a
// determiner and, within three words with nothing but spaces between,
// a word of a term of q other than term skip.
func (e *Engine) yearPremodifiesTerm(q *query, skip int) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k+1 < len(s.toks); k++ {
			if yearOf(s.toks[k]) == 0 || !determiners[s.toks[k-1].lower] {
				continue
			}
			for j := k + 1; j < len(s.toks) && j <= k+3 && spaced(s, j-1, j); j++ {
				for n, t := range q.terms {
					if n != skip && t.known && t.matches(s.toks[j]) {
						return true
					}
				}
			}
		}
	}
	return false
}

// originAsked reports whether q asks when a thing was made by a verb of
// origin the article does not write (originYearGiven).
func originAsked(q *query) bool {
	for _, t := range q.terms {
		if t.given && originVerbs[t.lower] {
			return true
		}
	}
	return false
}
