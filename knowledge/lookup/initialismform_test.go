package lookup

import "testing"

// crossingCrash is a short article written for these tests, in no
// question set: a company whose name's initials spell a function word
// ("Osage Fluid Systems", "Ogden Freight": "of").
const crossingCrash = `Jury faults railroad in crossing crash

OMAHA, Neb. (AP) — A jury on Monday ordered Platte Valley Railroad to pay $2.2 million to the family of a driver killed at a crossing, finding that the railroad failed to trim trees that blocked the view of the tracks.

The truck's owner, Osage Fluid Systems, was also sued. Osage Fluid settled with the family last year.
`

// TestInitialismNoFunctionWord checks that an acronym spelling a
// function word is no form of the name: the lead, which writes "of" but
// never the company, does not name it.
func TestInitialismNoFunctionWord(t *testing.T) {
	e := engineOf(t, crossingCrash)
	for x, en := range e.a.Entities {
		if en.Name != "Osage Fluid Systems" {
			continue
		}
		for i := range e.r.sents {
			s := &e.r.sents[i]
			if s.para == 1 && contains(s.named, x) {
				t.Errorf("the lead names %s by %q forms %v", en.Name, "of", e.r.ents[x].forms)
			}
		}
		return
	}
	t.Fatal("no entity Osage Fluid Systems")
}
