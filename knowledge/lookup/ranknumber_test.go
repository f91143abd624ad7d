package lookup

import "testing"

// tarnPoll is a short article written for these tests, in no question
// set: ranks written the AP way, "No." and a figure, and a name ("United
// Conference") whose stem is that of a synonym WordNet gives for "one".
const tarnPoll = `Tarn Central tops state basketball poll for first time

TARN, Ky. (AP) — Tarn Central climbed to No. 1 in the Kentucky high school basketball poll released Monday, the first time the Wildcats have held the top spot.

The team has won 14 straight games and is unbeaten in the United Conference.

Lexington Bryan Station fell to No. 2 after losing to Tarn Central 71-64 on Saturday, and Louisville Ballard held at No. 3.
`

// TestSpelledRank finds a rank asked as chat spells it, "number one" or
// "number three", in the sentence that writes it "No. 1" or "No. 3".
func TestSpelledRank(t *testing.T) {
	e := engineOf(t, tarnPoll)
	checkOpenings(t, e, []openingCase{
		{"what was number one in the poll this week", "TARN, Ky. (AP) — Tarn Central climbed to No. 1", nil, nil},
		{"what was number three in the poll", "Lexington Bryan Station fell", []string{"Louisville Ballard held at No. 3"}, nil},
	})
}
