package lookup

import "testing"

// mergerAndSentence is a short article written for this test and in no
// question set: an act told only as the object of a verb of need ("still
// needs approval") and one told as the object of a verb of schedule
// ("set sentencing for May 2").
const mergerAndSentence = "Bank merger moves ahead as former chief awaits sentence\n\n" +
	"MILWAUKEE — Lakefront Bank agreed Monday to merge with Prairie Savings in a deal that still needs approval from state regulators.\n\n" +
	"Lakefront's former chief executive, Paul Ames, pleaded guilty in January to lying to auditors.\n\n" +
	"U.S. District Judge Ann Ryder set sentencing for May 2 and allowed Ames to remain free on bond.\n"

// TestPendingAct: "has the deal been approved" of "still needs approval"
// and "has Ames been sentenced" of "set sentencing for May 2" are not
// yet done (arrangednoun.go, notyet.go).
func TestPendingAct(t *testing.T) {
	e := engineOf(t, mergerAndSentence)
	checkOpenings(t, e, []openingCase{
		{q: "has the deal been approved", first: "Not yet"},
		{q: "has ames been sentenced", first: "Not yet"},
	})
}
