package lookup

// A writer counts things by the class that fits the whole set he reports
// and the reader asks by the word he thinks of: "230 vehicles" were
// damaged, and the chat asks "how many cars"; "seven horses" were
// seized, and it asks "how many ponies"; a caterer employs "six cooks",
// and it asks "how many chefs". The asked noun's nearest broader term
// (WordNet's hypernym, past the phrase-named inner nodes of
// phrasalhypernym.go) is the noun the article counts, so the article's
// count is the one it gives for the things asked about, all of them of
// that class (Cruse 1986, Lexical Semantics, §6.1: a hyponym's referents
// are among its hypernym's). It answers only when the asked noun is the
// reader's word and not the writer's: a story that writes "heavy truck
// traffic" and counts "31,000 vehicles" a day tells the trucks apart
// from the rest and gives no count of them, and one that counts "12
// sedans" among "40 vehicles" has the closer count (Grice 1975, quantity:
// a writer who has the narrower count and means it gives it).

// countsClassOf reports whether count n counts, by its nearest broader
// term, the noun q asks to count, the article never writing that noun
// nor counting a kind of it.
func (e *Engine) countsClassOf(q *query, n quantity) bool {
	if e.noLex || n.kind != qCount || n.noun == "" || len(q.focus) == 0 || measureOf(n.unit) != "" {
		return false
	}
	asked, ok := e.askedCountNoun(q)
	if !ok || asked == singular(n.noun) || !e.broaderPastPhrases(asked, singular(n.noun), phrasalHypernymSteps) {
		return false
	}
	return !e.knownApartFromRole(q.focus[len(q.focus)-1]) && !e.countsAskedNoun(q) // "employers" do not write "employees" (countedhead.go)
}

// askedCountNoun is the singular of the plural noun q counts ("how many
// ponies": pony), as countsKindOf reads it.
func (e *Engine) askedCountNoun(q *query) (string, bool) {
	head := q.focus[len(q.focus)-1]
	for _, t := range q.terms {
		if t.stem == head && (singular(t.lower) != t.lower || q.countedAfterMany(t.lower)) {
			return singular(t.lower), true
		}
	}
	return "", false
}

// countsAskedNoun reports whether some count of the article counts the
// noun q asks about by that noun or a kind of it.
func (e *Engine) countsAskedNoun(q *query) bool {
	for i := range e.r.sents {
		for _, m := range e.r.sents[i].nums {
			if m.kind == qCount && (e.unitMatch(m, q.focus) > 0 || e.countsKindOf(q, m)) {
				return true
			}
		}
	}
	return false
}
