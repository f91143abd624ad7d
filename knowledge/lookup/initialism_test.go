package lookup

import "testing"

// chessOpenQualifier is a short article written for this test, in no question set:
// a tournament named with an initialism ("U.S. Chess Open") whose
// qualifying event begins on a date of its own.
const chessOpenQualifier = `Teen wins state title, heads to national event

DALLAS (AP) — Priya Nandakumar, 15, won the Texas chess championship Sunday in Dallas.

She will play in the U.S. Chess Open qualifying event, which begins Aug. 4 in Chicago.

Nandakumar learned the game from her grandfather.
`

// "us chess open" names the U.S. Chess Open, initialism and all, so "us"
// is no word the answer must hold.
func TestInitialismTypedWithoutPeriods(t *testing.T) {
	e := engineOf(t, chessOpenQualifier)
	checkAnswers(t, e, []answerCase{
		{"when does us chess open qualifying start", []string{"Aug. 4"}, nil},
	})
	if got := undotted("u.s."); got != "us" {
		t.Errorf("undotted(u.s.) = %q, want us", got)
	}
	if got := undotted("st."); got != "" {
		t.Errorf("undotted(st.) = %q, want none: an abbreviation, no initialism", got)
	}
}
