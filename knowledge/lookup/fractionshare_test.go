package lookup

import "testing"

// toolShedThefts is a short article written for this test, in no
// question set: shares written as fractions before a partitive "of".
const toolShedThefts = `Police recover stolen tools

BANGOR, Maine (AP) — Police recovered about half of the tools stolen from a dozen sheds in Bangor this fall, and two-thirds of the owners have them back, Chief Mark Hathaway said Tuesday.

The thief sold a quarter of the tools online. One and a half tons of scrap metal were also found.
`

// A fraction before a partitive "of" is a share of the whole: "how much
// was recovered" is "about half", and "a half" in "one and a half
// tons" measures, no share.
func TestFractionShare(t *testing.T) {
	e := engineOf(t, toolShedThefts)
	checkAnswers(t, e, []answerCase{
		{"how much was recovered", []string{"About half"}, nil},
		{"what share of the owners have their tools back", []string{"Two-thirds"}, nil},
		{"how much of the tools did the thief sell", []string{"A quarter"}, nil},
	})
}
