package lookup

import "testing"

// quarryBlast is a short article written for this test, in no question
// set: a paragraph whose first sentence holds the act ("were hurt") and
// whose second names other people without referring back to it, and a
// sentence that refers back by "they".
const quarryBlast = `Blast at quarry

PIKEVILLE, Ky. (AP) — No miners were hurt in the blast, the company said. Drivers hauled stone from the site all day.

Two guards were injured in March. They were treated at a clinic.
`

func TestVerdictRestsOnTheActsOwnSentence(t *testing.T) {
	e := engineOf(t, quarryBlast)
	checkAnswers(t, e, []answerCase{
		// the drivers' sentence says nothing of anyone hurt
		{"were drivers hurt", nil, []string{"Yes —", "No —"}},
	})
	checkOpenings(t, e, []openingCase{
		{"were any miners hurt", "No", nil, nil},
		{"were the guards treated", "Yes", nil, nil},
	})
}
