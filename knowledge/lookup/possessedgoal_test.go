package lookup

import "testing"

// ferryIsland is a short article written for this test, in no question
// set: a goal named through a genitive ("bound for Lake Orran's largest
// island"), and one whose head a preposition follows ("to Tesk's harbor
// on Saturday").
const ferryIsland = `Ferry service resumes after storm

PORT ALDEN, Mich. (AP) — A ferry carrying 40 passengers left Port Alden on Friday bound for Lake Orran's largest island, the first trip since a storm closed the dock.

A supply barge headed to Tesk's harbor on Saturday.
`

// TestPossessedGoal: the genitive determines the goal's noun, so the
// goal is the whole noun phrase, not the genitive name alone.
func TestPossessedGoal(t *testing.T) {
	e := engineOf(t, ferryIsland)
	checkAnswers(t, e, []answerCase{
		{"where was the ferry headed", []string{"Lake Orran's largest island"}, []string{"Lake Orran's. "}},
		{"where was the barge headed", []string{"Tesk's harbor"}, []string{"Tesk's. "}},
	})
}
