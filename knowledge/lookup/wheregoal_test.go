package lookup

import "testing"

// drills is a short article written for these tests, in no question set:
// a verb of sending with its object before the goal, and the goal a
// common noun that a named place locates.
const drills = `Drill maker to close Enid plant

ENID, Okla. (AP) — Harlan Tool Co. will close its Enid plant by June, cutting 300 jobs, the company said Monday.

The company will move drill assembly to a larger plant in Tulsa.

Workers are going to lose their health coverage in July.
`

// TestWhereGoalAfterObject checks that the goal of a verb of sending is
// found after the verb's object, whole with the common noun it names.
func TestWhereGoalAfterObject(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, drills)
	checkOpenings(t, e, []openingCase{
		{"where will the company move drill assembly", "A larger plant in Tulsa.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		// "going to" before a verb is a future, not a movement
		{"where are the workers going", nil, []string{"Lose", "July"}},
	})
}
