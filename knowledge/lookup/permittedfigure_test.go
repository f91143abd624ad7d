package lookup

import "testing"

// newFerry is a short article written for this test, in no question set:
// a figure the ferry carried and one it is allowed to carry, in the same
// words.
const newFerry = `New ferry starts service across the sound

PORT TOWNSEND, Wash. (AP) — The state's newest ferry began service on Monday, and officials said the crossing went smoothly.

Regulators cleared the ferry to carry as many as 300 passengers. It carried 180 passengers on its first day.
`

func TestPermittedWeight(t *testing.T) {
	e := engineOf(t, newFerry)
	checkOpenings(t, e, []openingCase{
		{q: "how many passengers did the ferry carry", first: "180"},
		{q: "how many passengers can the ferry carry", first: "300"},
	})
}
