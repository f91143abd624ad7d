package lookup

import "testing"

// mineFlood is a short article written for this test, in no question set:
// a count given as none by "no" ("No injuries were reported") beside a
// count of something else in a neighbouring sentence.
const mineFlood = `Water floods a coal mine in West Virginia

BECKLEY, W.Va. (AP) — Water from an old shaft flooded part of the Elk Hollow coal mine on Tuesday, and 14 miners walked out through a second entrance, the mine's owner said.

No injuries were reported. Three pumps were brought in overnight to drain the tunnels.

"We were lucky the crew was near the north portal," said safety director Ann Ruiz.
`

func TestNoneIsACount(t *testing.T) {
	e := engineOf(t, mineFlood)
	checkAnswers(t, e, []answerCase{
		// "no injuries": none, not the miners or the pumps
		{"how many miners were injured", []string{"None", "No injuries"}, []string{"14", "Three"}},
		// a count the article gives is still the number
		{"how many miners walked out", []string{"14"}, []string{"None"}},
		{"how many pumps were brought in", []string{"Three"}, []string{"None"}},
	})
}
