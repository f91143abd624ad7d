package lookup

import "testing"

// bikeShopTheft is a short article written for this test, in no question
// set: a sentence with "one" as a number ("one of them") and the value of
// one stolen thing.
const bikeShopTheft = `Thieves take bikes from Elm Street shop

MAPLETON, Vt. (AP) — Thieves broke into the Spoke & Chain bike shop overnight Friday and took three bicycles, police said.

Video shows two men loading the bikes into a van, one of them wearing a red cap.

A carbon racing bike among them was valued at about $6,400, owner Dana Pruitt said.
`

// "one" after a determiner or an adjective stands for the noun the
// question leaves out: it is no term, so the sentence with "one of them"
// does not answer.
func TestSubstituteOneIsNoTerm(t *testing.T) {
	e := engineOf(t, bikeShopTheft)
	checkAnswers(t, e, []answerCase{
		{"whats the priciest one worth", []string{"$6,400"}, []string{"red cap"}},
	})
}
