package lookup

import (
	"testing"

	"storybot/knowledge"
)

// birdStrike is a short article written for this test, in no question
// set: an airline named by "Air" and then called "the airline".
const birdStrike = `Jet returns to Fargo after bird strike

FARGO, N.D. (AP) — A Pinecrest Air jet returned to Hector Field on Tuesday after geese struck an engine shortly after takeoff, officials said.

The plane landed safely with 88 passengers aboard, said Mara Quist, a spokeswoman for the airport.

The airline, which is based in Duluth, Minn., said it would inspect the engine.
`

// A name ending in "Air" is an airline's, an organisation that "the
// airline" refers back to (FAA air carrier names; AP Stylebook, "company
// names").
func TestAirlineNamedByAir(t *testing.T) {
	e := engineOf(t, birdStrike)
	a, err := knowledge.Parse(birdStrike, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ent := range a.Entities {
		if ent.Name == "Pinecrest Air" && ent.Kind != knowledge.Organisation {
			t.Errorf("Pinecrest Air is an organisation, got kind %v", ent.Kind)
		}
	}
	checkAnswers(t, e, []answerCase{
		{"which airline was it", []string{"Pinecrest Air"}, nil},
		{"where is pinecrest air based", []string{"Duluth"}, []string{"Fargo"}},
	})
}
