package lookup

import "testing"

// alderBirths is a short article written for this test, in no question
// set: an event told by its noun ("its first birth came on Jan. 9")
// beside another event's date, asked by the passive verb "born".
const alderBirths = `New birthing center opens in Alder

ALDER, Wash. (AP) — The Alder Family Birth Center opened in January, and its first birth came on Jan. 9, when Mia Torres delivered a 7-pound girl.

The center recorded 48 births in its first three months, director Ruth Kane said.
`

func TestBornMeetsBirth(t *testing.T) {
	checkAnswers(t, engineOf(t, alderBirths), []answerCase{
		{"when was the first baby born at the center", []string{"Jan. 9"}, []string{"In January."}},
	})
}
