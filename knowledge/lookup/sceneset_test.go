package lookup

import (
	"testing"

	"storybot/knowledge"
)

// pineClinic is a short article written for this test, in no question
// set: a count told of the story's own clinic before another place is
// named, and a count told after it of that place.
const pineClinic = `Pine Ridge clinic ends night hours

PINE RIDGE, Ore. (AP) — The Pine Ridge clinic treated 3,100 patients last year, its director, Ana Ruiz, said Monday.

The clinic will close at 6 p.m. starting in May, and patients who need care at night will have to drive to Mercy Hospital in Bend.
`

func TestSceneSetBeforeItHolds(t *testing.T) {
	e := engineOf(t, pineClinic)
	if a := ask(t, e, knowledge.Question{Text: "how many patients were treated at mercy hospital"}); a.Found {
		t.Errorf("the count is the clinic's, told before Mercy Hospital is named; want a refusal:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"how many patients were treated at the clinic", []string{"3,100"}, nil},
	})
}
