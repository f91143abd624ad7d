package lookup

import "testing"

// brisbyMill is a short article written for this test, in no question
// set: acts told in the passive, their doers in by-phrases, one inside a
// relative clause and one after a time adverbial.
const brisbyMill = `Brisby mill names new manager

BRISBY, Maine (AP) — Plant manager Corinne Dufresne, who was recruited by owner Ansel Whitlock in 2021, will run the reopened Brisby paper mill, the company said Monday.

The mill was built in 1911 by lumberman Josiah Pell and closed in 2019.

Dufresne said she hired 140 workers this spring.
`

func TestPassiveAgentIsTheDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, brisbyMill), []openingCase{
		// "who was recruited by owner Ansel Whitlock": Whitlock recruited
		{"who recruited the plant manager", "Ansel Whitlock", nil, []string{"Corinne Dufresne."}},
		{"who built the mill", "Josiah Pell", nil, nil},
		// an active sentence still names its subject
		{"who hired the workers", "Corinne Dufresne", nil, nil},
		// asked in the passive, the question names the agent: not the answer
		{"who was recruited by whitlock", "Corinne Dufresne", nil, nil},
	})
}
