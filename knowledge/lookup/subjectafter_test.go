package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// TestObjectSubjectBeforeAct checks that an object what-question is not
// answered by a sentence in which the asked subject's word stands only
// after the verb, as part of another's object ("the state fined the
// county") or the asked person is named only after it, while the
// subject written before the verb still answers.
func TestObjectSubjectBeforeAct(t *testing.T) {
	e := engineOf(t, `County fined over spill

SALEM, Ore. (AP) — The state environmental agency announced a $40,000 fine against Marion County on Tuesday over a sewage spill into the Willamette River.

The county board approved a new pump station in March.

Inspector Dana Whitfield admitted that the agency had never visited Hal Brennan's plant before the spill.

Hal Brennan bought new valves for the plant.
`)
	checkAnswers(t, e, []answerCase{
		{"what did the county board approve", []string{"pump station"}, nil},
		{"what did the environmental agency announce", []string{"fine"}, nil},
		{"what did hal brennan buy", []string{"valves"}, nil},
	})
	// the county is fined, and Brennan is named only after Whitfield admitted
	for _, q := range []string{"what did the county announce", "what did hal brennan admit"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: the act is another's:\n%s", q, a.Text)
		}
	}
}
