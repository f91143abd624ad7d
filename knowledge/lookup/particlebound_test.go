package lookup

import "testing"

// icyHighway is a short article written for this test, in no question
// set: "over" as a phrasal verb's particle before a count of times, and
// as an approximator after verbs it forms no phrasal verb with.
const icyHighway = `Car rolls over on icy highway

MILLBROOK, Vt. (AP) — A car rolled over three times on an icy stretch of Route 7 on Friday, but the driver walked away with a bruised arm, police said.

The driver had been ticketed over 20 times for speeding, Trooper Dana Kell said.
`

func TestParticleIsNoApproximator(t *testing.T) {
	e := engineOf(t, icyHighway)
	checkOpenings(t, e, []openingCase{
		// "roll over" is a verb: the car rolled three times
		{"how many times did the car roll over", "Three times", nil, []string{"Over"}},
		// "ticket over" is none: over is "more than"
		{"how many times had the driver been ticketed", "Over 20 times", nil, nil},
	})
}
