package lookup

import (
	"testing"

	"storybot/knowledge"
)

// kestrelMills is a short article written for this test, in no question
// set: a national count beside the dateline's state, which the sentence
// widens past with "Nationwide".
const kestrelMills = `Kestrel paper mill to close

KESTREL, Maine (AP) — The Kestrel paper mill will close in June, cutting 240 jobs, its owner said Tuesday.

Nationwide, 31 paper mills have closed since 2020, according to an industry group.
`

func TestSceneWidened(t *testing.T) {
	e := engineOf(t, kestrelMills)
	if a := ask(t, e, knowledge.Question{Text: "how many paper mills in maine have closed since 2020"}); a.Found {
		t.Errorf("the count is the nation's; want a refusal:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"how many paper mills have closed since 2020", []string{"31"}, nil},
	})
}
