package lookup

import "testing"

// ferryDockStory is a short news story written for this test, in no
// question set: acts dated only by a clause of time, one by a "while" of
// contrast, and one whose "when" opens an indirect question.
const ferryDockStory = `Island ferry to use smaller boat during dock work

PORT ALDER, Maine (AP) — The island ferry will carry only foot passengers while crews rebuild the mainland dock, the town said Wednesday.

Cars will wait in the school lot until the ramp is replaced.

"When the tide is low, we can't even reach the float," harbor master Ed Coyle said.

The town did not say when the new float would be delivered.

Fares rose for islanders, while summer visitors paid the old price.
`

func TestClauseOfTimeAnswersWhen(t *testing.T) {
	e := engineOf(t, ferryDockStory)
	checkOpenings(t, e, []openingCase{
		{"when will the ferry carry only foot passengers", "While crews rebuild the mainland dock", nil, nil},
		{"when r cars gonna wait in the school lot", "Until the ramp is replaced", nil, nil},
		{"when can't they reach the float", "When the tide is low", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		// an indirect question's "when" dates nothing; a "while" of contrast neither
		{"when will the new float be delivered", nil, []string{"When the new float"}},
		{"when did fares rise for islanders", nil, []string{"While summer visitors"}},
	})
}
