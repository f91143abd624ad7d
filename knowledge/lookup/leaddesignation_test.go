package lookup

import "testing"

// flightDesignated is a short article written for this test, in no
// question set: a designation that opens its sentence ("Flight 1482,")
// beside a common use of the noun ("Two flight attendants").
const flightDesignated = `Flight diverted after passenger tries to open door

KANSAS CITY, Mo. (AP) — A flight from Newark to Denver was diverted to Kansas City on Saturday after a passenger tried to open a door.

Flight 1482, a Boeing 737 carrying 163 passengers, landed safely at 4:15 p.m. Two flight attendants restrained the passenger.
`

// TestLeadingDesignation checks that a designation opening a sentence
// answers which one it was.
func TestLeadingDesignation(t *testing.T) {
	e := engineOf(t, flightDesignated)
	checkOpenings(t, e, []openingCase{
		{"what flight was it", "Flight 1482", nil, []string{"attendants"}},
		{"what was the flight number", "Flight 1482", nil, nil},
	})
}
