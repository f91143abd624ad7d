package lookup

import (
	"strings"
	"testing"
)

// boardSeatRace is a short article written for this test and in no
// question set: the winner named before the verb of winning, the loser
// after it.
const boardSeatRace = "Teacher wins school board seat\n\n" +
	"DAYTON, Ohio — Retired teacher Gloria Alvarez won a seat on the Dayton school board on Tuesday.\n\n" +
	"Alvarez won 61 percent of the vote to Kevin Chen's 39 percent, according to unofficial results.\n\n" +
	"Chen, a software engineer, congratulated her in a statement.\n"

// TestOtherSubjectNoYes: "did Chen win" is not answered yes by "Alvarez
// won … to Kevin Chen's 39 percent": the name before the verb is its
// subject (othersubject.go); "did Alvarez win" still is.
func TestOtherSubjectNoYes(t *testing.T) {
	e := engineOf(t, boardSeatRace)
	if a := answerOf(t, e, "did chen win"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("did chen win: want no yes, got:\n%s", a.Text)
	}
	if a := answerOf(t, e, "did alvarez win"); !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("did alvarez win: want yes, got:\n%s", a.Text)
	}
}
