package lookup

import "testing"

// floodCrest is a short article written for this test, in no question
// set: heights and depths reached by verbs of directed motion, beside a
// horizontal distance and a length compound that answer neither.
const floodCrest = `Research sub and weather balloon launched from Pell Harbor

PELL HARBOR, Maine (AP) — A 28-foot research submarine left Pell Harbor on Monday and traveled 14 miles before it descended to 2,300 feet off the ledge, the institute said.

A weather balloon sent up the same morning climbed to about 90,000 feet before it burst.

The harbor's tide gauge showed the water crested at 11.2 feet, a peak of 11.2 feet being the highest since 1978.

The sub's hull is 9 feet wide.
`

// The measure a verb of upward or downward motion ends at answers "how
// high" or "how deep"; the distance traveled and the sub's length do not,
// and a measure phrase before the dimension adjective asked answers it.
func TestReachedMeasure(t *testing.T) {
	e := engineOf(t, floodCrest)
	checkOpenings(t, e, []openingCase{
		{"how deep did the sub go", "2,300 feet", nil, nil},
		{"how high did the balloon get", "About 90,000 feet", nil, nil},
		{"how high did the water get", "11.2 feet", nil, nil},
		{"how wide is the sub", "9 feet", nil, []string{"28-foot"}},
	})
	q := &query{measure: "deep"}
	s := &e.r.sents[1]
	for _, n := range s.nums {
		if got, want := reachedMeasure(q, s, n), n.text == "2,300 feet"; got != want {
			t.Errorf("reachedMeasure(deep, %q) = %v, want %v", n.text, got, want)
		}
	}
	q.measure = "high"
	for _, n := range s.nums {
		if reachedMeasure(q, s, n) {
			t.Errorf("reachedMeasure(high, %q): a descent reaches no height", n.text)
		}
	}
}

// launchLead is a lead whose thing is sized by a compound and then rises:
// "how high did it get" is the height reached, not the size.
const launchLead = `Club kite sets local mark

BRANT, Ore. (AP) — A 60-foot dragon kite built by a Brant club flew Sunday over the dunes.

At its peak it climbed to roughly 700 feet, the club said.
`

func TestTopicReached(t *testing.T) {
	e := engineOf(t, launchLead)
	checkOpenings(t, e, []openingCase{
		{"how high did it get", "Roughly 700 feet", nil, []string{"60-foot"}},
	})
}

// anchorLost is a lead whose thing is sized by a compound and whose depth
// is told as a position: "how deep did it go" is that depth.
const anchorLost = `Lost anchor found off Rye

RYE, N.H. (AP) — A 900-pound iron anchor lost by a fishing boat in March was found Tuesday by divers.

It had come to rest about 70 feet below the surface, the harbor patrol said.
`

func TestTopicPositioned(t *testing.T) {
	e := engineOf(t, anchorLost)
	checkOpenings(t, e, []openingCase{
		{"how deep did it go", "About 70 feet", nil, []string{"900-pound"}},
	})
}
