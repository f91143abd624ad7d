package lookup

import "testing"

// TestWhereIsAPlace: "where is Dunmoor" asks where the town lies: the
// dateline's state and the appositive placing it by a better-known place,
// not the place of the story's event within it.
func TestWhereIsAPlace(t *testing.T) {
	e := engineOf(t, `Mill workers strike in Dunmoor

DUNMOOR, Maine (AP) — About 300 workers at the Penrose paper mill in Dunmoor walked off the job Monday.

The mill is the largest employer in Dunmoor, a town of about 4,000 people north of Bangor.
`)
	checkAnswers(t, e, []answerCase{
		{"where is dunmoor", []string{"Maine", "north of Bangor"}, []string{"At the Penrose"}},
		{"where's dunmoor located", []string{"north of Bangor"}, nil},
	})
}
