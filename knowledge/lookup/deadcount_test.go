package lookup

import "testing"

// mineBlast is a short article written for this test, in no question
// set: a toll told by the verb ("killed"), never by "dead", with
// another figure (miners) the lead also counts.
const mineBlast = `Methane blast at West Virginia coal mine kills 3

BECKLEY, W.Va. (AP) — An underground methane explosion killed three miners and trapped 12 others for six hours Tuesday at a coal mine near Beckley, state officials said.

Two of the trapped miners were treated for smoke inhalation at a hospital in Charleston, mine safety director Ray Colvin, 57, said. All 12 were brought out alive.
`

func TestHowManyDeadCountsTheDying(t *testing.T) {
	checkOpenings(t, engineOf(t, mineBlast), []openingCase{
		// "dead" is the state "die" brings about: "how many dead" asks
		// what "how many died" asks
		{"how many dead", "Three miners.", nil, nil},
		{"how many dead?", "Three miners.", nil, nil},
	})
}
