package lookup

import (
	"testing"

	"storybot/knowledge"
)

// ridgeClinic is a short article written for this test, in no question
// set: counts written as compound modifiers of a number and the noun it
// counts ("a 36-bed hospital", "a five-member board"), beside a fraction
// ("two-thirds") that counts nothing.
const ridgeClinic = `Ridge clinic to grow

PALMER, Idaho (AP) — Ridge County Hospital will become a 36-bed hospital next spring, its five-member board decided Monday.

Two-thirds of the cost will come from a state grant, board chair Lena Ortiz said.
`

func TestCompoundCounted(t *testing.T) {
	e := engineOf(t, ridgeClinic)
	checkAnswers(t, e, []answerCase{
		{"how many beds will the hospital have", []string{"36-bed"}, nil},
		{"how many members does the board have", []string{"Five members."}, nil},
		{"how many nurses does the hospital have", nil, []string{"36"}},
	})
	if a := ask(t, e, knowledge.Question{Text: "how many nurses does the hospital have"}); a.Found {
		t.Errorf("nurses are never mentioned, want a refusal:\n%s", a.Text)
	}
}
