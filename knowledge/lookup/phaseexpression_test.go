package lookup

import "testing"

// dogLicense is a short article written for this test, in no question
// set: a rule that "takes effect" on one day, talks "set to resume" on
// another, and other acts with their own days.
const dogLicense = `County to require dog licenses

MARLOW, Ore. (AP) — Dog owners in Pell County will need a yearly license under a rule that takes effect March 1, county commissioners said Friday.

The license costs $20. Shelters will sell them starting in February.

Talks between the county and the city of Marlow over who runs the shelters broke off Tuesday and are set to resume Monday.
`

// "start", "begin" and "kick off" of the rule ask when it takes effect;
// "pick back up" and "pick up again" of the talks ask when they resume.
func TestPhaseExpressionsMeetTheArticles(t *testing.T) {
	e := engineOf(t, dogLicense)
	checkOpenings(t, e, []openingCase{
		{"when does the new rule start", "March 1", nil, []string{"February"}},
		{"when does the license rule begin", "March 1", nil, []string{"February"}},
		{"when do the talks pick back up", "Monday", nil, nil},
		{"when will talks pick up again", "Monday", nil, nil},
	})
}

// A resuming phrasal asks only the resumption: with no act resumed in
// the article, the talks' breaking off does not answer it.
func TestResumingPhrasalWithoutResumption(t *testing.T) {
	e := engineOf(t, `Shelter talks stall

MARLOW, Ore. (AP) — Talks between the county and the city of Marlow over who runs the shelters broke off Tuesday, officials said.
`)
	checkWantOrRefused(t, e, []wantCase{
		{"when do talks pick back up", ""},
	})
}

// The onset expressions are read only as the article writes them, with
// the verb in any form.
func TestOnsetPhrasesKnown(t *testing.T) {
	e := engineOf(t, dogLicense)
	got := e.onsetPhrasesKnown()
	if len(got) != 1 || len(got[0]) != 2 || got[0][1] != stemOf("effect") {
		t.Errorf("onset phrases = %v, want only takes effect", got)
	}
}
