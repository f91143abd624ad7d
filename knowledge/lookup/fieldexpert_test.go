package lookup

import "testing"

// parkElm is a short article written for this test, in no question set:
// two people named by occupations WordNet defines by their field (an
// arborist treats damaged trees, a seismologist studies earthquakes), and
// one by a title with no field.
const parkElm = `Storm topples 200-year-old elm in town square

MAPLE FORD, Vt. (AP) — A 200-year-old elm fell across the town square during a storm Tuesday night, crushing a bench and a flagpole.

City arborist Noor Haddad said rot inside the trunk had weakened the tree for years.

The square also shook slightly on Monday from a small earthquake, said state seismologist Owen Pratt, who called the two events unrelated.

Town manager Ellie Voss said the wood would be milled into benches.
`

func TestFieldExpert(t *testing.T) {
	e := engineOf(t, parkElm)
	checkAnswers(t, e, []answerCase{
		{"who's the tree expert", []string{"Noor Haddad"}, []string{"Pratt", "Voss"}},
		{"whos the state earthquake specialist", []string{"Owen Pratt"}, []string{"Haddad", "Voss"}},
	})
	// a field the article's people are not defined by finds no one by it
	q := e.understand("who's the bird expert", nil)
	for x := range e.a.Entities {
		for _, tm := range q.terms {
			if e.fieldExpertMeets(q, tm, e.describedBy(x)) {
				t.Errorf("%s met %q as a bird expert", e.a.Entities[x].Name, tm.lower)
			}
		}
	}
}
