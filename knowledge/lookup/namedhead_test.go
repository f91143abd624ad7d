package lookup

import "testing"

// draftedKeeper is a short article written for this test, in no question
// set: the team is named first, with the player and with a word of the
// question ("go"), and the school only later, beside the team again, in
// a name headed by "University".
const draftedKeeper = `Rovers keep goalkeeper Ines Marlow

EASTON (AP) — The Easton Rovers re-signed goalkeeper Ines Marlow on Monday, a move fans expected to go smoothly.

Marlow was drafted by the Rovers out of Pellham University in 2019.
`

// TestWhichNameHeadedByNoun: "what university" is answered by the name headed
// by "University", not by the team named beside the player first.
func TestWhichNameHeadedByNoun(t *testing.T) {
	e := engineOf(t, draftedKeeper)
	checkOpenings(t, e, []openingCase{
		{"what university did marlow go to", "Pellham University", nil, nil},
	})
}
