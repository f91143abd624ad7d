package lookup

import "testing"

// floodBarrier is a short article written for this test, in no question
// set: an act a prevention was tried against ("to keep the river from
// flooding"), one a prevention stopped ("stopped the truck from
// crossing"), a negated prevention ("did not bar residents from
// returning") and an act stated.
const floodBarrier = `Volunteers stack sandbags in Gilford

GILFORD, Iowa (AP) — Volunteers stacked sandbags along Main Street on Monday to keep the Wapsi River from flooding the downtown. Police stopped a delivery truck from crossing the Elm Street bridge.

The order did not bar residents from returning home. The river crested Tuesday at 19 feet.
`

func TestPreventedActIsNoYes(t *testing.T) {
	e := engineOf(t, floodBarrier)
	checkOpenings(t, e, []openingCase{
		// the act in the "from" clause of a verb of prevention did not
		// happen, or is not said to have
		{"did the river flood the downtown", "The article does not say so", []string{"to keep the Wapsi River from flooding"}, nil},
		{"did the truck cross the bridge", "The article does not say so", nil, nil},
		// asking the prevention itself, or a negated prevention, is
		// answered as before
		{"did volunteers try to keep the river from flooding", "Yes", nil, nil},
		{"did the river crest", "Yes", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"can residents return home", nil, []string{"The article does not say so"}},
	})
}
