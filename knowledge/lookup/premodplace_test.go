package lookup

import "testing"

// breweryLawsuit is a short article written for this test, in no question
// set: a thing placed by a place name premodifying it, in a sentence that
// places another act elsewhere.
const breweryLawsuit = `Judge halts county's brewery rule

A state judge in Salem blocked the rule on Friday, after a Eugene craft brewery and two taverns sued.
`

// TestPlacePremodifyingTheAskedThing checks that "where is the craft
// brewery" takes the place name before it, not the judge's.
func TestPlacePremodifyingTheAskedThing(t *testing.T) {
	checkOpenings(t, engineOf(t, breweryLawsuit), []openingCase{
		{"where is the craft brewery", "Eugene", nil, nil},
		{"where was the rule blocked", "In Salem", nil, nil},
	})
}
