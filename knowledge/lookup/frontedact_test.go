package lookup

import "testing"

// zoningAppeal is a short article written for this test, in no question
// set: an act told by a noun in a sentence-opening phrase ("In a
// dissent, Judge Ruth Okoye wrote"), beside a fronted clause a source
// only reports.
const zoningAppeal = `Court backs Elm Street rezoning

SALEM, Ore. (AP) — The state Court of Appeals on Friday upheld the rezoning of Elm Street, ruling 2-1 for the city.

In a dissent, Judge Ruth Okoye wrote that the city had ignored its own plan.

Neighbors filed the appeal in 2023, their lawyer, Sam Diaz, said.
`

func TestFrontedNounAct(t *testing.T) {
	checkAnswers(t, engineOf(t, zoningAppeal), []answerCase{
		{"who dissented", []string{"Ruth Okoye."}, nil},
		{"who filed the appeal", nil, []string{"Sam Diaz."}},
	})
}
