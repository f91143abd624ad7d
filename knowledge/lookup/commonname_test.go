package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// pondClosure is a short article written for this test, in no question
// set: a toxin and a drug named in lower case in apposition, a robot
// never named, and a contest whose name holds a word derived from
// "robot".
const pondClosure = `County closes Miller Pond after toxin found

GRANT, Ind. (AP) — The county closed Miller Pond to swimmers Friday after tests found microcystin, a liver toxin, in the water.

A 9-year-old who swam there Tuesday was treated with ondansetron, an anti-nausea drug, and went home the same night.

The pond's cleanup crew will use a floating robot to skim the algae. The robot won a prize last year at the State Robotics Challenge.

Health officials said the water, a popular summer spot, would be tested again next week.
`

// TestCalledNameLowerCase answers "what's the toxin called" with a
// lower-case name the article gives in apposition, and refuses to name a
// thing the article never names instead of giving another name.
func TestCalledNameLowerCase(t *testing.T) {
	e := engineOf(t, pondClosure)
	tests := []struct{ q, want string }{
		{"whats the toxin called", "Microcystin."},
		{"what's the name of the drug", "Ondansetron."},
		{"whats the robot called", notSaidHead},
		{"what's the spot called", notSaidHead},
	}
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if !strings.HasPrefix(ans.Text, tt.want) {
			t.Errorf("%q: answer does not open with %q:\n%s", tt.q, tt.want, ans.Text)
		}
	}
}
