package lookup

import "testing"

// ferryFareSuit is a short article written for this test, in no question
// set: a state attorney general and a city police department, each named
// only in full.
const ferryFareSuit = `State sues ferry line over fares

SEATTLE (AP) — The state attorney general sued a private ferry line Monday, saying it charged riders a fuel fee it never disclosed.

Attorney General Mara Quist said the fee added $9 to each ticket.

The Port Orchard Police Department said its officers had taken 14 complaints from riders at the dock.
`

// "a.g." and "p.d." are "ag" and "pd" typed with periods: the attorney
// general and the police department the article spells out.
func TestDottedChatInitialism(t *testing.T) {
	e := engineOf(t, ferryFareSuit)
	checkAnswers(t, e, []answerCase{
		{"who's the a.g.", []string{"Quist"}, nil},
		{"how many complaints did the p.d. take", []string{"14"}, []string{"never uses"}},
	})
	if got := dottedChatForm("a.g"); got != "attorney general" {
		t.Errorf("dottedChatForm(a.g) = %q, want attorney general", got)
	}
	if got := dottedChatForm("u.s"); got != "" {
		t.Errorf("dottedChatForm(u.s) = %q, want none: no chat form", got)
	}
}
