package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

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
	for _, q := range []string{"how did they get in the building", "how'd the burglars get into the building"} {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if !ans.Found || !strings.Contains(ans.Text, "through a skylight") {
			t.Errorf("%q: want the way in, got:\n%s", q, ans.Text)
		}
	}
}
