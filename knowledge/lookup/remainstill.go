package lookup

// "Remain" and "still" (part of stage 2): "remain" and "stay" are the
// copular verbs of a current attribute that holds on (Quirk et al., A
// Comprehensive Grammar of the English Language, 1985, on current
// copulas: "remain", "stay", "keep"), and "remain closed" says what "are
// still closed" says: WordNet 3.0 glosses remain.v.01 "stay the same;
// remain in a certain state" and still.r.01 "with reference to action or
// condition; without change, interruption, or cessation". News writes
// either ("four were still hospitalized", "nine roads remained closed"),
// so a question's "remain" or "stay" meets the article's "still".

// copulasOfContinuing are the current copulas of continuing whose
// attribute "still" marks as holding on, as Snowball stems.
var copulasOfContinuing = set("remain", "stay")

// withStillForRemain gives a term of a copula of continuing the adverb
// "still" as a synonym, when the article writes "still".
func (e *Engine) withStillForRemain(terms []term) []term {
	if !e.r.vocab["still"] {
		return terms
	}
	for k := range terms {
		if copulasOfContinuing[terms[k].stem] {
			terms[k].alts = append(terms[k].alts, "still")
			terms[k].known = true
		}
	}
	return terms
}
