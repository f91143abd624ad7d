package lookup

import "testing"

// schoolClosure is a short article written for this test, in no question
// set: a school named without the word "school" ("Oak Hollow
// Elementary"), which a which-question finds.
const schoolClosure = `Flu outbreak closes elementary school in Idaho

BOISE, Idaho (AP) — Health officials closed an elementary school in Meridian on Tuesday after 40 students fell ill with the flu.

Oak Hollow Elementary, which has about 500 students, will stay closed until Monday while the building is cleaned, district spokesman Ben Ortiz said.
`

// TestWhichOfName checks that asking a thing's name ("what is the school
// called", "whats the name of the school") is answered as "what school
// is it" is, though the name does not hold the noun.
func TestWhichOfName(t *testing.T) {
	e := engineOf(t, schoolClosure)
	checkOpenings(t, e, []openingCase{
		{"what school is it", "Oak Hollow Elementary", nil, nil},
		{"what is the school called", "Oak Hollow Elementary", nil, nil},
		{"whats the name of the school", "Oak Hollow Elementary", nil, nil},
	})
}
