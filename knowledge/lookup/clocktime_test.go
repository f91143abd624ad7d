package lookup

import "testing"

// gasLeak is a short article written for these tests, in no question set:
// the clock time stands in the sentence before the one that names the
// event, and a day in the lead.
const gasLeak = `Gas leak forces evacuation of downtown Ames block

AMES, Iowa (AP) — A gas main ruptured Thursday under Main Street, forcing businesses on one block to close.

Crews reached the site at about 2:15 p.m. They shut off the ruptured main an hour later.

Two water mains burst under Elm Street at about 9:50 a.m. The broken mains flooded four basements.

The block reopened Friday morning, city officials said.
`

// TestClockTimeFromNeighbour checks that "what time" is answered with a
// clock time from the paragraph that tells the event, not the day.
func TestClockTimeFromNeighbour(t *testing.T) {
	e := engineOf(t, gasLeak)
	checkOpenings(t, e, []openingCase{
		{q: "what time did the mains break", first: "9:50 a.m."},
		{q: "when did the main rupture", first: "Thursday"},
	})
}

// TestClockTimeNotAnotherMoment checks that a neighbour telling its own
// moment ("an hour later") takes no clock time from the sentence before.
func TestClockTimeNotAnotherMoment(t *testing.T) {
	e := engineOf(t, gasLeak)
	checkAnswers(t, e, []answerCase{{"what time did crews shut off the main", nil, []string{"2:15 p.m. Crews", "At about 2:15 p.m. Crews"}}})
}
