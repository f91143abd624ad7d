package lookup

import (
	"testing"

	"storybot/knowledge"
)

// burningCar is a short article written for this test, in no question
// set: two people are introduced as neighbors, the second as "a second
// neighbor".
const burningCar = `Two neighbors pull driver from burning car

OAKFORD, Ind. (AP) — Two neighbors pulled a driver from a burning car on County Road 12 on Sunday night, police said.

The neighbor, 45-year-old Dean Pruitt, a welder, broke the driver's window with a tire iron. "I didn't think about it," Pruitt said.

A second neighbor, Alma Ruiz, a nurse, treated the driver's burns until paramedics arrived.
`

// "the neighbor" is the one the article calls so plainly, not the one it
// introduces as one more ("A second neighbor"); "the other neighbor" and
// "the second neighbor" are she.
func TestTheFirstOfTwoSoCalled(t *testing.T) {
	e := engineOf(t, burningCar)
	checkAnswers(t, e, []answerCase{
		{"what does the neighbor do", []string{"welder"}, []string{"nurse"}},
		{"how old is the neighbor", []string{"45"}, nil},
		{"what does the other neighbor do", []string{"nurse"}, []string{"welder"}},
		{"what does the second neighbor do for work", []string{"nurse"}, []string{"welder"}},
		// a place after the head stands after it in the description too
		{"what does the neighbor from oakford do", []string{"welder"}, []string{"nurse"}},
		{"what does the other neighbor from oakford do", []string{"nurse"}, []string{"welder"}},
	})
	if a := ask(t, e, knowledge.Question{Text: "how old is the other neighbor"}); a.Found {
		t.Errorf("how old is the other neighbor: answered %q; the article gives Ruiz no age", a.Text)
	}
}
