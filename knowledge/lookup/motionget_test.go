package lookup

import "testing"

// pharmacyBreakIn is a short article written for these tests, in no
// question set: a building named in a short sentence, and the burglars'
// way in told in a longer one with "got into".
const pharmacyBreakIn = `Burglars take painkillers from Elm Street pharmacy

COLVILLE, Wash. (AP) — Burglars stole painkillers from the Elm Street Pharmacy early Sunday, police said.

The building was empty.

Police said the burglars got into the building through a skylight after climbing a fire escape behind the store, and left through a back door about 20 minutes later.
`

// TestGetMotion answers "how did they get in X" from the sentence that
// tells the motion, not the shorter one that only names X.
func TestGetMotion(t *testing.T) {
	e := engineOf(t, pharmacyBreakIn)
	checkAnswers(t, e, []answerCase{
		{"how did they get in the building", []string{"through a skylight"}, nil},
		{"how'd the burglars get into the building", []string{"through a skylight"}, nil},
	})
}
