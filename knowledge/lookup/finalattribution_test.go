package lookup

import "testing"

// callumCrash is a short article written for these tests, in no question
// set: a sentence of reported speech closed by its speaker's name and
// "said", whose reported clause opens with a description of someone
// else, who is named later with "identified as".
const callumCrash = `Truck hits feed store in Callum

CALLUM, Kan. (AP) — A pickup truck crashed into the front of a feed store Friday, Sheriff Dana Pruitt said.

The driver swerved sharply, Pruitt said.

The driver, identified as Leon Marsh, 33, of Oakvale, was cited for speeding.
`

// TestFinalAttributionIsNoAppositive checks that the reported clause
// before "Pruitt said." does not describe Pruitt: the driver is the one
// the article names as the driver.
func TestFinalAttributionIsNoAppositive(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, callumCrash)
	checkOpenings(t, e, []openingCase{
		{"who was the driver", "Leon Marsh", nil, []string{"Pruitt"}},
		{"where is the driver from", "Oakvale.", nil, nil},
	})
	if reportedBefore(", 33, of Oakvale, was cited.") || !reportedBefore(" said Tuesday.") {
		t.Error("reportedBefore: only a closing verb of saying is a final attribution")
	}
}
