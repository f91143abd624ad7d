package lookup

import "testing"

// clinicFire is a short article written for this test, in no question
// set: the place of the event is a name after a lower-case regional
// adjective, and another place stands farther from the verb.
const clinicFire = `Fire closes clinic in Harlow

HARLOW, Iowa (AP) — A fire that started in a storage room of the Maple Avenue clinic on Tuesday spread to a pharmacy in neighboring Dunmore, officials said.

Nobody was hurt. The clinic will reopen in western Harlow next month, Director Ada Lusk said.
`

// A regional or relative adjective between the preposition and the name
// ("in neighboring Dunmore", "in western Harlow") leaves the name a
// place (AP Stylebook, "directions and regions").
func TestPlaceAfterRegionalAdjective(t *testing.T) {
	e := engineOf(t, clinicFire)
	checkAnswers(t, e, []answerCase{
		{"where did the fire spread to", []string{"Dunmore"}, nil},
		{"where will the clinic reopen", []string{"Harlow"}, nil},
	})
}
