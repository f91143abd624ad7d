package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// TestObjectSubjectBeforeAct checks that an object what-question is not
// answered by a sentence in which the asked subject's word stands only
// after the verb, as part of another's object ("the state fined the
// county"), while the subject written before the verb still answers.
func TestObjectSubjectBeforeAct(t *testing.T) {
	e := engineOf(t, `County fined over spill

SALEM, Ore. (AP) — The state environmental agency announced a $40,000 fine against Marion County on Tuesday over a sewage spill into the Willamette River.

The county board approved a new pump station in March.
`)
	checkAnswers(t, e, []answerCase{
		{"what did the county board approve", []string{"pump station"}, nil},
		{"what did the environmental agency announce", []string{"fine"}, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what did the county announce"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("the county announced nothing; the agency did:\n%s", a.Text)
	}
}
