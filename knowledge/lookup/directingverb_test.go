package lookup

import "testing"

// shelterDirector is a short article written for this test, in no
// question set: who is in charge of the shelter is told only with
// "directs", and "ran" appears only of running away.
const shelterDirector = `Animal shelter doubles adoptions after fee cut

KELSO, Wash. (AP) — The Cowlitz Valley animal shelter placed 412 dogs and cats in new homes last year, twice as many as in 2022, after it dropped its adoption fee to $10.

"People came in who never thought they could afford a pet," said Maria Ostby, who directs the shelter.

A beagle that ran away from the shelter in March was found two days later.
`

// The directing verbs (WordNet 3.0 "direct" and its troponyms run, head,
// lead) are one act, so "who runs the shelter" asks who directs it.
func TestDirectingVerbsMeetEachOther(t *testing.T) {
	e := engineOf(t, shelterDirector)
	checkOpenings(t, e, []openingCase{
		{q: "who runs the shelter", first: "Maria Ostby"},
		{q: "who heads the shelter", first: "Maria Ostby"},
		{q: "who leads the shelter now", first: "Maria Ostby"},
		{q: "who directs the shelter", first: "Maria Ostby"},
	})
}
