package lookup

import "testing"

// fishermanRescue is a short article written for this test, in no
// question set: a delayed-identification lead whose subject carries a
// restrictive relative clause, and a next paragraph that names the man as
// the object of another verb than the lead's, after a common-noun
// subject.
const fishermanRescue = `Fisherman rescued after night in cold water

NEWPORT, Ore. (AP) — A 62-year-old fisherman who fell from his boat near Yaquina Bay was rescued early Tuesday after nearly 10 hours in the water, the Coast Guard said.

A helicopter crew hoisted Walter Brandt of Toledo from the water about 4 miles offshore, Petty Officer Ana Cruz said. He was treated for hypothermia.
`

func TestDelayedLeadCommonSubject(t *testing.T) {
	e := engineOf(t, fishermanRescue)
	checkOpenings(t, e, []openingCase{
		{q: "how old is walter brandt", first: "Walter Brandt is 62"},
		{q: "who was rescued", first: "Walter Brandt"},
	})
}
