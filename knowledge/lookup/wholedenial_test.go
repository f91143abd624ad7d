package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// eastSideFire is a short article written for these tests, in no
// question set: a denial with nothing restricting it after the lead, a
// denial restricted to the people aboard one vehicle, and an earlier
// accident told apart from the fire.
const eastSideFire = `Fire guts warehouse on city's east side

TOLEDO, Ohio (AP) — A fire gutted a furniture warehouse on Toledo's east side early Tuesday, sending smoke over a wide area and closing two highways for hours.

No injuries were reported. Crews fought the blaze for six hours, Fire Chief Lena Marsh said.

A delivery van collided with a fire truck near the scene. No one aboard the fire truck was hurt.

In March, a forklift accident at the warehouse sent a worker to the hospital.
`

// TestWholeDenial: "No injuries were reported" answers no to a question
// that adds the lead's occasion, but not to one about another occasion,
// nor when the denial is of the people aboard one vehicle only.
func TestWholeDenial(t *testing.T) {
	e := engineOf(t, eastSideFire)
	checkOpenings(t, e, []openingCase{
		{"was anyone injured in the fire", "No", []string{"No injuries were reported"}, nil},
		{"were there any injuries during the fire?", "No", nil, nil},
	})
	for _, q := range []string{"was anyone hurt in the forklift accident", "was anyone hurt in the collision"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if a.Found && strings.HasPrefix(a.Text, "No —") {
			t.Errorf("%q: want no verdict of No, got:\n%s", q, a.Text)
		}
	}
}

// TestPersonsDenied: "No one was killed" denies the act of every kind of
// person a question names, and "none" of a noun before it does not.
func TestPersonsDenied(t *testing.T) {
	e := engineOf(t, paintBoothFire+"\nNo one was killed. Two firefighters suffered minor injuries.\n")
	if e.noLex {
		t.Skip("needs WordNet for the nouns of persons")
	}
	checkOpenings(t, e, []openingCase{
		{"were any workers killed", "No", []string{"No one was killed"}, nil},
		{"was any worker killed?", "No", []string{"No one was killed"}, nil},
	})
	cars := engineOf(t, "Storm floods lot\n\nFloodwater reached 30 cars at a dealership on Monday. None were towed, the owner said.\n")
	if a := ask(t, cars, knowledge.Question{Text: "were any workers towed"}); a.Found && strings.HasPrefix(a.Text, "No —") {
		t.Errorf("\"none\" of the cars denied it of workers:\n%s", a.Text)
	}
}
