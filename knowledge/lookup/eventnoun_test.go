package lookup

import "testing"

// libraryNoun is a short article written for this test, in no question
// set: the noun "closure" only in a sentence that bounds the state, the
// verb "closed" in the one that dates the event.
const libraryNoun = `Library closes after roof leak

DENTON, Texas (AP) — A roof leak flooded the reading room of the Denton Public Library on March 3.

The closure will last until at least March 20.

The city closed the library on March 6. Inspectors examined the roof on March 5.
`

// TestWordFamily checks that an alternative named by a noun finds the
// sentence that tells its event by the verb.
func TestWordFamily(t *testing.T) {
	e := engineOf(t, libraryNoun)
	checkAnswers(t, e, []answerCase{
		{"what came first, the closure or the inspection", []string{"Inspection came first (on March 5)", "closure (on March 6)"}, nil},
		{"did the library closure happen before or after the inspection", []string{"After", "March 6"}, nil},
	})
}
