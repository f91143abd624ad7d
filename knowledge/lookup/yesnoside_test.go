package lookup

import "testing"

// parkBond is a short article written for this test, in no question set:
// each council member's side is told in a relative clause after the name.
const parkBond = `Dunmore council backs park bond

DUNMORE, Ohio (AP) — The Dunmore City Council voted 5-2 on Tuesday to put a $12 million park bond on the November ballot.

Councilor Ivy Hale, who voted against the bond, said the city could not afford the payments. Councilor Noel Brandt, who voted for it, said the parks had been neglected for decades.
`

// "Did Hale vote for the bond" asks support; "Hale, who voted against
// the bond" tells opposition, the other side, and answers no (Quirk et
// al., §9.64), as the side asked answers yes.
func TestYesNoSideOfVote(t *testing.T) {
	e := engineOf(t, parkBond)
	checkOpenings(t, e, []openingCase{
		{q: "did hale vote for the bond", first: "No —"},
		{q: "did hale vote against the bond", first: "Yes —"},
		{q: "did brandt vote against it", first: "No —"},
	})
}
