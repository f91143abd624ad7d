package lookup

import "testing"

// wellRepair is a short article written for this test, in no question
// set: a village whose well failed, the absence told without "without".
const wellRepair = `Village well pump fails in cold snap

ASHBY, Kan. (AP) — The pump at the village well froze Monday, cutting water to about 80 homes in this farm village.

Two people were hurt in falls on the ice, the sheriff said.

Utility crews said some customers may wait up to five days for water while a new pump is shipped.
`

func TestPrivativeAskedStateToldOtherwise(t *testing.T) {
	e := engineOf(t, wellRepair)
	checkAnswers(t, e, []answerCase{
		// "w/o water": the article's "wait up to five days for water"
		{"how long could families be w/o water", []string{"five days"}, nil},
		{"how long could people be without water", []string{"five days"}, nil},
		// "without": the article's "cutting water to about 80 homes"
		{"how many homes r without water", []string{"80"}, nil},
	})
	for _, q := range []string{
		"how many homes r without heat", // the article writes only "cold", heat's antonym: no absence of heat is told
		"how long was the village w/o internet",
	} {
		if a := answerOf(t, e, q); a.Found {
			t.Errorf("%q: want refused, got %q", q, a.Text)
		}
	}
}
