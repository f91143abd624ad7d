package lookup

import (
	"slices"
	"strings"
)

// Who was on board counted by the nouns for riders (part of stage 4, how
// many): "how many people were on board" of "An Airbus A220, carrying 131
// passengers and five crew members". WordNet 3.0 glosses "aboard, on
// board" as "on a ship, train, plane or other vehicle", and the nouns for
// the persons a vehicle carries by the same word: "passenger" is "a
// traveler riding in a vehicle", "crew" "the men and women who man a
// vehicle", "driver" "the operator of a motor vehicle". So a count of
// persons named by such a noun (or by a compound with one, "crew
// members") tells who was aboard, though the sentence never writes
// "board": the question's "on board" is read as a term those nouns hold,
// not as the noun "board" ("the Safety Board"), and conjoined counts of
// them are summed by kindsSum (kindcount.go).

// aboardCount reads the "on board" of q, a question counting people, as
// a term met by the article's counted nouns for the persons a vehicle
// carries; q unchanged when it asks no such thing or the article counts
// no such persons.
func (e *Engine) aboardCount(q *query) *query {
	if e.noLex || q.typ != tCount || !countsPeopleOrNone(q.focus) || !asksAboard(q.toks) {
		return q
	}
	var alts []string
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if n.kind == qCount && n.unit != "" && !slices.Contains(alts, n.unit) && e.countsPeople(n) && e.ridesVehicle(s, n) {
				alts = append(alts, n.unit)
			}
		}
	}
	if len(alts) == 0 {
		return q
	}
	c := *q
	c.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return t.stem == "board" || t.stem == "aboard" || t.stem == "onboard" })
	w := 2.0
	for _, t := range c.terms {
		w = max(w, t.weight)
	}
	c.terms = append(c.terms, term{lower: "aboard", stem: "aboard", alts: alts, derived: true, known: true, weight: w})
	return &c
}

// asksAboard reports whether toks say "on board", "aboard" or "onboard".
func asksAboard(toks []token) bool {
	for i, t := range toks {
		if t.lower == "aboard" || t.lower == "onboard" || t.lower == "board" && i > 0 && toks[i-1].lower == "on" {
			return true
		}
	}
	return false
}

// ridesVehicle reports whether a word of count n's noun phrase ("crew
// members", "passengers") is a noun WordNet glosses by a vehicle.
func (e *Engine) ridesVehicle(s *sentence, n quantity) bool {
	for k := n.tok + 1; k < n.end && k < len(s.toks); k++ {
		for _, g := range e.lex.Glosses(singular(s.toks[k].lower), "noun") {
			if strings.Contains(g, "vehicle") {
				return true
			}
		}
	}
	return false
}
