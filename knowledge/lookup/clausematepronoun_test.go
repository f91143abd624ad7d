package lookup

import "testing"

// drumSuccession is a short article written for this test, in no
// question set: the successor is the subject and the one succeeded the
// object pronoun of the same clause.
const drumSuccession = `Band names new drummer

NASHVILLE, Tenn. (AP) — The band said its longtime drummer, Daniel Reyes, will step down at the end of the tour.

Priya Natarajan will succeed him. Natarajan said Reyes had trained her for years.

Owen Pike said the band fired him in 2019.
`

// TestClauseMatePronoun checks that an object pronoun is not read as the
// subject of its own clause, but may be the subject of the clause above.
func TestClauseMatePronoun(t *testing.T) {
	e := engineOf(t, drumSuccession)
	checkOpenings(t, e, []openingCase{
		{q: "who will succeed reyes", first: "Priya Natarajan."},
	})
	for i, s := range e.r.sents {
		for _, tok := range s.toks {
			if tok.lower != "him" {
				continue
			}
			x := e.r.antecedent(i, tok.start, 'm')
			if x < 0 {
				t.Fatalf("%q: him refers to no one", s.text)
			}
			name := e.a.Entities[x].Name
			if s.para == 2 && name != "Daniel Reyes" || s.para == 3 && name != "Owen Pike" {
				t.Errorf("%q: him read as %s", s.text, name)
			}
		}
	}
}
