package lookup

import "testing"

// A word the article writes in lower case is its own common word, not a
// name misspelt: "race" is one letter from "Grace", but the regatta story
// writes "race" itself, so "who won the race" names no one and is
// answered with Grace Tull, the winner.
func TestPlainWordIsNoMisspeltName(t *testing.T) {
	e := engineOf(t, "Tull takes harbor regatta\n\n"+
		"Grace Tull won the sailboat race on Saturday, beating Owen Marsh by 40 seconds.\n\n"+
		"Tull, 29, sails out of Bar Harbor. Marsh said the wind died in the last hour of the race.\n")
	checkOpenings(t, e, []openingCase{
		{"who won the race", "Grace Tull.", nil, nil},
		// a misspelling that is no word of the article still names her
		{"how old is grace tul", "Grace Tull is 29", nil, nil},
	})
}
