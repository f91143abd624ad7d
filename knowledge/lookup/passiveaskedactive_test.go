package lookup

import "testing"

// elmStreetFires is a short article written for this test, in no
// question set: acts told in the active voice that a reader asks about
// in the passive, one of them with a month after a preposition.
const elmStreetFires = `Second fire hits Elm Street

A four-alarm fire tore through a downtown apartment building early Tuesday, officials said.

In March, a blaze destroyed a vacant warehouse two blocks away.

Crews later demolished the warehouse's east wall for safety.
`

// TestPassiveQuestionActiveAnswer: "what was destroyed in March" has
// "what" for the passive's subject, so the month after "in" is no verb
// whose object is asked, and the article's active sentence answers with
// its object.
func TestPassiveQuestionActiveAnswer(t *testing.T) {
	checkOpenings(t, engineOf(t, elmStreetFires), []openingCase{
		{"what was destroyed in March", "A vacant warehouse two blocks away.", nil, nil},
		{"what was destroyed in march?", "A vacant warehouse two blocks away.", nil, nil},
		{"what was demolished", "The warehouse's east wall.", nil, nil},
	})
}
