package lookup

import "testing"

// libraryRepair is a short article written for this test, in no question
// set: a library that "will reopen" on a day, and never "opens".
const libraryRepair = `Flooded library to reopen next month

CEDAR RAPIDS, Iowa (AP) — The Westside branch library, flooded in April, will reopen Aug. 12 after $800,000 in repairs, city officials said Tuesday.

The branch had served the neighborhood since 1974. Its books were moved to the main library in May.
`

// "open again", "open back up" and, of the future, "open" ask when the
// library reopens; the days of other acts do not answer.
func TestAgainMeetsTheReVerb(t *testing.T) {
	e := engineOf(t, libraryRepair)
	checkAnswers(t, e, []answerCase{
		{"when will the library open again", []string{"Aug. 12"}, []string{"1974", "May"}},
		{"when does the library open back up", []string{"Aug. 12"}, []string{"1974", "May"}},
		{"when does the branch open", []string{"Aug. 12"}, []string{"1974", "May"}},
	})
}
