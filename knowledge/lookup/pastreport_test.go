package lookup

import "testing"

// kiteContest is a short article written for this test, in no question
// set: the winners of a contest "will be painted" on a wall, with the
// speaker's "said", and the voting's days in the sentence before; no
// announcement is dated.
const kiteContest = `Town picks names for kite festival

HALDEN, Neb. (AP) — The town of Halden is asking residents to name its new kite festival.

Online voting opens Monday and closes Oct. 8. The winning names will be painted on the festival wall, organizer Ada Brink said.
`

// A future announcement is not met by the past "said" of the reporting
// clause, so the article, which never dates one, does not answer; the
// acts it dates keep their days.
func TestPastReportIsNoFutureAct(t *testing.T) {
	e := engineOf(t, kiteContest)
	checkWantOrRefused(t, e, []wantCase{
		{"when will they announce the winning names", ""},
		{"when does voting open", "Monday"},
	})
	q := &query{typ: tTime, raw: "when will they announce it", toks: tokenize("when will they announce it")}
	said := token{lower: "said", stem: stemOf("said")}
	if !pastReportFor(q, term{lower: "announce", stem: stemOf("announce")}, said) {
		t.Errorf("a future announce met by said")
	}
	if pastReportFor(q, term{lower: "said", stem: stemOf("said")}, said) {
		t.Errorf("the question's own said refused")
	}
}
