package lookup

import "slices"

// peopleAsSize reports whether a count of people, n of s, can answer "how
// big" as q asks it. The size of a group is its members ("how big was the
// crowd": 2,000 people, sizeOfGroup), and so is that of an event others
// take part in ("how big was the protest"); but a building or a place is
// measured, or peopled: "how big is the town" is answered by its
// population ("a town of 9,800 people", isPopulation), and "how big was
// the hospital" not by "Twelve people were treated at … Hospital", nor
// "how big is the evac zone" by the 260 people a shelter took in. A
// group is a noun WordNet 3.0 files under social group in any sense, and
// a thing an artifact or a location in its most frequent sense (so
// "hospital" is a health facility, not the rarer medical institution,
// a kind of social group). A count of the asked people themselves ("one
// baby" for "how big was the baby") tells how many there are, not how
// big one is.
func (e *Engine) peopleAsSize(q *query, s *sentence, n quantity) bool {
	if !q.size() || !e.countsPeople(n) {
		return false
	}
	for _, t := range q.terms {
		if stemsMeet(n.unit, t.stem) && e.personNoun(singular(t.lower)) {
			return false // "how big was the baby": "one baby" counts the babies, not the size of one
		}
	}
	group := func(t term) bool {
		l := singular(t.lower)
		return e.lex.KindOf(l, "social_group") && !e.placeOrArtifact(l)
	}
	if e.isPopulation(s, n) || slices.ContainsFunc(q.terms, group) {
		return true // "a town of 9,800 people"; "how big was the crowd at the stadium"
	}
	for _, t := range q.terms {
		if l := singular(t.lower); !stopWords[t.lower] && !e.personNoun(l) && e.placeOrArtifact(l) {
			return false // measured or peopled, not a gathering
		}
	}
	return true
}

// placeOrArtifact reports whether noun l is, in its most frequent sense,
// a location or an artifact ("town", "hospital").
func (e *Engine) placeOrArtifact(l string) bool {
	return e.lex.Narrower(l, "artifact") || e.lex.Narrower(l, "location")
}
