package lookup

// The possessed head the article never names (part of stage 5). In "St.
// Adalbert's choir" the genitive is a determiner and "choir" the head of
// the noun phrase (Quirk et al. 1985, §5.112 and §17.37 on the
// determinative genitive): the phrase names the choir, and the possessor
// only says whose. A question asking of such a head that the article
// never uses ("how many members does St. Adalbert's choir have") asks of
// a thing the article does not speak of, and its other words, which name
// the possessor and what is counted of it, would answer of the possessor
// instead. A head naming a kind of person is left out: "Russia's envoy"
// describes a person the article may call otherwise ("the Russian
// ambassador"), as descriptions.go resolves; so is the head of a
// descriptive genitive ("the women's side", speechcues.go), which
// classifies its noun and has no owner.

// possessedUnknown reports whether unknown term t is the head right after
// a genitive in q ("adalbert's choir") and names no kind of person.
func (e *Engine) possessedUnknown(q *query, t term) bool {
	if e.isPersonNoun(t.lower) {
		return false
	}
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == t.lower && q.toks[i-1].poss && !descriptiveGenitive(q.toks[i-1]) {
			return true
		}
	}
	return false
}
