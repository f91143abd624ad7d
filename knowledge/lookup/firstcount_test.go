package lookup

import "testing"

// sandbarFerry is a short article written for this test, in no question
// set: a lead that counts no passengers, a body sentence that gives all
// of them, and a later count of a few.
const sandbarFerry = `Ferry stuck on sandbar for six hours

SEATTLE (AP) — A state ferry ran aground on a sandbar in Puget Sound on Friday after a steering failure, officials said.

The ferry, carrying 212 passengers and 40 vehicles, was pulled free at high tide. Five passengers were treated for seasickness.
`

// TestFirstBodyCount checks that a bare count question is answered by the
// body's first count of the noun when the lead counts none: the whole,
// not the later part.
func TestFirstBodyCount(t *testing.T) {
	e := engineOf(t, sandbarFerry)
	checkOpenings(t, e, []openingCase{
		{"how many passengers", "212 passengers", nil, nil},
		{"how many passengers were treated", "Five", nil, nil},
	})
}
