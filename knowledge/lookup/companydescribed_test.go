package lookup

import "testing"

// TestCompanyByNameWord checks, on a short article written for this test,
// that "the freight company" names the one company whose name holds
// "freight", so its spokeswoman's words answer what it said, while
// "the paving company", a word two companies' names hold, names neither.
func TestCompanyByNameWord(t *testing.T) {
	e := engineOf(t, "County suspends road contracts\n\n"+
		"TULSA, Okla. (AP) — Tulsa County suspended payments to Harlan Paving Co., Ozark Paving Inc. and Redbud Freight Inc. on Monday after an audit found thin asphalt on 14 roads.\n\n"+
		"\"We hauled what we were told to haul,\" said Rita Okoye, a spokeswoman for Redbud Freight Inc.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the freight company say", []string{"what we were told to haul"}, nil},
	})
	q := e.understand("what did the paving company say", nil)
	if len(q.subjects) > 0 {
		t.Errorf(`"the paving company" read as %s, though two companies' names hold "paving"`, e.a.Entities[q.subjects[0]].Name)
	}
}
