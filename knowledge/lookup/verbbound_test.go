package lookup

import "testing"

// pierRepairs is a short article written for this test, in no question
// set: states whose length is told by the bound on their own verb, with
// a number of time in another sentence about another act.
const pierRepairs = `Storm shuts harbor pier

BRIXHAM, England (AP) — Harbor officials said the gale would last through Friday, and they closed the fishing pier to the public for the rest of the month.

Crews had worked 14 hours on the seawall before the gale arrived.

The ferry service will stay suspended until the end of the week.
`

// A how-long question of a state is answered by the adjunct of duration
// on its own verb ("would last through Friday", "closed … for the rest
// of the month"), not by a number of time that measures another act.
func TestVerbBound(t *testing.T) {
	e := engineOf(t, pierRepairs)
	checkOpenings(t, e, []openingCase{
		{q: "how long will the gale last", first: "Through Friday"},
		{q: "how long will the pier be closed", first: "For the rest of the month"},
		{q: "how long will the ferry be suspended", first: "Until the end of the week"},
		{q: "how long did crews work on the seawall", first: "14 hours"},
	})
}
