package lookup

import "testing"

// ridgeCoop is a short article written for this test, in no question set:
// it names the cooperative in full and clips it on later reference
// ("the co-op"), as the AP Stylebook writes the clipping.
const ridgeCoop = `Dairy co-op closes plant

ELKRIDGE, Wis. (AP) — The Elk Ridge Dairy Cooperative will close its cheese plant in May, its board said Monday.

The co-op has 310 member farms.

The cooperative lost $1.2 million last year.
`

// A hyphenated clipping is the word it clips: "the co-op" asks of the
// sentences that write "cooperative" too.
func TestHyphenedClippingIsTheFullWord(t *testing.T) {
	e := engineOf(t, ridgeCoop)
	checkAnswers(t, e, []answerCase{
		{"how much did the co-op lose last year", []string{"$1.2 million"}, nil},
		{"how many farms are in the cooperative", []string{"310"}, nil},
	})
	if !hyphenedClipping("co-op", "cooper") || hyphenedClipping("co-op", "co-operative") || hyphenedClipping("coop", "cooper") {
		t.Error("hyphenedClipping: co-op clips cooperative; only a hyphenated word is one")
	}
}
