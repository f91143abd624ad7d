package lookup

import "testing"

// debateTitle is a short article written for this test, in no question
// set: the team's coach holds a leader's title, but a sentence tells who
// led the team in the act's own verb.
const debateTitle = `Northfield wins state debate title

MADISON, Wis. (AP) — Northfield High School won the state debate championship on Saturday, its first title since 1998.

Northfield was led by senior Maya Ortiz, who won all six of her rounds. "She carried us," Northfield coach Brian Hale said.

The Northfield team beat Lakeview in the final round. Lakeview was coached by Dana Morse.
`

func TestLeadingTold(t *testing.T) {
	e := engineOf(t, debateTitle)
	checkOpenings(t, e, []openingCase{
		{q: "who led northfield", first: "Maya Ortiz"},
		{q: "who coaches northfield", first: "Brian Hale"},
	})
}
