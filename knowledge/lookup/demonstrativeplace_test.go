package lookup

import "testing"

// keswickBarnFire is a short article written for this test, in no question set:
// the lead sets its event "near this town", so the dateline is its place,
// and the headline's "in Iowa town" is no answer.
const keswickBarnFire = `Fire destroys historic barn in Iowa town

KESWICK, Iowa (AP) — A fire destroyed a 120-year-old barn near this town of 900 people early Saturday, killing 14 dairy cows, fire officials said.

Fire Chief Lena Rusk, 47, said the fire started in a hayloft. Crews from three towns worked for six hours to put it out.

The owner, Dale Pruitt, 66, said he plans to rebuild.
`

func TestDemonstrativePlaceIsTheDateline(t *testing.T) {
	checkOpenings(t, engineOf(t, keswickBarnFire), []openingCase{
		// "near this town": the dateline's Keswick, not "Iowa town"
		{"where did the barn burn down", "Keswick", nil, []string{"Iowa town"}},
		{"where was the fire", "Keswick", nil, nil},
	})
}
