package lookup

import "testing"

// ferndaleLevy is a short article written for this test, in no question
// set: a town the dateline places by its state's AP abbreviation, and
// the word "state" used of another matter.
const ferndaleLevy = `Ferndale voters back school levy

FERNDALE, Ky. (AP) — Voters in Ferndale approved a 2-mill school levy on Tuesday, 1,804 to 1,311.

The district had lost $1.4 million in state aid since 2022, Superintendent Ruth Oyelaran said.
`

// "What state is X in" asks the state the dateline sets after the town,
// spelled out; no other place answers it.
func TestWhatStateIsTheTownIn(t *testing.T) {
	e := engineOf(t, ferndaleLevy)
	checkOpenings(t, e, []openingCase{
		{"what state is ferndale in", "Kentucky.", nil, []string{"state aid"}},
		{"which state is ferndale located in?", "Kentucky.", nil, nil},
	})
}
