package lookup

import "testing"

// bridgeStop is a short article written for this test, in no question
// set: an officer named beside a younger driver in the lead, the officer's
// age given with the name, and an arrest the officer made, so that a
// reader's "cop" can meet the article's "officer" or its "arrested".
const bridgeStop = `Officer hurt in crash during Linden traffic stop

LINDEN, Neb. (AP) — A Linden police officer was hurt Saturday when a car struck his cruiser during a stop of a 19-year-old driver.

Officer Carl Mayne, 46, was treated at Linden Memorial Hospital and released, Police Chief Ada Roos said.

"He is lucky to be alive," Roos said.

Deputies arrested the driver of the second car, Ben Tolle, 52, on a charge of drunken driving.
`

// TestColloquialPersonNoun checks that "cop", a colloquial noun WordNet
// glosses as a term for a policeman, means the article's officer and not
// its verb's synonym "arrest".
func TestColloquialPersonNoun(t *testing.T) {
	e := engineOf(t, bridgeStop)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how old is the cop", []string{"46"}, []string{"19", "52"}},
		{"where was the cop treated", []string{"Linden Memorial Hospital"}, nil},
		{"whos the cop that got hurt", []string{"Carl Mayne"}, []string{"Tolle"}},
	})
}
