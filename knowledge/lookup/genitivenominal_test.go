package lookup

import "testing"

// townClerk is a short article written for this test, in no question
// set: the act asked is told by its verb in a long lead, and by its noun
// after a genitive in a shorter sentence about someone else.
const townClerk = `Town clerk steps down

MILLBROOK, N.Y. (AP) — Millbrook Town Clerk Janet Pryor resigned Thursday, two weeks after a county review said her office had lost track of more than 300 marriage licenses issued between 2020 and 2023.

Supervisor Ray Dunn, who had called for Pryor's resignation, praised the decision.
`

func TestGenitiveNominal(t *testing.T) {
	checkAnswers(t, engineOf(t, townClerk), []answerCase{
		// Dunn called for her resignation; he did not resign
		{"who resigned", []string{"Janet Pryor."}, []string{"Ray Dunn."}},
	})
}
