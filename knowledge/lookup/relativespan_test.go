package lookup

import "testing"

// creameryClosing is a short article written for this test, in no
// question set: acts told with "next year", "this spring" and a change
// from last year to this year.
const creameryClosing = `Dairy cooperative to close creamery

EAU CLAIRE, Wis. (AP) — Northland Dairy Cooperative said Monday it would close its creamery in Chippewa Falls next year and move butter production to Minnesota.

The cooperative will open a new cheese line this spring.

Milk prices fell from $21 last year to $17 this year, the cooperative said.
`

// A yes/no question dated by a deictic span ("this year") is answered No
// by a sentence that tells the act in another span of the same unit
// ("next year"), and not by one telling both.
func TestOtherDeicticSpan(t *testing.T) {
	e := engineOf(t, creameryClosing)
	checkAnswers(t, e, []answerCase{
		{"will the creamery close this year", []string{"No —", "next year"}, []string{"Yes"}},
		{"will the creamery close next year", []string{"Yes"}, nil},
		{"will the cheese line open next spring", []string{"No —"}, []string{"Yes"}},
		{"did milk prices fall this year", nil, []string{"No —"}},
	})
}
