package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// scooterRules is a short article written for these tests, in no
// question set: what is allowed and required told by adjectives that
// WordNet defines by those words ("legal": "allowed by official rules";
// "mandatory": "required by rule").
const scooterRules = `Scooters return to Lakeport paths

LAKEPORT, Mich. (AP) — Electric scooters remain legal on the city's bike paths under rules the council adopted Monday.

Helmets are mandatory for riders under 18. Riding a scooter on a sidewalk is not legal.
`

// TestAdjectiveGenus checks that an adjective whose definition opens with
// the asked word answers Yes, and that its denial does not answer No.
func TestAdjectiveGenus(t *testing.T) {
	e := engineOf(t, scooterRules)
	checkOpenings(t, e, []openingCase{
		{"are scooters still allowed on bike paths", "Yes", []string{"remain legal"}, nil},
		{"r e-scooters allowed on bike paths?", "Yes", []string{"remain legal"}, nil},
	})
	// "not legal" denies the narrower word: no verdict on "allowed"
	a := ask(t, e, knowledge.Question{Text: "are scooters allowed on sidewalks"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("a denied narrower word answered yes:\n%s", a.Text)
	}
}
