package lookup

import "testing"

// stormWatch is a short article written for this test, in no question
// set: acts told under "may", "might" and "could", a negated one, an act
// stated, and "May" the month.
const stormWatch = `Storm nears Bayport

BAYPORT, Maine (AP) — A storm may hit Portland before Bayport, forecasters said Monday. The city might close schools, Mayor Ann Dole said, though the storm hit Bath on Sunday.

The harbor flooded in May. Crews could not reopen the ferry dock.
`

func TestPossibleActGetsNoVerdict(t *testing.T) {
	e := engineOf(t, stormWatch)
	checkOpenings(t, e, []openingCase{
		// possible, not stated
		{"did the storm hit portland", "The article does not say so", nil, nil},
		{"will the city close schools", "The article does not say so", nil, nil},
		// stated, in May, or denied: verdicts as before
		{"did the storm hit bath", "Yes", nil, nil},
		{"did the harbor flood", "Yes", nil, nil},
		{"did crews reopen the ferry dock", "No", nil, nil},
	})
}
