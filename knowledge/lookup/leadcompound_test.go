package lookup

import "testing"

// A story whose lead measures its thing by a compound before a noun,
// and measures a person too.
const leadCompoundStory = `Angler lands record catfish on the Missouri

PIERRE, S.D. (AP) — A 6-foot-4 rancher from Fort Pierre pulled a 98-pound blue catfish from the Missouri River on Sunday, the state's heaviest on record, wildlife officials said.

Cal Dorsey, 58, fought the fish for 40 minutes. The old record fish weighed 91 pounds.
`

func TestLeadCompoundMeasure(t *testing.T) {
	e := engineOf(t, leadCompoundStory)
	checkOpenings(t, e, []openingCase{
		{"how heavy was it", "98-pound", nil, nil},
		{"how much did it weigh", "98-pound", nil, nil},
	})
	// a compound before a noun for a person measures the person
	checkAnswers(t, e, []answerCase{
		{"how tall was it", nil, []string{"6-foot-4"}},
	})
}
