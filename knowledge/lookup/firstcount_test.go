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

// schoolMeasles is a short article written for this test, in no question
// set: a lead whose count is the noun's by a verb between, and a body
// count of the noun elsewhere.
const schoolMeasles = `Measles cases at Ohio school climb

COLUMBUS, Ohio (AP) — Measles cases linked to a Columbus school rose to 23 on Friday, health officials said.

The U.S. has recorded 412 measles cases so far this year.
`

// TestFirstBodyCountAfterLeadCount checks that the body's first count does
// not outweigh a lead that holds a count.
func TestFirstBodyCountAfterLeadCount(t *testing.T) {
	e := engineOf(t, schoolMeasles)
	checkOpenings(t, e, []openingCase{
		{"how many cases are there", "23", nil, []string{"412"}},
	})
}
