package lookup

import "testing"

// cabinFire is a short article written for this test, in no question set:
// its sentences negate light verbs ("did not have", "did not get", "had
// not made") whose objects hold what the questions ask, and one sentence
// coordinates the of-phrase of a "none of" subject.
const cabinFire = `Fire destroys lakeside cabin; family escapes

LAKE GENEVA, Wis. (AP) — A fire destroyed a lakeside cabin early Sunday, the fire chief said. None of the four adults or three children staying there was hurt.

The cabin did not have working smoke alarms, Chief Dana Ruiz said. The family woke to the smell of smoke and ran outside.

The owner did not get a building permit for a woodstove he installed last fall, Ruiz said. The owner had made repairs to the chimney in the spring.

Neighbors have collected clothes and food for the family.
`

func TestDeniedLightVerb(t *testing.T) {
	e := engineOf(t, cabinFire)
	checkOpenings(t, e, []openingCase{
		{q: "did the cabin have smoke alarms", first: "No"},
		{q: "did the owner get a permit", first: "No"},
		{q: "did the owner make repairs to the chimney", first: "Yes"},
		{q: "have neighbors collected clothes", first: "Yes"},
		{q: "were the children hurt", first: "No"},
	})
}
