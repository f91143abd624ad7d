package lookup

import "testing"

// zoningVote is a short article written for this test, in no question
// set: the lead tells the vote without its sides, the next paragraph who
// took each side, referring to the rezoning by "it" and "the plan".
const zoningVote = `Glenmoor council approves warehouse rezoning

GLENMOOR, Pa. (AP) — The Glenmoor Borough Council voted 4-3 on Thursday to approve a rezoning that clears the way for a warehouse on the old mill site.

Council members Ada Finch, Bo Reyes, Cal Ortiz and Dee Marsh voted for the plan. Eli Stone, Fay Chen and Gus Patel voted against it.

Mayor Hana Ito did not vote.
`

// "Who voted against the rezoning" asks the side: the sentence that
// tells who voted against it answers, not the lead that tells the vote
// without sides, nor the sentence of the other side (Quirk et al.,
// §9.64).
func TestSideOfVote(t *testing.T) {
	e := engineOf(t, zoningVote)
	checkOpenings(t, e, []openingCase{
		{q: "who voted against the rezoning", first: "Eli Stone, Fay Chen and Gus Patel"},
		{q: "who voted for the rezoning", first: "Ada Finch, Bo Reyes, Cal Ortiz and Dee Marsh"},
	})
}
