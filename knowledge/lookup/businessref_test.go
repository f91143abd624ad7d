package lookup

import "testing"

// freightWashout is a short article written for these tests, in no question
// set: a business named without a corporate designator ("Casco Bay
// Railroad"), then called "the company".
const freightWashout = `Freight line suspends service after washout

BANGOR, Maine (AP) — Heavy rain washed out a section of track used by Casco Bay Railroad on Sunday, halting freight service to three paper mills.

The Maine Department of Transportation closed a nearby road. The company said it would reopen the line within 10 days and pay the mills' trucking costs.
`

// TestCompanyByKindOfBusiness checks that "the company" refers to the one
// organisation whose head noun WordNet files under business.
func TestCompanyByKindOfBusiness(t *testing.T) {
	e := engineOf(t, freightWashout)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"when will casco bay railroad reopen the line", []string{"within 10 days"}, nil},
	})
}
