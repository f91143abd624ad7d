package lookup

import "testing"

// pinewoodHockey is a short article written for this test, in no
// question set: a player who "led" her team in a game, and the team's
// coach named by a title of leadership.
const pinewoodHockey = `Pinewood Pines fall to Harlan 4-2

HARLAN, Ky. (AP) — The Harlan Hawks beat the Pinewood Pines 4-2 on Friday.

Pines coach Marta Gruber, in her third season, said her team "ran out of legs."

Tessa Lomax led the Pines with two goals.
`

func TestLeadToldAsAnActNamesItsDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, pinewoodHockey), []openingCase{
		// "Tessa Lomax led the Pines with two goals": the doer, not the coach
		{"who led the pines in goals", "Tessa Lomax", nil, []string{"Marta Gruber."}},
		{"who coaches the pines", "Marta Gruber", nil, nil},
	})
}
