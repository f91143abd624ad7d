package lookup

import "testing"

// landingPurchase is a short article written for this test, in no question set:
// an opponent who "called it" something, asked of with the verb's own
// object after it.
const landingPurchase = `Island council votes to buy ferry landing

FRIDAY HARBOR, Wash. (AP) — The San Miguel Island council voted 4-1 on Tuesday to buy the old ferry landing from a private owner for $2.3 million.

Council member Rosa Delgado, 58, who opposed the landing purchase, called it "a lot of money for a lot of rotten pilings." Mayor Ken Albers, 66, said the landing would be rebuilt by 2028.

The landing was built in 1931 and has been closed since a storm damaged it in 2019.
`

// TestVerbBeforeDeterminedObject: in "what did delgado call the landing
// deal" the last word heads the noun phrase "the landing deal" (a
// determiner opens a noun phrase, Quirk et al. §5.3), so the asked verb is
// "call", the word before it, not the noun "deal" at the end.
func TestVerbBeforeDeterminedObject(t *testing.T) {
	e := engineOf(t, landingPurchase)
	checkAnswers(t, e, []answerCase{
		{"what did delgado call the purchase", []string{"rotten pilings"}, []string{"doesn't say"}},
		{"what did rosa delgado call the landing purchase", []string{"rotten pilings"}, []string{"doesn't say", "The landing purchase."}},
		// the last word after no determiner stays the verb
		{"what did the council buy", []string{"ferry landing"}, []string{"doesn't say"}},
	})
}
