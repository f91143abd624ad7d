package lookup

import "testing"

// sewerBreak is a short article written for this test, in no question
// set: an act dated only by "overnight", and another by a weekday.
const sewerBreak = `Water main break floods Cedar Street

GALENA, Ill. (AP) — A water main broke overnight under Cedar Street, flooding a dozen basements, city officials said.

Crews will repair the pipe Thursday, Public Works Director Hal Berna said.
`

func TestOvernightDatesAnAct(t *testing.T) {
	e := engineOf(t, sewerBreak)
	checkOpenings(t, e, []openingCase{
		// "overnight" is a time adverb of the night just past
		{"when did the water main break", "Overnight.", nil, nil},
		{"when will crews repair the pipe", "Thursday.", nil, []string{"Overnight"}},
	})
	checkWantOrRefused(t, e, []wantCase{{"when will cedar street reopen", ""}})
}
