package lookup

import "testing"

// harborFog is a short article written for this test, in no question
// set: spans of time and distance given as mixed numbers in words.
const harborFog = `Fog strands ferry passengers in harbor

PORT ANGELES, Wash. (AP) — Passengers on a ferry from Victoria waited on board for two and a half hours Monday while fog closed the harbor, the operator said.

A tugboat guided the ferry the last two and a half miles to the dock, and unloading took another three and a half hours.
`

func TestMixedHalf(t *testing.T) {
	e := engineOf(t, harborFog)
	checkOpenings(t, e, []openingCase{
		{"how long did the passengers wait", "Two and a half hours.", nil, nil},
		{"how long did the unloading take", "Three and a half hours.", nil, nil},
		{"how far did the tugboat guide the ferry", "Two and a half miles.", nil, nil},
	})
}
