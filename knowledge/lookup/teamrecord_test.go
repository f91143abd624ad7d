package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// lacrosseWin is a short article written for this test, in no question
// set: two teams' won-lost records in parentheses after their names, one
// under a shorter name ("the Owls" for the Fenmoor Owls), and a player's
// record of another kind ("a school record").
const lacrosseWin = `Fenmoor edges Ridgeport in lacrosse

FENMOOR, Vt. (AP) — Liam Coyle scored five goals, a school record, and the Fenmoor Owls beat Ridgeport 11-10 on Saturday.

The win lifted the Owls (9-7) into third place. Ridgeport (12-4) had won six straight.
`

// TestTeamRecord checks that "what's X's record" of a team is answered by
// the won-lost figure after its name, under any of the team's names, and
// that a player's record is not answered by a team's.
func TestTeamRecord(t *testing.T) {
	e := engineOf(t, lacrosseWin)
	checkAnswers(t, e, []answerCase{
		{"what's ridgeport's record", []string{"12-4."}, []string{"9-7"}},
		{"whats fenmoor's record", []string{"9-7."}, []string{"12-4"}},
		{"what is the record of ridgeport", []string{"12-4"}, nil},
	})
	for _, q := range []string{"what is coyle's record", "what record did coyle set"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "9-7") || strings.Contains(a.Text, "12-4") {
			t.Errorf("%q: a team's record for a player's:\n%s", q, a.Text)
		}
	}
}
