package lookup

import "testing"

// fenwayTheft is a short article written for this test, in no question
// set: a theft told in the passive, a participle used as an adjective in
// an earlier sentence, and a light verb's passive.
const fenwayTheft = `Rare guitar recovered

NASHVILLE, Tenn. (AP) — Police said Monday they had searched a warehouse full of stolen goods.

A 1959 sunburst guitar owned by singer Ray Delong was stolen from his tour bus in May while thieves distracted the driver.

Two men were taken to jail.
`

func TestWhatUnderwentTheAct(t *testing.T) {
	checkOpenings(t, engineOf(t, fenwayTheft), []openingCase{
		{"what got stolen", "A 1959 sunburst guitar owned by singer Ray Delong.", nil, nil},
		{"what was stolen from the bus", "A 1959 sunburst guitar", nil, nil},
		{"what did the thieves steal", "A 1959 sunburst guitar", nil, nil},
	})
}
