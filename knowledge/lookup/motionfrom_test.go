package lookup

import "testing"

// TestMotionFrom answers where a mover set out from with the source of
// the movement, written after the day AP style puts right after the verb,
// not with the home an appositive gives the mover; "where is he from"
// still asks the home. The article is written for this test and is in no
// question set.
func TestMotionFrom(t *testing.T) {
	e := engineOf(t, `Lost canoeist found

DULUTH, Minn. (AP) — A canoeist missing since the weekend was found Monday on an island in Lake Superior.

Wes Harrow, a retired pharmacist from Everett, set out alone Saturday morning from Grand Marais, the sheriff said.
`)
	checkOpenings(t, e, []openingCase{
		{"where did he set out from", "Grand Marais.", nil, nil},
		{"where did harrow leave from", "Grand Marais.", nil, nil},
		{"where is he from", "Everett.", nil, nil},
	})
}
