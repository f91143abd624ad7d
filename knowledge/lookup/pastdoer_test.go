package lookup

import "testing"

// A future who-question is not answered by the doer of the act told done
// (pastdoer.go).
func TestPastToldNotFutureDoer(t *testing.T) {
	e := engineOf(t, "Harbor pilot retires\n\nASTORIA, Ore. (AP) — Harbor master Ellen Voss will retire in June, the port said Monday.\n\nVoss replaced Carl Bender, who had run the harbor for 20 years, in 2009.\n")
	checkAnswers(t, e, []answerCase{
		{"who replaced bender", []string{"Voss"}, nil},
		{"who will replace voss", nil, []string{"Carl Bender."}}, // the head would name him as the one to come
	})
}
